package vn.motcua.population;

import java.util.regex.Pattern;

/**
 * A citizen ID number (số định danh cá nhân, the 12 digits of the CCCD), with what its digits say
 * (Decree 137/2015/ND-CP, Circular 59/2021/TT-BCA): digits 1-3 the province where the birth was
 * registered, digit 4 the century of birth and the gender (0 male / 1 female born 1900-1999, 2 / 3
 * born 2000-2099, and so on every century), digits 5-6 the last two digits of the year of birth,
 * digits 7-12 a sequence.
 *
 * <p>A reception screen can cross-check what a clerk types by hand (year of birth, gender) against
 * the number.
 */
public record CitizenId(String value) {

  /** The shape of a citizen ID number: exactly 12 ASCII digits. */
  public static final Pattern WELL_FORMED = Pattern.compile("[0-9]{12}");

  public CitizenId {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("A citizen ID number has exactly 12 digits");
    }
  }

  /** Whether the text has the shape of a citizen ID number (nothing is checked beyond it). */
  public static boolean isWellFormed(String text) {
    return text != null && WELL_FORMED.matcher(text).matches();
  }

  /** The code of the province that registered the birth, e.g. {@code 022} for Quang Ninh. */
  public String provinceCode() {
    return value.substring(0, 3);
  }

  /** The gender the number encodes. */
  public Resident.Gender gender() {
    return centuryDigit() % 2 == 0 ? Resident.Gender.MALE : Resident.Gender.FEMALE;
  }

  /** The year of birth the number encodes. */
  public int birthYear() {
    return 1900 + (centuryDigit() / 2) * 100 + Integer.parseInt(value.substring(4, 6));
  }

  /** The last six digits. */
  public String sequence() {
    return value.substring(6);
  }

  private int centuryDigit() {
    return value.charAt(3) - '0';
  }

  /** The digits are personal data: never in a log line, so not in {@code toString} either. */
  @Override
  public String toString() {
    return "CitizenId[hidden]";
  }
}
