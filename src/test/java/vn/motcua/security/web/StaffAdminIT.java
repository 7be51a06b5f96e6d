package vn.motcua.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.HomePage;
import vn.motcua.testing.LoginPage;
import vn.motcua.testing.StaffPage;
import vn.motcua.testing.TestDatabase;

/**
 * The provincial administrator manages staff accounts: a new clerk can sign in, a taken login name
 * is refused on its field, two administrators never overwrite each other, a reset password works
 * and a disabled account cannot sign in. Every change is audited without the password hash.
 */
@RunAsClient
class StaffAdminIT extends BrowserIT {

  private static final String NEW_PASSWORD = "mật khẩu đủ dài 2026";
  private static final String CENTER = "Trung tâm Phục vụ hành chính công phường Hồng Gai";
  private static final String CENTER_CODE = "TTPVHCC-HONG-GAI";
  private static final String COMMITTEE_CODE = "UBND-HONG-GAI";
  private static final String CLERK = "Cán bộ tiếp nhận";

  @BeforeEach
  void signInAsAdministrator() {
    signInAs("admin");
  }

  @Test
  void theAdministratorCreatesAClerkWhoCanThenSignIn() throws Exception {
    StaffPage staff =
        StaffPage.open(browser, base)
            .startCreate()
            .username("it.lananh")
            .fullName("Ngô Thị Lan Anh")
            .unit(CENTER)
            .role(CLERK)
            .password(NEW_PASSWORD)
            .create();

    assertThat(staff.message()).isEqualTo("Đã tạo tài khoản it.lananh.");
    staff
        .search("it.lananh")
        .awaitRowCount(1)
        .awaitRow("it.lananh", "Ngô Thị Lan Anh", CENTER, CLERK);
    String hash;
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT u.full_name, o.code, u.enabled, u.password_hash,"
                    + " (SELECT string_agg(role, ',') FROM app_user_role WHERE user_id = u.id)"
                    + " FROM app_user u JOIN org_unit o ON o.id = u.unit_id WHERE u.username = ?")) {
      ps.setString(1, "it.lananh");
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("Ngô Thị Lan Anh");
        assertThat(rs.getString(2)).isEqualTo(CENTER_CODE);
        assertThat(rs.getBoolean(3)).isTrue();
        hash = rs.getString(4);
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(NEW_PASSWORD);
        assertThat(rs.getString(5)).isEqualTo("RECEIVING_CLERK");
      }
    }
    List<String[]> audit = audit("it.lananh");
    assertThat(audit).hasSize(1);
    String[] created = audit.get(0);
    assertThat(created[0]).isEqualTo("admin");
    assertThat(created[1]).isEqualTo("ACCOUNT_CREATED");
    assertThat(created[2]).isNull();
    assertThat(created[3]).contains(CENTER_CODE, "RECEIVING_CLERK", "\"enabled\":true");
    assertThat(String.join(" ", created[2] == null ? "" : created[2], created[3]))
        .doesNotContain(hash, hash.split(":")[3], NEW_PASSWORD, "PBKDF2", "assword");

    browser.manage().deleteAllCookies();
    HomePage home = LoginPage.open(browser, base, "home.xhtml").loginAs("it.lananh", NEW_PASSWORD);
    assertThat(home.greeting()).isEqualTo("Xin chào, Ngô Thị Lan Anh");
    assertThat(home.roleTitles()).containsExactly(CLERK);
    assertThat(home.unit()).isEqualTo(CENTER);
  }

  @Test
  void aTakenLoginNameIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
    String refusal =
        StaffPage.open(browser, base)
            .startCreate()
            .username("clerk")
            .fullName("Người Trùng Tên")
            .unit(CENTER)
            .role(CLERK)
            .password(NEW_PASSWORD)
            .createRefused("username");

    assertThat(refusal).isEqualTo("Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.");
    assertThat(count("SELECT count(*) FROM app_user WHERE full_name = 'Người Trùng Tên'")).isZero();
    assertThat(count("SELECT count(*) FROM app_user WHERE username = 'clerk'")).isEqualTo(1);
    assertThat(fullName("clerk")).isEqualTo("Nguyễn Thị Lan");
    assertThat(audit("clerk")).isEmpty();
  }

  @Test
  void aChangeSavedMeanwhileByAnotherAdministratorIsNotOverwritten() throws Exception {
    insertAccount("it.dong", "Phan Văn Đồng", COMMITTEE_CODE, "SPECIALIST", "not-a-hash");
    StaffPage staff =
        StaffPage.open(browser, base)
            .search("phan van dong") // without diacritics: the database folds the name
            .awaitRowCount(1)
            .awaitRow("it.dong", "Phan Văn Đồng")
            .edit("it.dong")
            .editFullName("Phan Văn Đông");
    try (Connection c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE app_user SET full_name = 'Phan Văn Đồng (người khác sửa)',"
                  + " version = version + 1 WHERE username = 'it.dong'");
    }

    assertThat(staff.saveRefused()).startsWith("Người khác vừa sửa tài khoản này.");
    assertThat(fullName("it.dong")).isEqualTo("Phan Văn Đồng (người khác sửa)");
    assertThat(audit("it.dong")).isEmpty();
  }

  @Test
  void aResetPasswordIsCheckedThenLetsThePersonSignIn() throws Exception {
    insertAccount("it.hai", "Lý Văn Hải", CENTER_CODE, "RECEIVING_CLERK", "not-a-hash");
    StaffPage staff = StaffPage.open(browser, base).search("it.hai").awaitRowCount(1);

    staff.startPasswordReset("it.hai");

    assertThat(staff.newPassword("ngắn quá").resetPasswordRefused())
        .isEqualTo("Mật khẩu cần ít nhất 12 ký tự.");
    assertThat(staff.newPassword("it.hai-2026-mới").resetPasswordRefused())
        .isEqualTo("Mật khẩu không được chứa tên đăng nhập.");
    assertThat(passwordHash("it.hai")).isEqualTo("not-a-hash");

    staff.newPassword(NEW_PASSWORD).resetPassword();

    assertThat(staff.message()).isEqualTo("Đã đặt lại mật khẩu của tài khoản it.hai.");
    List<String[]> audit = audit("it.hai");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0)).containsExactly("admin", "ACCOUNT_PASSWORD_RESET", null, null);
    browser.manage().deleteAllCookies();
    HomePage home = LoginPage.open(browser, base, "home.xhtml").loginAs("it.hai", NEW_PASSWORD);
    assertThat(home.greeting()).isEqualTo("Xin chào, Lý Văn Hải");
  }

  @Test
  void aLostPhoneIsResetWithThePasswordAndThePersonEnrolsAgain() throws Exception {
    insertAccount("it.lan", "Hà Thị Lan", CENTER_CODE, "RECEIVING_CLERK", "not-a-hash");
    TestDatabase.execute(
        "UPDATE app_user SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE username = 'it.lan'");
    StaffPage staff = StaffPage.open(browser, base).search("it.lan").awaitRowCount(1);

    staff.startPasswordReset("it.lan").newPassword(NEW_PASSWORD).secondFactorToo().resetPassword();

    assertThat(
            count(
                "SELECT count(*) FROM app_user WHERE username = 'it.lan' AND totp_secret IS NULL"))
        .isEqualTo(1);
    assertThat(audit("it.lan"))
        .extracting(row -> row[1])
        .containsExactly("ACCOUNT_PASSWORD_RESET", "ACCOUNT_SECOND_FACTOR_RESET");
  }

  @Test
  void aDisabledAccountCannotSignInAndAdministratorsCannotDisableThemselves() throws Exception {
    insertAccount("it.thu", "Đinh Thị Thu", CENTER_CODE, "RECEIVING_CLERK", null);
    StaffPage staff = StaffPage.open(browser, base).search("it.thu").awaitRowCount(1);

    staff.toggleEnabled("it.thu").awaitRow("it.thu", "Đã khóa");

    assertThat(count("SELECT count(*) FROM app_user WHERE username = 'it.thu' AND NOT enabled"))
        .isEqualTo(1);
    List<String[]> audit = audit("it.thu");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0)[1]).isEqualTo("ACCOUNT_DISABLED");
    assertThat(audit.get(0)[2]).contains("\"enabled\":true");
    assertThat(audit.get(0)[3]).contains("\"enabled\":false");
    assertThat(staff.search("admin").awaitRow("admin", "Đỗ Văn Hùng").canToggleEnabled("admin"))
        .isFalse();
    browser.manage().deleteAllCookies();
    assertThat(LoginPage.open(browser, base, "home.xhtml").failLogin("it.thu", DEMO_PASSWORD))
        .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
  }

  @Test
  void theListIsFilteredByUnitRoleAndStatus() throws Exception {
    insertAccount("it.binh", "Tạ Thanh Bình", CENTER_CODE, "RECEIVING_CLERK", "not-a-hash");
    try (Connection c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate("UPDATE app_user SET enabled = false WHERE username = 'it.binh'");
    }
    StaffPage staff = StaffPage.open(browser, base).search("ta thanh binh").awaitRowCount(1);

    staff.filter("role-filter", "Chuyên viên xử lý").search("ta thanh binh").awaitRowCount(0);
    staff.filter("role-filter", CLERK).search("ta thanh binh").awaitRowCount(1);
    staff.filter("unit-filter", "Ủy ban nhân dân phường Hồng Gai").search("ta thanh binh");
    staff.awaitRowCount(0);
    staff.filter("unit-filter", CENTER).search("ta thanh binh").awaitRowCount(1);
    staff.filter("enabled-filter", "Đang hoạt động").search("ta thanh binh").awaitRowCount(0);
    staff.filter("enabled-filter", "Đã khóa").search("ta thanh binh").awaitRowCount(1);

    assertThat(staff.rowTexts())
        .singleElement()
        .satisfies(
            row -> assertThat(row).contains("it.binh", "Tạ Thanh Bình", CENTER, CLERK, "Đã khóa"));
  }

  /**
   * An account made directly in the database; a null hash copies the demo clerk's, whose password
   * is the demo password.
   */
  private static void insertAccount(
      String username, String fullName, String unitCode, String role, String hash)
      throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement user =
            c.prepareStatement(
                "INSERT INTO app_user (id, username, password_hash, full_name, enabled, created_at,"
                    + " version, unit_id) VALUES (nextval('app_user_seq'), ?,"
                    + " COALESCE(?, (SELECT password_hash FROM app_user WHERE username = 'clerk')),"
                    + " ?, true, now(), 0, (SELECT id FROM org_unit WHERE code = ?)) RETURNING id");
        PreparedStatement roles =
            c.prepareStatement("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")) {
      user.setString(1, username);
      user.setString(2, hash);
      user.setString(3, fullName);
      user.setString(4, unitCode);
      try (ResultSet rs = user.executeQuery()) {
        rs.next();
        roles.setLong(1, rs.getLong(1));
      }
      roles.setString(2, role);
      roles.executeUpdate();
    }
  }

  /** The account's audit rows, oldest first: actor, action, before, after. */
  private static List<String[]> audit(String username) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT actor, action, before_state, after_state FROM audit_event"
                    + " WHERE subject_type = 'account' AND subject_id = ? ORDER BY seq")) {
      ps.setString(1, username);
      List<String[]> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      return rows;
    }
  }

  private static String fullName(String username) throws SQLException {
    return column("full_name", username);
  }

  private static String passwordHash(String username) throws SQLException {
    return column("password_hash", username);
  }

  private static String column(String name, String username) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + name + " FROM app_user WHERE username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as(username).isTrue();
        return rs.getString(1);
      }
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
