package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.document.SampleFiles;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.DossierScreen;
import vn.motcua.testing.Downloads;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.Pdfs;
import vn.motcua.testing.TestDatabase;

/**
 * A dossier walked through its steps on the dossier page by the people of each step, to the return
 * of its result; and a supplement requested. Each step is checked on the screen and in the
 * database.
 */
@RunAsClient
class DossierWalkIT extends BrowserIT {

  private static final String RECOGNITION = "1.001022";
  private static final long HONG_GAI_CENTER = 10;

  @Test
  void aDossierGoesThroughEveryStepToItsReturn() throws Exception {
    String code = forwarded(1);

    signInAs("specialist");
    DossierScreen dossier = DossierScreen.open(browser, base, code);
    assertThat(dossier.actions()).contains("START_STEP", "FORWARD", "REQUEST_SUPPLEMENT", "REFUSE");
    assertThat(dossier.actions()).doesNotContain("FINISH", "RETURN_RESULT");
    dossier.act("FORWARD").note("Hồ sơ đủ điều kiện.").confirm();
    assertThat(dossier.messages()).contains("Chuyển bước tiếp theo");
    assertThat(waitingStep(code)).isEqualTo(3);

    as("head");
    DossierScreen.open(browser, base, code).act("FORWARD").confirm();
    assertThat(waitingStep(code)).isEqualTo(4);

    as("leader");
    dossier = DossierScreen.open(browser, base, code);
    assertThat(dossier.actions()).contains("FINISH").doesNotContain("FORWARD");
    Path signed = files.resolve("trich-luc.pdf");
    Files.write(signed, SampleFiles.pdf("Trích lục đăng ký nhận cha, mẹ, con"));
    dossier
        .act("FINISH")
        .result("Trích lục đăng ký nhận cha, mẹ, con", "12/2026/TLNCMC")
        .resultFile(signed)
        .confirm();
    assertThat(status(code)).isEqualTo(9);
    assertThat(
            TestDatabase.value(
                "SELECT f.original_name FROM dossier_result r JOIN dossier d ON d.id = r.dossier_id"
                    + " JOIN stored_file f ON f.id = r.file_id WHERE d.code = ?",
                code))
        .as("the signed result is kept with the dossier")
        .isEqualTo("trich-luc.pdf");

    as("clerk");
    dossier = DossierScreen.open(browser, base, code);
    dossier.act("RETURN_RESULT").confirm();
    assertThat(status(code)).isEqualTo(10);
    assertThat(dossier.status()).isEqualTo("Đã trả kết quả");
    assertThat(dossier.actions()).isEmpty();
    assertThat(dossier.history()).contains("Trả kết quả", "Hoàn thành xử lý");

    String control = Pdfs.text(Downloads.fetch(browser, dossier.slipLink("control")).body());
    assertThat(control)
        .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
        .contains("Mã hồ sơ: " + code)
        .contains("Trả kết quả cho");
    assertThat(control.split("Trước hạn|Đúng hạn|Quá hạn", -1).length - 1)
        .as("each hand-over after the first is judged")
        .isGreaterThanOrEqualTo(3);

    assertThat(openings(code))
        .as("every opening of the dossier's personal data is recorded: who and how")
        .contains("specialist DOSSIER_PAGE", "clerk DOSSIER_PAGE", "clerk SLIP");
  }

