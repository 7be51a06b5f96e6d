package vn.motcua.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A procedure's legal processing time: working days (decimals allowed), working hours, or the same
 * working day with a cut-off time. Exactly one of the three.
 */
public record ProcessingTime(
    BigDecimal workingDays, Integer workingHours, LocalTime sameDayCutOff) {

  public ProcessingTime {
    int given =
        (workingDays == null ? 0 : 1)
            + (workingHours == null ? 0 : 1)
            + (sameDayCutOff == null ? 0 : 1);
    if (given != 1) {
      throw new IllegalArgumentException(
          "A processing time is exactly one of working days, working hours or same day");
    }
    if (workingDays != null && (workingDays.signum() <= 0 || workingDays.scale() > 3)) {
      throw new IllegalArgumentException("Working days must be positive, with at most 3 decimals");
    }
    if (workingDays != null) {
      // 3, 3.0 and 3.000 (numeric(6, 3) in the database) are the same time: one value for equals.
      workingDays = workingDays.stripTrailingZeros();
      if (workingDays.scale() < 0) {
        workingDays = workingDays.setScale(0);
      }
    }
    if (workingHours != null && workingHours <= 0) {
      throw new IllegalArgumentException("Working hours must be positive");
    }
  }

  public static ProcessingTime ofWorkingDays(BigDecimal days) {
    return new ProcessingTime(Objects.requireNonNull(days), null, null);
  }

  public static ProcessingTime ofWorkingHours(int hours) {
    return new ProcessingTime(null, hours, null);
  }

  public static ProcessingTime sameDay(LocalTime cutOff) {
    return new ProcessingTime(null, null, Objects.requireNonNull(cutOff));
  }

  /**
   * The working time the internal process may spend: what the step budgets must add up to. A
   * same-day procedure has one working day at the most (pinned: its steps share that day).
   */
  public Duration workingTime() {
    if (workingDays != null) {
      return WorkingHours.workingTimeOf(workingDays);
    }
    if (workingHours != null) {
      return Duration.ofHours(workingHours);
    }
    return WorkingHours.WORKING_DAY;
  }

  /** When something received at {@code received} is due, on this calendar. */
  public Instant dueAt(WorkingCalendar calendar, Instant received) {
    if (workingDays != null) {
      return calendar.dueAfterWorkingDays(received, workingDays);
    }
    if (workingHours != null) {
      return calendar.dueAfterWorkingHours(received, workingHours);
    }
    return calendar.dueSameDay(received, sameDayCutOff);
  }
}
