package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.DossierScreen;
import vn.motcua.testing.OnlineDossiers;
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
    dossier.act("FINISH").result("Trích lục đăng ký nhận cha, mẹ, con", "12/2026/TLNCMC").confirm();
    assertThat(status(code)).isEqualTo(9);

    as("clerk");
    dossier = DossierScreen.open(browser, base, code);
    dossier.act("RETURN_RESULT").confirm();
    assertThat(status(code)).isEqualTo(10);
    assertThat(dossier.status()).isEqualTo("Đã trả kết quả");
    assertThat(dossier.actions()).isEmpty();
    assertThat(dossier.history()).contains("Trả kết quả", "Hoàn thành xử lý");
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
