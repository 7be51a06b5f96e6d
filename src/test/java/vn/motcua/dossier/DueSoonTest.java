package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.Play.CALENDAR;
import static vn.motcua.dossier.Play.at;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DueSoonTest {

  @Test
  void aShareOfTheBudgetInWorkingTimeFromNow() {
    // A quarter of 8 h is 2 h; of 3 days, 6 h: from Wednesday 29 April 16:00, over 30/4 and 1/5.
    Map<Integer, Instant> soon =
        DueSoon.thresholds(
            List.of(480, 1440), new BigDecimal("0.25"), at("2026-04-29T16:00"), CALENDAR);
    assertThat(soon.get(480)).isEqualTo(at("2026-05-04T08:00"));
    assertThat(soon.get(1440)).isEqualTo(at("2026-05-04T14:00"));
  }

  @Test
  void theShareIsBetweenNoneAndAll() {
    assertThatThrownBy(
            () ->
                DueSoon.thresholds(
                    List.of(480), new BigDecimal("1.5"), at("2026-03-02T08:00"), CALENDAR))
        .hasMessageContaining("between 0 and 1");
  }
}
