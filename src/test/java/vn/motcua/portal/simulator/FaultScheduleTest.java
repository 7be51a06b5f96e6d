package vn.motcua.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.SettableClock;

/** A fault mode lasts its seconds or its calls, then the portal answers normally by itself. */
class FaultScheduleTest {

  private final SettableClock clock = new SettableClock();
  private final FaultSchedule schedule = new FaultSchedule(clock);

  @Test
  void itStartsNormal() {
    assertThat(schedule.now().mode()).isEqualTo(FaultMode.NORMAL);
    assertThat(schedule.take().mode()).isEqualTo(FaultMode.NORMAL);
  }

  @Test
  void aFaultForSomeSecondsEndsAtItsInstant() {
    Fault set = schedule.set(FaultMode.SERVER_ERROR, Duration.ofSeconds(30), null, 0);
    assertThat(set.until()).isEqualTo(clock.instant().plusSeconds(30));

    clock.advance(Duration.ofSeconds(29));
    assertThat(schedule.take().mode()).isEqualTo(FaultMode.SERVER_ERROR);
    assertThat(schedule.take().mode())
        .as("time, not calls, bounds it")
        .isEqualTo(FaultMode.SERVER_ERROR);

    clock.advance(Duration.ofSeconds(1));
    assertThat(schedule.now().mode()).isEqualTo(FaultMode.NORMAL);
    assertThat(schedule.now().since()).isEqualTo(clock.instant());
    assertThat(schedule.take().mode()).isEqualTo(FaultMode.NORMAL);
  }

  @Test
  void aFaultForSomeCallsAppliesToExactlyThatMany() {
    schedule.set(FaultMode.ERROR_REPLY, null, 3, 0);

    assertThat(schedule.take().callsLeft()).isEqualTo(3);
    assertThat(schedule.now().callsLeft()).isEqualTo(2);
    assertThat(schedule.take().mode()).isEqualTo(FaultMode.ERROR_REPLY);
    assertThat(schedule.take().mode()).isEqualTo(FaultMode.ERROR_REPLY);
    assertThat(schedule.now().mode()).isEqualTo(FaultMode.NORMAL);
    assertThat(schedule.take().mode()).isEqualTo(FaultMode.NORMAL);
  }

  @Test
  void aFaultWithoutBoundsLastsUntilNormalIsRestored() {
    schedule.set(FaultMode.TIMEOUT, null, null, 1500);

    clock.advance(Duration.ofDays(2));
    Fault taken = schedule.take();
    assertThat(taken.mode()).isEqualTo(FaultMode.TIMEOUT);
    assertThat(taken.delayMillis()).isEqualTo(1500);

    schedule.set(FaultMode.NORMAL, Duration.ofSeconds(5), 3, 99);
    Fault normal = schedule.take();
    assertThat(normal.mode()).isEqualTo(FaultMode.NORMAL);
    assertThat(normal.until()).isNull();
    assertThat(normal.callsLeft()).isNull();
    assertThat(normal.delayMillis()).isZero();
  }

  @Test
  void onlyATimeoutHoldsItsAnswerBack() {
    assertThat(schedule.set(FaultMode.SERVER_ERROR, null, 1, 5000).delayMillis()).isZero();
  }

  @Test
  void boundsMustBeOneOrTheOtherAndPositive() {
    assertThatThrownBy(() -> schedule.set(FaultMode.SERVER_ERROR, Duration.ofSeconds(1), 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> schedule.set(FaultMode.SERVER_ERROR, Duration.ZERO, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> schedule.set(FaultMode.SERVER_ERROR, null, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> schedule.set(FaultMode.TIMEOUT, null, null, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(schedule.now().mode()).isEqualTo(FaultMode.NORMAL);
  }
}
