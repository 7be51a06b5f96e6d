package vn.motcua.portal.sync.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long a failed message waits before its next attempt: exponential, {@code base · 2^(n-1)}
 * after the n-th failure, never more than {@code max}, with "equal jitter" (between half of that
 * and all of it) so that messages that failed together are not all tried again together.
 */
record Backoff(Duration base, Duration max) {

  Backoff {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("Backoff needs 0 < base <= max");
    }
  }

  /** The wait without jitter after {@code failures} failures (1 for the first). */
  Duration ceiling(int failures) {
    int doublings = Math.max(0, failures - 1);
    // base · 2^62 overflows long milliseconds long before: stop doubling once past max.
    long millis = base.toMillis();
    for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, max.toMillis()));
  }

  /**
   * The wait after {@code failures} failures, from half the ceiling to all of it.
   *
   * @param random a number in [0, 1)
   */
  Duration after(int failures, DoubleSupplier random) {
    long ceiling = ceiling(failures).toMillis();
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half + 1)));
  }
}
