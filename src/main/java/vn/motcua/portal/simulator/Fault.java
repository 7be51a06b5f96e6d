package vn.motcua.portal.simulator;

import java.time.Instant;

/**
 * The fault mode in force: since when, until when or for how many more calls (neither: until an
 * operator restores {@link FaultMode#NORMAL}), and the delay of {@link FaultMode#TIMEOUT}.
 *
 * @param until when the mode ends, {@code null} when it is not bounded in time
 * @param callsLeft how many more sync calls it applies to, {@code null} when not bounded in calls
 * @param delayMillis for TIMEOUT, how long each answer is held back; 0 otherwise
 */
public record Fault(
    FaultMode mode, Instant since, Instant until, Integer callsLeft, long delayMillis) {

  static Fault normal(Instant since) {
    return new Fault(FaultMode.NORMAL, since, null, null, 0);
  }

  /** Whether this mode no longer applies at {@code now}. */
  boolean expiredAt(Instant now) {
    return mode != FaultMode.NORMAL
        && ((until != null && !now.isBefore(until)) || (callsLeft != null && callsLeft <= 0));
  }
}
