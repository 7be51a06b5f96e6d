package vn.motcua.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand (read by the code under test, perhaps on other threads). */
public final class SettableClock extends Clock {

  private volatile Instant now;

  /** At 2026-03-02 02:00 UTC. */
  public SettableClock() {
    this(Instant.parse("2026-03-02T02:00:00Z"));
  }

  public SettableClock(Instant now) {
    this.now = now;
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  public void set(Instant now) {
    this.now = now;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
