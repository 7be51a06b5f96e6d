package vn.motcua.security;

import java.time.Duration;

/**
 * How failed logins slow down whoever makes them, per login name and per client address: after
 * {@code allowed} failures in a row, each further failure blocks the key for a minute, then two,
 * four... up to {@code longestBlock}. A key quiet for {@link #QUIET} starts again from nothing. At
 * five failures allowed and half an hour at most, a guesser gets fewer than 20 tries an hour on an
 * account (ASVS asks for at most 100), while a clerk who mistyped waits a minute.
 *
 * @param allowed failures in a row before the first block
 * @param longestBlock the longest a key is blocked after one failure
 */
public record LoginLimits(int allowed, Duration longestBlock) {

  /** After this long without a failure, a key's count starts again. */
  public static final Duration QUIET = Duration.ofHours(24);

  private static final Duration FIRST_BLOCK = Duration.ofMinutes(1);

  public LoginLimits {
    if (allowed < 1 || longestBlock.compareTo(FIRST_BLOCK) < 0) {
      throw new IllegalArgumentException("At least one failure, and blocks of a minute or more");
    }
  }

  /** How long a key is blocked after its {@code failures}-th failure in a row; zero: not. */
  public Duration blockAfter(int failures) {
    if (failures < allowed) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - allowed, 20);
    Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
    return block.compareTo(longestBlock) > 0 ? longestBlock : block;
  }
}