  /** Who opened the dossier's personal data, and how, as "login WHAT" lines. */
  private static List<String> openings(String code) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT actor || ' ' || what FROM personal_data_access"
                    + " WHERE subject_type = 'dossier' AND subject_id = ? ORDER BY id")) {
      q.setString(1, code);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          lines.add(r.getString(1));
        }
      }
    }
    return lines;
  }

  @Test
  void aSupplementNeedsToSayWhatAndStopsTheClock() throws Exception {
    String code = forwarded(2);
    signInAs("specialist");
    DossierScreen dossier = DossierScreen.open(browser, base, code);

    dossier.act("REQUEST_SUPPLEMENT").confirm();
    assertThat(dossier.noteError()).isEqualTo("Vui lòng ghi nội dung.");
    assertThat(status(code)).isEqualTo(4);

    dossier.note("Bổ sung bản sao giấy khai sinh của con.").confirm();
    assertThat(status(code)).isEqualTo(5);
    assertThat(dossier.status()).isEqualTo("Yêu cầu bổ sung");

    assertThat(Pdfs.text(Downloads.fetch(browser, dossier.slipLink("supplement")).body()))
        .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
        .contains("1 Bổ sung bản sao giấy khai sinh của con.")
        .contains("Trần Văn Minh");

    // The applicant comes back with it to the counter's clerk: the clock runs again.
    as("clerk");
    dossier = DossierScreen.open(browser, base, code);
    dossier.act("RECEIVE_SUPPLEMENT").confirm();
    assertThat(dossier.fieldError("supplied")).isEqualTo("Vui lòng chọn giấy tờ được bổ sung.");
    dossier.supplied(2).confirm();
    assertThat(status(code)).isEqualTo(4);
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM dossier_document x JOIN dossier d ON d.id = x.dossier_id"
                    + " WHERE d.code = ? AND x.supplement_round = 1",
                code))
        .isOne();
    assertThat(Pdfs.text(Downloads.fetch(browser, dossier.slipLink("receipt")).body()))
        .as("a new receipt with the moved appointment")
        .contains("bổ sung lần")
        .contains("thay thế giấy tiếp nhận");
  }

  @Test
  void aLateDossierGetsAnApologyWithANewAppointmentAndStaysLate() throws Exception {
    String code = forwarded(4);
    signInAs("head");
    DossierScreen dossier = DossierScreen.open(browser, base, code);
    Instant due = TestDatabase.instant("SELECT due_at FROM dossier WHERE code = ?", code);
    LocalDateTime later =
        LocalDateTime.ofInstant(due, VIETNAM)
            .plusDays(7)
            .withHour(16)
            .withMinute(0)
            // The form takes minutes: a dossier received in working hours is due at a second.
            .truncatedTo(ChronoUnit.MINUTES);

    dossier.act("APOLOGIZE").note("Chờ kết quả xác minh của Công an tỉnh.");
    dossier.appointment(later.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))).confirm();

    assertThat(dossier.messages()).doesNotContain("không");
    assertThat(TestDatabase.value("SELECT apologized FROM dossier WHERE code = ?", code))
        .isEqualTo(true);
    assertThat(TestDatabase.instant("SELECT appointment_at FROM dossier WHERE code = ?", code))
        .isEqualTo(later.atZone(VIETNAM).toInstant());
    assertThat(TestDatabase.instant("SELECT due_at FROM dossier WHERE code = ?", code))
        .as("the legal due instant stays")
        .isEqualTo(due);
    String letter = Pdfs.text(Downloads.fetch(browser, dossier.slipLink("apology")).body());
    assertThat(letter)
        .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
        .contains("Lý do: Chờ kết quả xác minh của Công an tỉnh.")
        .contains(
            String.format(
                "16 giờ 00 phút, ngày %02d tháng %s năm %d",
                later.getDayOfMonth(),
                later.getMonthValue() <= 2
                    ? String.format("%02d", later.getMonthValue())
                    : String.valueOf(later.getMonthValue()),
                later.getYear()))
        .contains("Phạm Thị Hoa");

    // Finished long before either date, it still counts as late.
    as("specialist");
    DossierScreen.open(browser, base, code).act("FORWARD").confirm();
    as("head");
    DossierScreen.open(browser, base, code).act("FORWARD").confirm();
    as("leader");
    DossierScreen.open(browser, base, code)
        .act("FINISH")
        .result("Trích lục đăng ký nhận cha, mẹ, con", "13/2026/TLNCMC")
        .confirm();
    assertThat(status(code)).isEqualTo(9);
    assertThat(TestDatabase.value("SELECT outcome FROM dossier WHERE code = ?", code))
        .isEqualTo("LATE");
  }

  @Test
  void theHeadGivesTheStepToASpecialistFromTheDossierPage() throws Exception {
    String code = forwarded(6);
    signInAs("head");
    DossierScreen dossier = DossierScreen.open(browser, base, code);

    dossier.act("REASSIGN").confirm();
    assertThat(dossier.fieldError("assignee")).isEqualTo("Vui lòng chọn người được giao.");

    dossier.assignee("Trần Văn Minh (specialist)").confirm();
    assertThat(
            TestDatabase.value(
                "SELECT s.assignee FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
                    + " WHERE d.code = ? AND s.position = 2",
                code))
        .isEqualTo("specialist");
    assertThat(dossier.history()).contains("Giao việc");
  }

  @Test
  void aRefusalAfterReviewGivesTheApplicantTheReasons() throws Exception {
    String code = forwarded(5);
    signInAs("specialist");
    DossierScreen dossier = DossierScreen.open(browser, base, code);

    dossier.act("REFUSE").note("Người yêu cầu không phải cha, mẹ hoặc con.").confirm();

    assertThat(TestDatabase.value("SELECT resolution FROM dossier WHERE code = ?", code))
        .isEqualTo("REFUSED");
    assertThat(Pdfs.text(Downloads.fetch(browser, dossier.slipLink("refusal")).body()))
        .contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ")
        .contains("thông báo không giải quyết hồ sơ này")
        .contains("1 Người yêu cầu không phải cha, mẹ hoặc con.");
  }

  @Test
  void aStepAssignedToAnotherSpecialistOffersNothingToMe() throws Exception {
    String code = forwarded(3);
    try (Connection c = TestDatabase.connect();
        PreparedStatement give =
            c.prepareStatement(
                "UPDATE dossier_step SET assignee = 'someone.else' WHERE position = 2"
                    + " AND dossier_id = (SELECT id FROM dossier WHERE code = ?)")) {
      give.setString(1, code);
      give.executeUpdate();
    }
    signInAs("specialist");

    assertThat(DossierScreen.open(browser, base, code).actions()).isEmpty();
  }

  @TempDir Path files;

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private void as(String username) {
    browser.manage().deleteAllCookies(); // the next person, at their own desk
    signInAs(username);
  }

  private String forwarded(int n) throws Exception {
    return OnlineDossiers.register(
        base, RECOGNITION, HONG_GAI_CENTER, String.format("0221948%05d", n), "1994-07-08", true);
  }

  private static int status(String code) throws Exception {
    return number("SELECT status FROM dossier WHERE code = ?", code);
  }

  private static int waitingStep(String code) throws Exception {
    return number(
        "SELECT s.position FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
            + " WHERE d.code = ? AND s.state IN ('WAITING', 'IN_PROGRESS')",
        code);
  }

  private static int number(String sql, String code) throws Exception {
    return TestDatabase.number(sql, code);
  }
}
