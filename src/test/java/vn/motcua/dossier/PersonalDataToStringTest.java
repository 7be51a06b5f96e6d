package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an applicant or proxy is never shows in {@code toString}: Payara logs the arguments of a
 * service call that breaks a constraint through it, and the log scan once caught a whole applicant
 * in such a line.
 */
class PersonalDataToStringTest {

  @Test
  void anApplicantShowsItsTypeOnly() {
    assertThat(Play.CITIZEN.toString())
        .doesNotContain("022090001234", "Nguyễn Văn An", "1990", "Tổ 1", "0912345678")
        .contains("CITIZEN");
  }

  @Test
  void aProxyShowsNothing() {
    assertThat(new ProxyDetails("Trần Thị Bình", "022190004321", "0987654321").toString())
        .doesNotContain("022190004321", "Trần Thị Bình", "0987654321");
  }

  @Test
  void aSearchHidesTheApplicantItLooksFor() {
    DossierSearch search =
        new DossierSearch("H12.01-260101-0001", "022090001234", null, null, null, null, null);
    assertThat(search.toString())
        .doesNotContain("022090001234")
        .contains("H12.01-260101-0001", "applicant=hidden");
    assertThat(DossierSearch.everything().toString()).contains("applicant=null");
  }

  @Test
  void aNewDossierHidesItsApplicantAndProxy() {
    NewDossier request =
        new NewDossier(
            "1.001022",
            Channel.COUNTER,
            14L,
            null,
            ReturnMethod.AT_CENTER,
            Play.CITIZEN,
            new ProxyDetails("Trần Thị Bình", "022190004321", "0987654321"),
            null,
            1,
            1,
            List.of());
    assertThat(request.toString()).doesNotContain("022090001234", "022190004321", "Nguyễn");
  }
}
