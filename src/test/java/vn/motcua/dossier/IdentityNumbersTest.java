package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

  @Test
  void acceptsACitizenIdThatMatchesItsHolder() {
    assertThat(
            IdentityNumbers.citizenIdProblem(
                "022090001234", LocalDate.of(1990, 5, 17), Gender.MALE))
        .isEmpty();
    assertThat(
            IdentityNumbers.citizenIdProblem(
                "001305012345", LocalDate.of(2005, 1, 2), Gender.FEMALE))
        .isEmpty();
    assertThat(IdentityNumbers.citizenIdProblem("022090001234", null, null)).isEmpty();
  }

  @Test
  void refusesACitizenIdWithAPreciseReason() {
    assertThat(IdentityNumbers.citizenIdProblem("02209000123", null, null))
        .hasValueSatisfying(p -> assertThat(p).contains("12 digits"));
    assertThat(IdentityNumbers.citizenIdProblem("02209000123a", null, null)).isPresent();
    assertThat(IdentityNumbers.citizenIdProblem("097090001234", null, null))
        .hasValueSatisfying(p -> assertThat(p).contains("province code"));
    assertThat(IdentityNumbers.citizenIdProblem("022690001234", null, null))
        .hasValueSatisfying(p -> assertThat(p).contains("4th digit"));
    assertThat(IdentityNumbers.citizenIdProblem("022090001234", LocalDate.of(1991, 5, 17), null))
        .hasValueSatisfying(p -> assertThat(p).contains("year of birth"));
    assertThat(IdentityNumbers.citizenIdProblem("022090001234", null, Gender.FEMALE))
        .hasValueSatisfying(p -> assertThat(p).contains("gender"));
  }

  @Test
  void checksTheTaxCodeCheckDigit() {
    // Vietnam Airlines and Viettel, as published.
    assertThat(IdentityNumbers.taxCodeProblem("0100107518")).isEmpty();
    assertThat(IdentityNumbers.taxCodeProblem("0100109106")).isEmpty();
    assertThat(IdentityNumbers.taxCodeProblem("0100109106-001")).isEmpty();
    assertThat(IdentityNumbers.taxCodeProblem("0100109107"))
        .hasValueSatisfying(p -> assertThat(p).contains("check digit"));
    assertThat(IdentityNumbers.taxCodeProblem("010010910")).isPresent();
    assertThat(IdentityNumbers.taxCodeProblem("0100109106-01")).isPresent();
  }

  @Test
  void aMaskedNumberShowsOnlyItsLastFourCharacters() {
    assertThat(IdentityNumbers.masked("022193012345")).isEqualTo("********2345");
    assertThat(IdentityNumbers.masked("0101243150-001")).isEqualTo("**********-001");
    assertThat(IdentityNumbers.masked("0101243150")).isEqualTo("*******150");
    assertThat(IdentityNumbers.masked(null)).isNull();
  }
}
