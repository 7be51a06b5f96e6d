package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.DossierScreen;
import vn.motcua.testing.InboxPage;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.TestDatabase;

/**
 * The work inbox of Hồng Gai's People's Committee: a dossier forwarded to its specialists shows
 * there, with the tab counts; the head gives it to a specialist, who then finds it under "mine".
 */
@RunAsClient
class InboxIT extends BrowserIT {

  private static final String RECOGNITION = "1.001022";
  private static final long HONG_GAI_CENTER = 10;
  private static final long BAI_CHAY_CENTER = 14;

  @Test
  void aForwardedDossierWaitsInTheSpecialistsInbox() throws Exception {
    String code = forwarded(1);
    signInAs("specialist");

    InboxPage inbox = InboxPage.open(browser, base);

    assertThat(inbox.count("ALL")).isEqualTo(openSpecialistSteps());
    assertThat(inbox.row(code)).as("in the unit's inbox").isPresent();
    assertThat(inbox.row(code).orElseThrow().getText()).contains("2.", "Lê Thị Trực Tuyến");
  }

  @Test
  void theHeadGivesADossierToASpecialistWhoFindsItAsTheirs() throws Exception {
    String code = forwarded(2);
    signInAs("head");

    InboxPage inbox = InboxPage.open(browser, base).role("Chuyên viên xử lý").select(code);
    inbox.assignTo(fullName("specialist"));

    assertThat(inbox.messages()).contains("Đã giao 1 hồ sơ");
    assertThat(assignee(code)).isEqualTo("specialist");

    browser.manage().deleteAllCookies(); // another person at another desk
    signInAs("specialist");
    InboxPage mine = InboxPage.open(browser, base).tab("MINE");
    assertThat(mine.row(code)).isPresent();
  }

  @Test
  void theSpecialistOpensTheDossierFromTheInbox() throws Exception {
    String code = forwarded(3);
    signInAs("specialist");

    DossierScreen dossier = InboxPage.open(browser, base).openDossier(code);

    assertThat(dossier.code()).isEqualTo(code);
    assertThat(dossier.applicantName()).isEqualTo("Lê Thị Trực Tuyến");
    assertThat(dossier.steps().get(0)).contains("Đã xong");
    assertThat(dossier.steps().get(1)).contains("Chờ xử lý");
    assertThat(dossier.history()).contains("Chuyển bước tiếp theo", "Đăng ký trực tuyến");
  }

  @Test
  void aDossierNoneOfTheUnitsBusinessIsNotFound() throws Exception {
    // Sent to Bãi Cháy's center: Hồng Gai's center neither receives nor returns it.
    String code =
        OnlineDossiers.register(
            base, RECOGNITION, BAI_CHAY_CENTER, "022193800009", "1993-05-06", false);
    signInAs("clerk");

    assertThat(DossierScreen.open(browser, base, code).found()).isFalse();
    assertThat(browser.getPageSource()).doesNotContain("Lê Thị Trực Tuyến");
  }

  @Test
  void aCenterDirectorHasNoInbox() {
    signInAs("director");

    browser.get(base + "work/inbox.xhtml");

    assertThat(browser.findElement(By.id("error-title")).getText())
        .isEqualTo("Bạn không có quyền truy cập trang này.");
  }

  private String forwarded(int n) throws Exception {
    return OnlineDossiers.register(
        base, RECOGNITION, HONG_GAI_CENTER, String.format("0221938%05d", n), "1993-05-06", true);
  }

  private static long openSpecialistSteps() throws Exception {
    return TestDatabase.number(
        "SELECT count(*) FROM dossier_step s JOIN app_user u ON u.username = 'specialist'"
            + " WHERE s.unit_id = u.unit_id AND s.performer_role = 'SPECIALIST'"
            + " AND s.state IN ('WAITING', 'IN_PROGRESS')");
  }

  private static String assignee(String code) throws Exception {
    return (String)
        TestDatabase.value(
            "SELECT s.assignee FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
                + " WHERE d.code = ? AND s.position = 2",
            code);
  }

  private static String fullName(String username) throws Exception {
    return (String)
        TestDatabase.value("SELECT full_name FROM app_user WHERE username = ?", username);
  }
}
