package vn.motcua.population;

/**
 * The national population database as reception uses it: identity by citizen ID number. An outage
 * is an answer ({@link PopulationLookup.Outcome#UNAVAILABLE}), never an exception, so that a
 * counter keeps receiving with manual entry while the database is down or slow.
 *
 * <p>Where it is asked is configuration ({@code motcua.population.url}); in demo and tests it is
 * the simulator on the same server. Inject it: {@code @Inject PopulationRegistry registry}.
 */
public interface PopulationRegistry {

  /** The code of the refusal of a number that is not 12 digits ({@code /problems/<code>}). */
  String MALFORMED_ID_NUMBER = "malformed-id-number";

  /**
   * Asks the population database who holds this citizen ID number. Waits at most the configured
   * timeout ({@code motcua.population.timeout-millis}).
   *
   * @param idNumber the 12-digit citizen ID number
   * @return found, not found or unavailable; never {@code null}
   * @throws vn.motcua.shared.problem.BusinessException ({@link #MALFORMED_ID_NUMBER}, 422) when the
   *     number is not 12 digits: nothing is sent for it. Check with {@link CitizenId#isWellFormed}
   *     first.
   */
  PopulationLookup lookUp(String idNumber);
}
