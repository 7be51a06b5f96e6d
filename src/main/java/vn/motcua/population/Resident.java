package vn.motcua.population;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as the national population database knows them: what reception takes from it instead of
 * asking the applicant again. Personal data: never logged ({@code toString} hides it).
 *
 * @param idNumber the 12-digit citizen ID number
 * @param fullName full name, in Vietnamese with diacritics
 * @param birthDate date of birth
 * @param gender gender
 * @param permanentAddress the permanent residence (nơi thường trú) as one line of text
 * @param addressUnitCode the commune-level unit of the permanent residence: the code of a row of
 *     {@code administrative_unit}, e.g. {@code 00254}
 */
public record Resident(
    String idNumber,
    String fullName,
    LocalDate birthDate,
    Gender gender,
    String permanentAddress,
    String addressUnitCode) {

  /** Gender as the population database records it. */
  public enum Gender {
    MALE,
    FEMALE
  }

  public Resident {
    if (!CitizenId.isWellFormed(idNumber)) {
      throw new IllegalArgumentException("A citizen ID number has exactly 12 digits");
    }
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(permanentAddress, "permanentAddress");
    Objects.requireNonNull(addressUnitCode, "addressUnitCode");
  }

  /** Personal data: never in a log line, so not in {@code toString} either. */
  @Override
  public String toString() {
    return "Resident[hidden]";
  }
}
