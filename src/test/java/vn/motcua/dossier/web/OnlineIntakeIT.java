package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.Downloads;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.OnlineIntakePage;
import vn.motcua.testing.Pdfs;
import vn.motcua.testing.TestDatabase;

/**
 * The online intake queue as Hồng Gai's receiving clerk works it: dossiers the portal sent are
 * accepted (status 2, due computed) or refused with reasons (status 3), checked in the database.
 */
@RunAsClient
class OnlineIntakeIT extends BrowserIT {

  private static final String RECOGNITION = "1.001022";
  private static final long HONG_GAI_CENTER = 10;

  @Test
  void theClerkAcceptsAnOnlineDossierAndItsAppointmentIsComputed() throws Exception {
    String code = registerOnline(citizenId(1));
    signInAs("clerk");

    OnlineIntakePage intake = OnlineIntakePage.open(browser, base).openDossier(code);
    assertThat(intake.applicantName()).isEqualTo("Lê Thị Trực Tuyến");
    intake.accept();

    assertThat(intake.messages()).contains(code);
    assertThat(intake.appointment()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    assertThat(status(code)).isEqualTo(2);
    assertThat(OnlineIntakePage.open(browser, base).codes()).doesNotContain(code);
  }

  @Test
  void aRefusalNeedsReasonsAndIsRecorded() throws Exception {
    String code = registerOnline(citizenId(2));
    signInAs("clerk");
    OnlineIntakePage intake = OnlineIntakePage.open(browser, base).openDossier(code);

    intake.refuse(" ");
    assertThat(intake.reasonsError()).isEqualTo("Vui lòng nêu lý do từ chối.");
    assertThat(status(code)).as("still waiting").isEqualTo(1);

    intake.refuse("Tờ khai chưa có chữ ký của người yêu cầu.");
    assertThat(intake.refusalSlipLink()).endsWith("/slips/refusal/" + code + ".pdf");
    assertThat(status(code)).isEqualTo(3);
    assertThat(lastNote(code)).isEqualTo("Tờ khai chưa có chữ ký của người yêu cầu.");
    assertThat(Pdfs.text(Downloads.fetch(browser, intake.refusalSlipLink()).body()))
        .contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ")
        .contains("thông báo không tiếp nhận hồ sơ này")
        .contains("1 Tờ khai chưa có chữ ký của người yêu cầu.")
        .contains("Nguyễn Thị Lan");
  }

  @Test
  void aDossierAnotherClerkDecidedMeanwhileShowsAConflict() throws Exception {
    String code = registerOnline(citizenId(3));
    signInAs("clerk");
    OnlineIntakePage intake = OnlineIntakePage.open(browser, base).openDossier(code);
    try (Connection c = TestDatabase.connect();
        PreparedStatement bump =
            c.prepareStatement("UPDATE dossier SET version = version + 1 WHERE code = ?")) {
      bump.setString(1, code); // as a colleague's acceptance would
      bump.executeUpdate();
    }

    intake.accept();

    assertThat(intake.messages()).contains("vừa được người khác cập nhật");
    assertThat(status(code)).isEqualTo(1);
  }

  private String registerOnline(String idNumber) throws Exception {
    return OnlineDossiers.register(
        base, RECOGNITION, HONG_GAI_CENTER, idNumber, "1992-03-04", false);
  }

  /** Valid citizen ID numbers (a woman born in 1992) that only this class uses. */
  private static String citizenId(int n) {
    return String.format("0221928%05d", n);
  }

  private static int status(String code) throws Exception {
    return TestDatabase.number("SELECT status FROM dossier WHERE code = ?", code);
  }

  private static String lastNote(String code) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT t.note FROM dossier_transition t JOIN dossier d ON d.id = t.dossier_id"
                    + " WHERE d.code = ? ORDER BY t.id DESC LIMIT 1")) {
      q.setString(1, code);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }
}
