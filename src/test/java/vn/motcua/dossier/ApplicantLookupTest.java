package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.population.PopulationLookup;
import vn.motcua.population.Resident;

/** Nothing asked twice: the population database first, else the applicant's latest dossier. */
class ApplicantLookupTest {

  private static final Resident PERSON =
      new Resident(
          "022090001234",
          "Nguyễn Văn An",
          LocalDate.of(1990, 5, 17),
          Resident.Gender.MALE,
          "Số 5, phố Mới",
          "00502");

  @Test
  void thePopulationDatabaseGivesTheIdentityAndAnEarlierDossierTheContacts() {
    ApplicantLookup found =
        ApplicantLookup.of(PopulationLookup.found(PERSON), Optional.of(Play.CITIZEN), List.of());
    assertThat(found.source()).isEqualTo(ApplicantLookup.Source.POPULATION_DATABASE);
    assertThat(found.details().addressUnitCode()).isEqualTo("00502");
    assertThat(found.details().gender()).isEqualTo(Gender.MALE);
    assertThat(found.details().phone()).isEqualTo("0912345678");
    assertThat(found.details().isIdNumberValid()).isTrue();
  }

  @Test
  void withTheDatabaseDownTheLatestDossierStillSpeaks() {
    ApplicantLookup found =
        ApplicantLookup.of(
            PopulationLookup.unavailable("timeout"), Optional.of(Play.CITIZEN), List.of());
    assertThat(found.source()).isEqualTo(ApplicantLookup.Source.EARLIER_DOSSIER);
    assertThat(found.details().fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(found.registry()).isEqualTo(PopulationLookup.Outcome.UNAVAILABLE);
  }

  @Test
  void aStrangerWithTheDatabaseDownIsTypedIn() {
    ApplicantLookup found =
        ApplicantLookup.of(PopulationLookup.unavailable("down"), Optional.empty(), List.of());
    assertThat(found.source()).isEqualTo(ApplicantLookup.Source.NONE);
    assertThat(found.details()).isNull();
    assertThat(found.reusable()).isEmpty();
  }
}
