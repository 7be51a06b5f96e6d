package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Failed logins: free up to the allowance, then blocks that double up to a ceiling. */
class LoginLimitsTest {

  private final LoginLimits limits = new LoginLimits(5, Duration.ofMinutes(30));

  @Test
  void failuresWithinTheAllowanceBlockNothing() {
    for (int failures = 0; failures < 5; failures++) {
      assertThat(limits.blockAfter(failures)).isZero();
    }
  }

  @Test
  void blocksDoubleFromAMinuteUpToTheCeiling() {
    assertThat(limits.blockAfter(5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(limits.blockAfter(6)).isEqualTo(Duration.ofMinutes(2));
    assertThat(limits.blockAfter(9)).isEqualTo(Duration.ofMinutes(16));
    assertThat(limits.blockAfter(10)).isEqualTo(Duration.ofMinutes(30));
    assertThat(limits.blockAfter(10_000)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aGuesserGetsFarFewerThanAHundredTriesAnHour() {
    int tries = 0;
    Duration spent = Duration.ZERO;
    while (spent.compareTo(Duration.ofHours(1)) < 0) {
      tries++;
      spent = spent.plus(limits.blockAfter(tries));
    }
    assertThat(tries).isLessThan(20);
  }

  @Test
  void nonsenseLimitsAreRefused() {
    assertThatThrownBy(() -> new LoginLimits(0, Duration.ofMinutes(30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginLimits(5, Duration.ofSeconds(10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
