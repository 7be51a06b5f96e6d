package vn.motcua.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the digits of a citizen ID number say, as Circular 59/2021/TT-BCA lays them out. */
class CitizenIdTest {

  @ParameterizedTest(name = "{0}: province {1}, {2}, born {3}")
  @CsvSource({
    "022090001234, 022, MALE, 1990",
    "022190001234, 022, FEMALE, 1990",
    "001200123456, 001, MALE, 2000",
    "079325654321, 079, FEMALE, 2025",
    "096099999999, 096, MALE, 1999",
    "031400000001, 031, MALE, 2100",
    "031900000001, 031, FEMALE, 2300"
  })
  void theDigitsSayProvinceGenderAndYear(
      String number, String province, Resident.Gender gender, int year) {
    CitizenId id = new CitizenId(number);

    assertThat(id.provinceCode()).isEqualTo(province);
    assertThat(id.gender()).isEqualTo(gender);
    assertThat(id.birthYear()).isEqualTo(year);
    assertThat(id.sequence()).isEqualTo(number.substring(6));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "02209000123",
        "0220900012345",
        "02209000123a",
        " 022090001234",
        "٠٢٢٠٩٠٠٠١٢٣٤"
      })
  void onlyTwelveAsciiDigitsAreANumber(String text) {
    assertThat(CitizenId.isWellFormed(text)).isFalse();
    assertThatThrownBy(() -> new CitizenId(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"022090001234"})
  void theNumberIsNeverPrinted(String number) {
    assertThat(new CitizenId(number).toString()).doesNotContain(number);
  }
}
