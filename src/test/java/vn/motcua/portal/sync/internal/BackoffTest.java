package vn.motcua.portal.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait before a message's next attempt: doubling from the base, capped, with jitter. */
class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

  @Test
  void doublesFromTheBaseAfterEachFailure() {
    assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofMinutes(32));
  }

  @Test
  void neverWaitsLongerThanTheMaximumHoweverManyFailures() {
    assertThat(backoff.ceiling(8)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.ceiling(1_000)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void jitterKeepsTheWaitBetweenHalfTheCeilingAndAllOfIt() {
    assertThat(backoff.after(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.after(3, () -> 0.5)).isEqualTo(Duration.ofMillis(90_000));
    assertThat(backoff.after(3, () -> 0.999_999_999)).isEqualTo(Duration.ofSeconds(120));
    assertThat(backoff.after(100, () -> 0.999_999_999)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void theSmallestSettingsStillWait() {
    Backoff tiny = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5));
    assertThat(tiny.after(1, () -> 0.0)).isEqualTo(Duration.ZERO);
    assertThat(tiny.after(1, () -> 0.999)).isEqualTo(Duration.ofMillis(1));
    assertThat(tiny.after(10, () -> 0.999)).isEqualTo(Duration.ofMillis(5));
  }

  @Test
  void refusesAMaximumBelowTheBase() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
