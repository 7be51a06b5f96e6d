package vn.motcua.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.population.CitizenId;
import vn.motcua.population.Resident;

/**
 * The simulator's people are consistent with their number (year, gender), the same every time, and
 * live in the units given; some numbers are held by nobody, by rule.
 */
class SyntheticResidentsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static final List<SyntheticResidents.Unit> UNITS =
      List.of(
          new SyntheticResidents.Unit("00254", "Phường Mạo Khê, Tỉnh Quảng Ninh", "WARD"),
          new SyntheticResidents.Unit("00487", "Đặc khu Vân Đồn, Tỉnh Quảng Ninh", "SPECIAL_ZONE"),
          new SyntheticResidents.Unit("00400", "Xã Quảng Tân, Tỉnh Quảng Ninh", "COMMUNE"));

  private final SyntheticResidents residents = new SyntheticResidents(UNITS);

  @Provide
  Arbitrary<String> provinces() {
    return Arbitraries.of(SyntheticResidents.BIRTH_PROVINCES);
  }

  private static String number(String province, int centuryGender, int year, int sequence) {
    return province + centuryGender + String.format("%02d%06d", year, sequence);
  }

  @Property
  void birthYearAndGenderAreTheOnesTheNumberEncodes(
      @ForAll("provinces") String province,
      @ForAll @IntRange(min = 0, max = 1) int centuryGender,
      @ForAll @IntRange(min = 0, max = 99) int year,
      @ForAll @IntRange(min = 1, max = 999_999) int sequence) {
    CitizenId id = new CitizenId(number(province, centuryGender, year, sequence));
    Optional<Resident> holder = residents.holder(id, TODAY);
    if (id.sequence().endsWith("0000")) {
      assertThat(holder).isEmpty();
      return;
    }
    Resident person = holder.orElseThrow();
    assertThat(person.idNumber()).isEqualTo(id.value());
    assertThat(person.birthDate().getYear()).isEqualTo(1900 + year);
    assertThat(person.gender())
        .isEqualTo(centuryGender == 0 ? Resident.Gender.MALE : Resident.Gender.FEMALE);
    assertThat(person.fullName().split(" ")).hasSize(3);
    assertThat(person.addressUnitCode()).isIn("00254", "00487", "00400");
    assertThat(person.permanentAddress())
        .endsWith(
            UNITS.stream()
                .filter(u -> u.code().equals(person.addressUnitCode()))
                .findFirst()
                .orElseThrow()
                .fullName());
  }

  @Property
  void theSameNumberIsTheSamePersonEveryTime(
      @ForAll("provinces") String province,
      @ForAll @IntRange(min = 0, max = 3) int centuryGender,
      @ForAll @IntRange(min = 0, max = 25) int year,
      @ForAll @IntRange(min = 1, max = 999_999) int sequence) {
    CitizenId id = new CitizenId(number(province, centuryGender, year, sequence));
    SyntheticResidents elsewhere =
        new SyntheticResidents(List.of(UNITS.get(2), UNITS.get(0), UNITS.get(1)));

    assertThat(residents.holder(id, TODAY)).isEqualTo(residents.holder(id, TODAY));
    assertThat(elsewhere.holder(id, TODAY))
        .as("another instance, units in another order")
        .isEqualTo(residents.holder(id, TODAY));
  }

  @Test
  void aPinnedNumberIsAlwaysThisPerson() {
    // Demo scripts and manual tests rely on it: a change of the generator shows here first.
    Resident person = residents.holder(new CitizenId("022090001234"), TODAY).orElseThrow();

    assertThat(person.fullName()).isEqualTo("Nguyễn Công Đức");
    assertThat(person.birthDate()).isEqualTo(LocalDate.of(1990, 7, 19));
    assertThat(person.permanentAddress())
        .isEqualTo("Số 227, Tổ 29, Khu 3, Phường Mạo Khê, Tỉnh Quảng Ninh");
    assertThat(person.addressUnitCode()).isEqualTo("00254");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "022090010000", // sequence ending 0000
        "022390000000",
        "003090001234", // 003: no province has this code
        "097090001234",
        "000090001234",
        "022227001234", // a boy born in 2027
        "022499001234" // born in 2199
      })
  void nobodyHoldsSomeNumbers(String number) {
    assertThat(residents.holder(new CitizenId(number), TODAY)).isEmpty();
  }

  @Test
  void someoneBornThisYearExistsOnceBorn() {
    CitizenId id = new CitizenId("022326004321"); // a girl born in 2026
    Resident person = residents.holder(id, LocalDate.of(2026, 12, 31)).orElseThrow();

    assertThat(residents.holder(id, person.birthDate())).contains(person);
    assertThat(residents.holder(id, person.birthDate().minusDays(1))).isEmpty();
  }

  @Test
  void peopleAreSpreadOverUnitsNamesAndDays() {
    List<Resident> people =
        IntStream.range(1, 400)
            .mapToObj(i -> residents.holder(new CitizenId(number("022", i % 2, 85, i)), TODAY))
            .flatMap(Optional::stream)
            .toList();

    assertThat(people).extracting(Resident::addressUnitCode).contains("00254", "00487", "00400");
    // A third of people are Nguyễn: names repeat, as they do in a real ward.
    assertThat(people.stream().map(Resident::fullName).distinct().count()).isGreaterThan(150);
    assertThat(people).hasSize(399);
    assertThat(people.stream().map(Resident::birthDate).distinct().count()).isGreaterThan(200);
    assertThat(people)
        .extracting(p -> p.fullName().split(" ")[0])
        .contains("Nguyễn", "Trần", "Lê", "Phạm");
  }
}
