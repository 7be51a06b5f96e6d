package vn.motcua.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The two working sessions of a working day, 07:00-11:30 and 13:30-17:00 unless the province sets
 * others. Together they make exactly one working day of 8 hours, because legal times in working
 * days are converted at 8 hours a day.
 */
public record WorkingHours(
    LocalTime morningStart,
    LocalTime morningEnd,
    LocalTime afternoonStart,
    LocalTime afternoonEnd) {

  /** Length of a working day (DOMAIN.md: a working day is 8 working hours). */
  public static final Duration WORKING_DAY = Duration.ofHours(8);

  public static final WorkingHours DEFAULT =
      new WorkingHours(
          LocalTime.of(7, 0), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0));

  public WorkingHours {
    Objects.requireNonNull(morningStart, "morningStart");
    Objects.requireNonNull(morningEnd, "morningEnd");
    Objects.requireNonNull(afternoonStart, "afternoonStart");
    Objects.requireNonNull(afternoonEnd, "afternoonEnd");
    if (!(morningStart.isBefore(morningEnd)
        && !morningEnd.isAfter(afternoonStart)
        && afternoonStart.isBefore(afternoonEnd))) {
      throw new IllegalArgumentException(
          "Working sessions must be in order: morning start < morning end <= afternoon start <"
              + " afternoon end");
    }
    Duration total =
        Duration.between(morningStart, morningEnd)
            .plus(Duration.between(afternoonStart, afternoonEnd));
    if (!total.equals(WORKING_DAY)) {
      throw new IllegalArgumentException(
          "The working sessions must add up to 8 hours, not " + total.toMinutes() + " minutes");
    }
  }

  /**
   * The working time of a number of working days, to the minute; a fraction of a minute rounds up,
   * so that a due instant is never earlier than the law allows.
   */
  public static Duration workingTimeOf(BigDecimal workingDays) {
    if (workingDays.signum() < 0) {
      throw new IllegalArgumentException("A processing time cannot be negative");
    }
    return Duration.ofMinutes(
        workingDays
            .multiply(BigDecimal.valueOf(WORKING_DAY.toMinutes()))
            .setScale(0, RoundingMode.CEILING)
            .longValueExact());
  }

  /**
   * Parses {@code "07:00-11:30,13:30-17:00"}, the form of the configuration key.
   *
   * @throws IllegalArgumentException when the text is not two sessions of 8 hours in all
   */
  public static WorkingHours parse(String text) {
    String[] sessions = text.strip().split("\\s*,\\s*");
    if (sessions.length != 2) {
      throw new IllegalArgumentException("Expected two sessions like 07:00-11:30,13:30-17:00");
    }
    String[] morning = sessions[0].split("\\s*-\\s*");
    String[] afternoon = sessions[1].split("\\s*-\\s*");
    if (morning.length != 2 || afternoon.length != 2) {
      throw new IllegalArgumentException("Expected two sessions like 07:00-11:30,13:30-17:00");
    }
    try {
      return new WorkingHours(
          LocalTime.parse(morning[0]),
          LocalTime.parse(morning[1]),
          LocalTime.parse(afternoon[0]),
          LocalTime.parse(afternoon[1]));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("Not a time of day: " + e.getParsedString(), e);
    }
  }
}
