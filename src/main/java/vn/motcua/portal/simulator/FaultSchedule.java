package vn.motcua.portal.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The simulated portal's fault mode over time: set for a while (a duration or a number of calls),
 * then back to normal by itself. Each sync call takes the mode that applies to it, which counts
 * down a mode bounded in calls; concurrent calls each take one of those calls.
 */
public final class FaultSchedule {

  private final Clock clock;
  private Fault fault;

  public FaultSchedule(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
    this.fault = Fault.normal(clock.instant());
  }

  /** The mode now, without taking a call. */
  public synchronized Fault now() {
    expire(clock.instant());
    return fault;
  }

  /**
   * Sets a mode. {@code NORMAL} restores normal answers at once (the bounds are ignored).
   *
   * @param duration how long the mode lasts, or {@code null}
   * @param calls how many sync calls it applies to, or {@code null}; not both with a duration
   * @param delayMillis for TIMEOUT, how long each answer is held back
   */
  public synchronized Fault set(
      FaultMode mode, Duration duration, Integer calls, long delayMillis) {
    Objects.requireNonNull(mode);
    Instant now = clock.instant();
    if (mode == FaultMode.NORMAL) {
      fault = Fault.normal(now);
      return fault;
    }
    if (duration != null && calls != null) {
      throw new IllegalArgumentException("A fault lasts a duration or a number of calls, not both");
    }
    if ((duration != null && (duration.isNegative() || duration.isZero()))
        || (calls != null && calls <= 0)
        || delayMillis < 0) {
      throw new IllegalArgumentException("A fault's bounds and delay must be positive");
    }
    fault =
        new Fault(
            mode,
            now,
            duration == null ? null : now.plus(duration),
            calls,
            mode == FaultMode.TIMEOUT ? delayMillis : 0);
    return fault;
  }

  /** The mode that applies to one sync call; a mode bounded in calls has one call fewer left. */
  public synchronized Fault take() {
    expire(clock.instant());
    Fault taken = fault;
    if (fault.callsLeft() != null) {
      fault =
          new Fault(
              fault.mode(),
              fault.since(),
              fault.until(),
              fault.callsLeft() - 1,
              fault.delayMillis());
    }
    return taken;
  }

  private void expire(Instant now) {
    if (fault.expiredAt(now)) {
      fault = Fault.normal(now);
    }
  }
}
