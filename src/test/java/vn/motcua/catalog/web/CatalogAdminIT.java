package vn.motcua.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import vn.motcua.testing.FieldsPage;
import vn.motcua.testing.ProcedureEditorPage;
import vn.motcua.testing.TestDatabase;

/**
 * The provincial administrator keeps the catalog in the console: changes a procedure's internal
 * process (a new version, the old one kept as it was, the change in the audit; bad input and a
 * concurrent save change nothing) and the fields. Each test edits its own procedure.
 */
@RunAsClient
class CatalogAdminIT extends BrowserIT {

  @BeforeEach
  void signInAsAdministrator() {
    signInAs("admin");
  }

  /** Birth registration, 3 working days: steps of 4, 8, 4, 4 and 4 hours. */
  @Test
  void theAdministratorMovesTimeBetweenStepsAndSavesANewVersion() throws Exception {
    String code = "1.001193";
    ProcedureEditorPage editor =
        ProcedureEditorPage.find(browser, base, "thu tuc dang ky khai sinh", code);
    assertThat(editor.heading()).contains(code, "Phiên bản 1");

    editor
        .tab("Quy trình nội bộ")
        .type("steps", 1, "stepName", "Thẩm định hồ sơ, kiểm tra CSDL dân cư")
        .stepBudget(1, "6", "22 giờ")
        .stepBudget(2, "6", "24 giờ");
    assertThat(editor.save()).isEqualTo("Đã lưu phiên bản 2.");

    assertThat(editor.heading()).contains("Phiên bản 2");
    assertThat(editor.changes())
        .first()
        .satisfies(row -> assertThat(row).contains("admin", "Lưu phiên bản mới"));
    assertThat(steps(code, 1))
        .containsExactly(
            "Tiếp nhận, kiểm tra và chuyển hồ sơ 240",
            "Thẩm định hồ sơ, đề xuất kết quả 480",
            "Xem xét, trình ký 240",
            "Ký duyệt kết quả 240",
            "Trả kết quả cho người nộp 240");
    assertThat(steps(code, 2))
        .containsExactly(
            "Tiếp nhận, kiểm tra và chuyển hồ sơ 240",
            "Thẩm định hồ sơ, kiểm tra CSDL dân cư 360",
            "Xem xét, trình ký 360",
            "Ký duyệt kết quả 240",
            "Trả kết quả cho người nộp 240");
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT actor, action, before_state, after_state FROM audit_event"
                    + " WHERE subject_type = 'procedure' AND subject_id = ?")) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("actor")).isEqualTo("admin");
        assertThat(rs.getString("action")).isEqualTo("PROCEDURE_VERSION_SAVED");
        assertThat(rs.getString("before_state")).contains("Thẩm định hồ sơ, đề xuất kết quả");
        assertThat(rs.getString("after_state")).contains("kiểm tra CSDL dân cư");
        assertThat(rs.next()).isFalse();
      }
    }
    HttpResponse<String> published =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/procedures/" + code)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(published.body()).contains("\"version\":2", "kiểm tra CSDL dân cư");
  }

  @Test
  void savingWithoutAChangeMakesNoNewVersion() throws Exception {
    String code = "1.000894";
    ProcedureEditorPage editor = ProcedureEditorPage.open(browser, base, code);

    assertThat(editor.save()).isEqualTo("Không có thay đổi nào: chưa tạo phiên bản mới.");
    assertThat(versions(code)).isEqualTo(1);
  }

  /** Cross-border birth registration, 1 working day = 8 hours. */
  @Test
  void budgetsThatDoNotAddUpAreShownAndNothingIsSaved() throws Exception {
    String code = "1.000110";
    ProcedureEditorPage editor =
        ProcedureEditorPage.open(browser, base, code).tab("Quy trình nội bộ");
    assertThat(editor.budgetTotal()).contains("8 giờ / thời hạn giải quyết: 8 giờ");

    editor.stepBudget(1, "6", "10 giờ / thời hạn giải quyết: 8 giờ");

    assertThat(editor.save()).startsWith("Chưa lưu");
    assertThat(editor.budgetTotal())
        .contains("Tổng thời gian các bước phải bằng thời hạn giải quyết.");
    assertThat(versions(code)).isEqualTo(1);
  }

  /** Birth registration with acknowledgement of parentage: no fee in the seed. */
  @Test
  void aFeeBelowZeroIsRefusedOnItsField() throws Exception {
    String code = "1.000689";
    ProcedureEditorPage editor =
        ProcedureEditorPage.open(browser, base, code).tab("Phí, lệ phí").addRow("fees");

    editor.type("fees", 0, "feeName", "Phí cấp bản sao").type("fees", 0, "amount", "-5000");

    assertThat(editor.save()).startsWith("Chưa lưu");
    assertThat(editor.rowError("fees", 0, "amount")).isEqualTo("Mức thu không được âm.");
    assertThat(editor.tabMarked("Phí, lệ phí")).isTrue();
    assertThat(editor.tabMarked("Quy trình nội bộ")).isFalse();
    assertThat(versions(code)).isEqualTo(1);
  }

  @Test
  void aSaveMadeMeanwhileByAnotherAdministratorIsNotOverwritten() throws Exception {
    String code = "1.000893";
    ProcedureEditorPage editor =
        ProcedureEditorPage.open(browser, base, code)
            .tab("Quy trình nội bộ")
            .type("steps", 0, "stepName", "Tiếp nhận hồ sơ");
    try (Connection c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate("UPDATE procedure SET version = version + 1 WHERE code = '" + code + "'");
    }

    assertThat(editor.save()).startsWith("Người khác vừa lưu thủ tục này.");
    assertThat(versions(code)).isEqualTo(1);
  }

  @Test
  void aNewProcedureWithACodeAlreadyInTheCatalogIsRefusedOnTheCode() throws Exception {
    ProcedureEditorPage editor =
        ProcedureEditorPage.openNew(browser, base)
            .typeGeneral("code", "1.001193")
            .typeGeneral("name", "Thủ tục thử trùng mã");

    assertThat(editor.save()).startsWith("Chưa lưu");
    assertThat(editor.generalError("code")).isEqualTo("Mã thủ tục này đã có trong danh mục.");
    assertThat(editor.tabMarked("Thông tin chung")).isTrue();
    try (Connection c = TestDatabase.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*) FROM procedure_version WHERE name = 'Thủ tục thử trùng mã'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void theAdministratorAddsAFieldThenRenamesIt() throws Exception {
    FieldsPage fields = FieldsPage.open(browser, base).add("Lưu trữ thử nghiệm", "");
    assertThat(fields.rowTexts())
        .anySatisfy(row -> assertThat(row).contains("Lưu trữ thử nghiệm", "luu-tru-thu-nghiem"));

    fields.add("lưu trữ thử nghiệm", "luu-tru-khac");
    assertThat(fields.addError()).isEqualTo("Đã có lĩnh vực tên này.");

    fields.rename("Lưu trữ thử nghiệm", "Lưu trữ (thử nghiệm)");
    assertThat(fields.rowTexts())
        .anySatisfy(row -> assertThat(row).contains("Lưu trữ (thử nghiệm)"));
    try (Connection c = TestDatabase.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT (SELECT name FROM field WHERE code = 'luu-tru-thu-nghiem'),"
                        + " (SELECT count(*) FROM field WHERE code = 'luu-tru-khac'),"
                        + " (SELECT string_agg(action || ' ' || actor, ',' ORDER BY seq)"
                        + " FROM audit_event WHERE subject_type = 'field'"
                        + " AND subject_id = 'luu-tru-thu-nghiem')")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("Lưu trữ (thử nghiệm)");
      assertThat(rs.getInt(2)).isZero();
      assertThat(rs.getString(3)).isEqualTo("FIELD_ADDED admin,FIELD_RENAMED admin");
    }
  }

  private static int versions(String code) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM procedure_version v JOIN procedure p ON p.id = v.procedure_id"
                    + " WHERE p.code = ?")) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** The steps of one version as "name budget". */
  private static List<String> steps(String code, int number) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT s.name, s.budget_minutes FROM process_step s JOIN procedure_version v"
                    + " ON v.id = s.version_id JOIN procedure p ON p.id = v.procedure_id"
                    + " WHERE p.code = ? AND v.number = ? ORDER BY s.position")) {
      ps.setString(1, code);
      ps.setInt(2, number);
      List<String> steps = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          steps.add(rs.getString(1) + " " + rs.getInt(2));
        }
      }
      return steps;
    }
  }
}
