package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The calendar's rules hold for every reception instant (any minute from December 2025 to the end
 * of 2026, weekends and holidays included) and every processing time up to 40 working days.
 */
class WorkingCalendarProperties {

  private static final Instant FIRST = Instant.parse("2025-12-01T00:00:00Z");
  private static final int MINUTES = 400 * 24 * 60;

  private final WorkingCalendar calendar = Vietnam2026.CALENDAR;
  private final WorkingHours hours = WorkingHours.DEFAULT;

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.integers().between(0, MINUTES).map(m -> FIRST.plusSeconds(60L * m));
  }

  @Property
  void theClockStartsWithinASessionOfAWorkingDayAndNeverEarly(
      @ForAll("instants") Instant received) {
    Instant start = calendar.clockStart(received);
    assertThat(start).isAfterOrEqualTo(received);
    assertWithinSession(start, false);
    assertThat(calendar.clockStart(start)).isEqualTo(start);
  }

  @Property
  void aDueInstantIsAlwaysWithinASessionOfAWorkingDay(
      @ForAll("instants") Instant received, @ForAll @IntRange(max = 40 * 480) int minutes) {
    assertWithinSession(calendar.addWorkingTime(received, Duration.ofMinutes(minutes)), true);
  }

  @Property
  void exactlyTheProcessingTimeIsWorkedBetweenClockStartAndDue(
      @ForAll("instants") Instant received, @ForAll @IntRange(max = 40 * 480) int minutes) {
    Instant due = calendar.addWorkingTime(received, Duration.ofMinutes(minutes));
    assertThat(calendar.workingTimeBetween(received, due)).isEqualTo(Duration.ofMinutes(minutes));
  }

  @Property
  void processingTimesAddUp(
      @ForAll("instants") Instant received,
      @ForAll @IntRange(max = 20 * 480) int first,
      @ForAll @IntRange(min = 1, max = 20 * 480) int second) {
    Instant stepwise =
        calendar.addWorkingTime(
            calendar.addWorkingTime(received, Duration.ofMinutes(first)),
            Duration.ofMinutes(second));
    assertThat(stepwise)
        .isEqualTo(calendar.addWorkingTime(received, Duration.ofMinutes(first + second)));
  }

  @Property
  void laterReceptionOrLongerTimeIsNeverDueEarlier(
      @ForAll("instants") Instant a,
      @ForAll("instants") Instant b,
      @ForAll @IntRange(max = 20 * 480) int shorter,
      @ForAll @IntRange(max = 480) int extra) {
    Instant earlier = a.isBefore(b) ? a : b;
    Instant later = a.isBefore(b) ? b : a;
    Duration time = Duration.ofMinutes(shorter);
    assertThat(calendar.addWorkingTime(later, time))
        .isAfterOrEqualTo(calendar.addWorkingTime(earlier, time));
    assertThat(calendar.addWorkingTime(earlier, time.plusMinutes(extra)))
        .isAfterOrEqualTo(calendar.addWorkingTime(earlier, time));
  }

  @Property
  void aPauseMovesTheDueInstantByExactlyTheWorkingTimeItLasted(
      @ForAll("instants") Instant received,
      @ForAll @IntRange(min = 1, max = 20 * 480) int minutes,
      @ForAll @IntRange(max = 20 * 480) int usedBeforePause,
      @ForAll @IntRange(max = 30 * 24 * 60) int pauseLength) {
    Instant due = calendar.addWorkingTime(received, Duration.ofMinutes(minutes));
    Instant pausedAt =
        calendar.addWorkingTime(received, Duration.ofMinutes(Math.min(usedBeforePause, minutes)));
    Instant resumedAt = pausedAt.plus(Duration.ofMinutes(pauseLength));

    Instant newDue = calendar.resume(due, pausedAt, resumedAt);

    assertThat(newDue).isAfterOrEqualTo(due);
    assertThat(calendar.workingTimeBetween(resumedAt, newDue))
        .isEqualTo(calendar.workingTimeBetween(pausedAt, due));
    assertWithinSession(newDue, true);
  }

  private void assertWithinSession(Instant instant, boolean endsIncluded) {
    ZonedDateTime at = instant.atZone(WorkingCalendar.ZONE);
    assertThat(calendar.isWorkingDay(at.toLocalDate())).as("%s is a working day", at).isTrue();
    LocalTime t = at.toLocalTime();
    boolean morning = within(t, hours.morningStart(), hours.morningEnd(), endsIncluded);
    boolean afternoon = within(t, hours.afternoonStart(), hours.afternoonEnd(), endsIncluded);
    assertThat(morning || afternoon).as("%s is within a working session", at).isTrue();
  }

  private static boolean within(LocalTime t, LocalTime start, LocalTime end, boolean endIncluded) {
    return !t.isBefore(start) && (t.isBefore(end) || (endIncluded && t.equals(end)));
  }
}
