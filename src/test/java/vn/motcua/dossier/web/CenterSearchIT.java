package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.SearchPage;

/** Hồng Gai center's director finds the center's dossiers, and only those. */
@RunAsClient
class CenterSearchIT extends BrowserIT {

  private static final String RECOGNITION = "1.001022";
  private static final long HONG_GAI_CENTER = 10;
  private static final long BAI_CHAY_CENTER = 14;

  @Test
  void theDirectorFindsADossierByCodeAndByTheApplicantsIdNumber() throws Exception {
    String ours =
        OnlineDossiers.register(base, RECOGNITION, HONG_GAI_CENTER, citizenId(1), BORN, false);
    signInAs("director");

    assertThat(SearchPage.open(browser, base).by("code", ours).codes()).containsExactly(ours);
    assertThat(SearchPage.open(browser, base).by("applicant", citizenId(1)).codes())
        .containsExactly(ours);
  }

  @Test
  void anotherCentersDossierIsNotFound() throws Exception {
    String theirs =
        OnlineDossiers.register(base, RECOGNITION, BAI_CHAY_CENTER, citizenId(2), BORN, false);
    signInAs("director");

    SearchPage search = SearchPage.open(browser, base).by("code", theirs);

    assertThat(search.codes()).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(citizenId(2));
  }

  @Test
  void aClerkMayNotSearchTheCenter() {
    signInAs("clerk");

    browser.get(base + "center/search.xhtml");

    assertThat(browser.findElement(By.id("error-title")).getText())
        .isEqualTo("Bạn không có quyền truy cập trang này.");
  }

  private static final String BORN = "1996-01-02";

  /** Valid ID numbers of women born in 1996, only this class's. */
  private static String citizenId(int n) {
    return String.format("0221968%05d", n);
  }
}
