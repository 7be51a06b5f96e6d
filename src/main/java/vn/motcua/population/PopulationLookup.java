package vn.motcua.population;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a look-up: the person, or that the database knows no one with this number, or that
 * it could not be asked (down, too slow, refusing us, answering garbage). Reception fills the form
 * from a found person and lets the clerk type it in the other two cases.
 *
 * @param outcome which of the three it is
 * @param resident the person, only when {@link Outcome#FOUND}
 * @param reason why the database could not be asked, only when {@link Outcome#UNAVAILABLE}: a short
 *     technical phrase without personal data, for logs and support, not for the applicant
 */
public record PopulationLookup(Outcome outcome, Resident resident, String reason) {

  /** The three answers reception must tell apart. */
  public enum Outcome {
    /** The database knows the person: use its data. */
    FOUND,
    /** The database answered that it knows no one with this number: check the number. */
    NOT_FOUND,
    /** The database could not be asked: reception goes on with manual entry. */
    UNAVAILABLE
  }

  public PopulationLookup {
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == Outcome.FOUND) != (resident != null)) {
      throw new IllegalArgumentException("A resident comes with FOUND and only with it");
    }
    if ((outcome == Outcome.UNAVAILABLE) != (reason != null)) {
      throw new IllegalArgumentException("A reason comes with UNAVAILABLE and only with it");
    }
  }

  public static PopulationLookup found(Resident resident) {
    return new PopulationLookup(Outcome.FOUND, Objects.requireNonNull(resident), null);
  }

  public static PopulationLookup notFound() {
    return new PopulationLookup(Outcome.NOT_FOUND, null, null);
  }

  public static PopulationLookup unavailable(String reason) {
    return new PopulationLookup(Outcome.UNAVAILABLE, null, Objects.requireNonNull(reason));
  }

  /** The person, when found. */
  public Optional<Resident> person() {
    return Optional.ofNullable(resident);
  }
}
