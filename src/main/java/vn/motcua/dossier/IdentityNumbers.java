package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.population.CitizenId;

/**
 * The structure of Vietnamese identity numbers, to refuse a mistyped one at reception with a
 * precise reason rather than at the agency days later.
 *
 * <ul>
 *   <li>Citizen ID (CCCD, Circular 07/2016/TT-BCA): 12 digits; three for the province of birth
 *       registration (001-096), one for century and gender (0/1: 1900s male/female, 2/3: 2000s,
 *       4/5: 2100s), two for the year of birth, six in sequence.
 *   <li>Enterprise tax code: 10 digits whose last is a check digit (weights 31, 29, 23, 19, 17, 13,
 *       7, 5, 3, modulo 11), optionally followed by {@code -} and 3 digits for a branch.
 * </ul>
 */
public final class IdentityNumbers {

  private static final int[] TAX_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  private IdentityNumbers() {}

  /**
   * The number as a list shows it to someone who does not handle the dossier: every character but
   * the last four hidden, so that a colleague can tell two applicants apart without learning
   * either's number ({@code 022193012345} becomes {@code ********2345}).
   */
  public static String masked(String number) {
    if (number == null) {
      return null;
    }
    int shown = Math.min(4, number.length() / 3);
    return "*".repeat(number.length() - shown) + number.substring(number.length() - shown);
  }

  /**
   * What is wrong with a citizen ID number given the holder's birth date and gender (each may be
   * unknown), or empty when nothing is.
   */
  public static Optional<String> citizenIdProblem(
      String number, LocalDate birthDate, Gender gender) {
    if (!CitizenId.isWellFormed(number)) {
      return Optional.of("A citizen ID number has 12 digits");
    }
    CitizenId id = new CitizenId(number);
    int province = Integer.parseInt(id.provinceCode());
    if (province < 1 || province > 96) {
      return Optional.of("A citizen ID number starts with a province code 001-096");
    }
    if (number.charAt(3) > '5') {
      return Optional.of("The 4th digit of a citizen ID number is 0-5 (century and gender)");
    }
    if (birthDate != null && id.birthYear() != birthDate.getYear()) {
      return Optional.of("The citizen ID number does not match the year of birth");
    }
    if (gender != null && !id.gender().name().equals(gender.name())) {
      return Optional.of("The citizen ID number does not match the gender");
    }
    return Optional.empty();
  }

  /** What is wrong with an enterprise tax code, or empty when nothing is. */
  public static Optional<String> taxCodeProblem(String code) {
    if (code == null || !code.matches("\\d{10}(-\\d{3})?")) {
      return Optional.of("A tax code has 10 digits, or 10 digits, '-' and 3 digits for a branch");
    }
    int sum = 0;
    for (int i = 0; i < TAX_WEIGHTS.length; i++) {
      sum += (code.charAt(i) - '0') * TAX_WEIGHTS[i];
    }
    int check = 10 - sum % 11;
    if (check != code.charAt(9) - '0') {
      return Optional.of("The tax code's check digit is wrong");
    }
    return Optional.empty();
  }
}
