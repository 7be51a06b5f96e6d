package vn.motcua.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.UnitsPage;

/**
 * The provincial administrator confirms a center's details (two editors never overwrite each
 * other), opens a reception point and closes units nobody works in any more.
 */
@RunAsClient
class UnitsAdminIT extends BrowserIT {

  private static final String CENTER = "Trung tâm Phục vụ hành chính công phường Hạ Long";
  private static final String CODE = "TTPVHCC-HA-LONG";
  private static final String VAN_DON_CENTER = "Trung tâm Phục vụ hành chính công đặc khu Vân Đồn";

  @BeforeEach
  void signInAsAdministrator() {
    signInAs("admin");
  }

  @Test
  void theAdministratorFindsACenterAndConfirmsItsDetails() throws Exception {
    UnitsPage units = UnitsPage.open(browser, base).search("Hạ Long");
    assertThat(units.rowTexts()).anySatisfy(row -> assertThat(row).contains(CENTER, "Ước tính"));

    units.edit(CENTER).phone("02033999888").save();

    assertThat(units.rowTexts())
        .anySatisfy(row -> assertThat(row).contains(CENTER, "02033999888", "Đã xác nhận"));
    assertThat(column("phone")).isEqualTo("02033999888");
    assertThat(column("source")).isEqualTo("confirmed");
    try (Connection c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT actor, before_state, after_state FROM audit_event WHERE subject_type = 'org-unit'"
                    + " AND subject_id = ? ORDER BY seq DESC LIMIT 1")) {
      ps.setString(1, CODE);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("admin");
        assertThat(rs.getString(3)).contains("02033999888");
      }
    }
  }

  @Test
  void aMalformedPhoneIsRefusedOnTheField() throws Exception {
    String before = column("phone");
    UnitsPage units =
        UnitsPage.open(browser, base).search("Hạ Long").edit(CENTER).phone("0203-abc");

    assertThat(units.saveRefused()).isEqualTo("Điện thoại gồm 8 đến 15 chữ số.");
    assertThat(column("phone")).isEqualTo(before);
  }

  @Test
  void aChangeSavedMeanwhileByAnotherAdministratorIsNotOverwritten() throws Exception {
    UnitsPage units =
        UnitsPage.open(browser, base).search("Hạ Long").edit(CENTER).phone("02033111222");
    try (Connection c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE org_unit SET phone = '02033777777', version = version + 1 WHERE code = '"
                  + CODE
                  + "'");
    }

    assertThat(units.saveRefused()).startsWith("Người khác vừa sửa đơn vị này.");
    assertThat(column("phone")).isEqualTo("02033777777");
  }

  @Test
  void theAdministratorOpensAReceptionPointThenClosesIt() throws Exception {
    String name = "Điểm tiếp nhận Đài Xuyên (Trung tâm Phục vụ hành chính công đặc khu Vân Đồn)";
    UnitsPage units =
        UnitsPage.open(browser, base)
            .openReceptionPoint("DTN-DAI-XUYEN", name, VAN_DON_CENTER, "000.21.07.H22");

    units.search("Đài Xuyên").awaitRow(name, "Ước tính");
    assertThat(serviceCenters()).contains("\"DTN-DAI-XUYEN\"");

    assertThat(units.close(name)).isEqualTo("Đã đóng đơn vị.");
    units.awaitRow(name, "Đã đóng");
    assertThat(serviceCenters()).doesNotContain("DTN-DAI-XUYEN");
    try (Connection c = TestDatabase.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT string_agg(action || ' ' || actor, ',' ORDER BY seq) FROM audit_event"
                        + " WHERE subject_type = 'org-unit' AND subject_id = 'DTN-DAI-XUYEN'")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("UNIT_OPENED admin,UNIT_CLOSED admin");
    }
  }

  @Test
  void anElectronicIdentifierAlreadyGivenIsRefusedOnTheField() throws Exception {
    UnitsPage units =
        UnitsPage.open(browser, base)
            .openReceptionPoint(
                "DTN-VAN-DON-TRUNG", "Điểm tiếp nhận trùng mã", VAN_DON_CENTER, "000.21.01.H22");

    assertThat(units.openerError()).isEqualTo("Mã định danh này đã cấp cho đơn vị khác.");
    try (Connection c = TestDatabase.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT count(*) FROM org_unit WHERE code = 'DTN-VAN-DON-TRUNG'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void aUnitWhereStaffStillWorkIsNotClosed() throws Exception {
    String department = "Sở Tư pháp";
    try (Connection c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO app_user (id, username, password_hash, full_name, unit_id)"
                  + " SELECT nextval('app_user_seq'), 'tu-phap-1', 'unused', 'Cán bộ Sở Tư pháp', id"
                  + " FROM org_unit WHERE name = '"
                  + department
                  + "'");
    }
    UnitsPage units = UnitsPage.open(browser, base).search(department);

    assertThat(units.close(department)).startsWith("Còn cán bộ làm việc tại đơn vị này");
    try (Connection c = TestDatabase.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT closed_at IS NULL FROM org_unit WHERE name = '" + department + "'")) {
      rs.next();
      assertThat(rs.getBoolean(1)).isTrue();
    }
  }

  private String serviceCenters() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/service-centers")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String column(String name) throws SQLException {
    try (Connection c = TestDatabase.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT " + name + " FROM org_unit WHERE code = '" + CODE + "'")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
