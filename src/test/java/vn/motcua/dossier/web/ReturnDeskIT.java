package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.ReturnDeskPage;
import vn.motcua.testing.TestDatabase;

/** The return desk of Hồng Gai's center hands a finished dossier's result over, once. */
@RunAsClient
class ReturnDeskIT extends BrowserIT {

  private static final String RECOGNITION = "1.001022";
  private static final long HONG_GAI_CENTER = 10;

  @Test
  void theClerkScansTheSlipChecksIdentityAndHandsTheResultOver() throws Exception {
    String code = finished(1);
    signInAs("clerk");
    ReturnDeskPage desk = ReturnDeskPage.open(browser, base);

    desk.scan("https://motcua.quangninh.gov.vn/tra-cuu?ma=" + code).choose(code).handOver();
    assertThat(desk.identityError()).contains("giấy tờ tùy thân");
    assertThat(status(code)).isEqualTo(9);

    desk.identityChecked().handOver();
    assertThat(desk.messages()).contains("Đã trả kết quả hồ sơ " + code);
    assertThat(status(code)).isEqualTo(10);
    assertThat(desk.codes()).as("returned once only").doesNotContain(code);
  }

  @Test
  void theApplicantsIdNumberFindsTheirWaitingResults() throws Exception {
    String code = finished(2);
    signInAs("clerk");

    assertThat(ReturnDeskPage.open(browser, base).scan(citizenId(2)).codes()).containsExactly(code);
  }

  @Test
  void nothingWaitingSaysSo() {
    signInAs("clerk");

    assertThat(ReturnDeskPage.open(browser, base).scan(citizenId(9)).messages())
        .contains("Không có kết quả nào");
  }

  private String finished(int n) throws Exception {
    return OnlineDossiers.finished(base, RECOGNITION, HONG_GAI_CENTER, citizenId(n), "1995-09-10");
  }

  /** Valid ID numbers of women born in 1995, only this class's. */
  private static String citizenId(int n) {
    return String.format("0221958%05d", n);
  }

  private static int status(String code) throws Exception {
    return TestDatabase.number("SELECT status FROM dossier WHERE code = ?", code);
  }
}
