package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each pinned time rule of DOMAIN.md, on the real 2026 calendar. */
class WorkingCalendarTest {

  private final WorkingCalendar calendar = Vietnam2026.CALENDAR;

  private static Instant at(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
  }

  private static String local(Instant instant) {
    return instant.atZone(WorkingCalendar.ZONE).toLocalDateTime().toString();
  }

  @Nested
  class WorkingDays {

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
      "2026-03-02, true", // an ordinary Monday
      "2026-03-07, false", // an ordinary Saturday
      "2026-03-08, false", // an ordinary Sunday
      "2026-01-01, false", // New Year
      "2026-01-02, false", // swapped away
      "2026-01-10, true", // make-up Saturday
      "2026-02-16, false", // Tết
      "2026-02-20, false", // Tết
      "2026-02-23, true", // first day back after Tết
      "2026-04-27, false", // Hung Kings, compensatory Monday
      "2026-08-22, true", // make-up Saturday
      "2026-08-31, false", // swapped away
      "2026-09-02, false" // National Day
    })
    void followTheWeekAndTheExceptions(LocalDate date, boolean working) {
      assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void nextWorkingDaySkipsTet() {
      assertThat(calendar.nextWorkingDay(LocalDate.parse("2026-02-13")))
          .isEqualTo(LocalDate.parse("2026-02-23"));
    }
  }

  @Nested
  class ClockStart {

    @ParameterizedTest(name = "received {0} -> clock starts {1}")
    @CsvSource({
      "2026-03-02T09:15, 2026-03-02T09:15", // within the morning
      "2026-03-02T06:30, 2026-03-02T07:00", // before opening
      "2026-03-02T11:30, 2026-03-02T13:30", // at lunch
      "2026-03-02T12:10, 2026-03-02T13:30", // during lunch
      "2026-03-02T13:30, 2026-03-02T13:30", // afternoon start
      "2026-03-02T16:59, 2026-03-02T16:59", // last minute
      "2026-03-02T17:00, 2026-03-03T07:00", // at closing
      "2026-03-02T21:00, 2026-03-03T07:00", // in the evening
      "2026-03-06T17:30, 2026-03-09T07:00", // Friday evening -> Monday
      "2026-03-07T10:00, 2026-03-09T07:00", // Saturday
      "2026-01-09T18:00, 2026-01-10T07:00", // Friday evening -> make-up Saturday
      "2026-02-13T17:01, 2026-02-23T07:00", // before Tết -> after Tết
      "2026-04-29T17:30, 2026-05-04T07:00" // 30/4 and 1/5, then the weekend
    })
    void followsTheReceptionRules(String received, String start) {
      assertThat(local(calendar.clockStart(at(received)))).isEqualTo(start);
    }
  }

  @Nested
  class DueInWorkingDays {

    @ParameterizedTest(name = "received {0} + {1} working days -> due {2}")
    @CsvSource({
      "2026-03-02T09:00, 1, 2026-03-03T09:00", // 6 h today, 2 h tomorrow
      "2026-03-02T07:00, 1, 2026-03-02T17:00", // a whole day ends at closing, not next morning
      "2026-03-02T07:00, 0.5, 2026-03-02T11:00",
      "2026-03-02T09:00, 0.5, 2026-03-02T15:00", // 2.5 h morning + 1.5 h afternoon
      "2026-03-02T07:30, 0.5, 2026-03-02T11:30", // runs out exactly at the end of the morning
      "2026-03-02T12:00, 1, 2026-03-03T11:30", // from 13:30; runs out at the end of a morning
      "2026-03-06T16:00, 1, 2026-03-09T16:00", // over a weekend
      "2026-02-13T10:00, 1, 2026-02-23T10:00", // over Tết
      "2026-01-09T16:00, 1, 2026-01-10T16:00", // into the make-up Saturday
      "2025-12-31T16:00, 1, 2026-01-05T16:00", // over New Year
      "2026-08-28T09:00, 3, 2026-09-07T09:00", // over the National Day break
      "2026-03-02T10:00, 0, 2026-03-02T10:00",
      "2026-03-02T18:00, 0, 2026-03-03T07:00", // nothing to do, but not before the clock starts
      "2026-03-02T07:00, 10, 2026-03-13T17:00" // two working weeks
    })
    void countEightWorkingHoursADay(String received, BigDecimal days, String due) {
      assertThat(local(calendar.dueAfterWorkingDays(at(received), days))).isEqualTo(due);
    }

    @Test
    void aFractionOfAMinuteRoundsUp() {
      // 1/3 day = 160 minutes exactly; 0.333 day = 159.84 minutes -> 160.
      assertThat(
              local(calendar.dueAfterWorkingDays(at("2026-03-02T07:00"), new BigDecimal("0.333"))))
          .isEqualTo("2026-03-02T09:40");
    }

    @Test
    void negativeTimeIsRefused() {
      assertThatThrownBy(
              () -> calendar.dueAfterWorkingDays(at("2026-03-02T07:00"), new BigDecimal("-1")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class DueInWorkingHours {

    @ParameterizedTest(name = "received {0} + {1} working hours -> due {2}")
    @CsvSource({
      "2026-03-02T10:00, 1, 2026-03-02T11:00",
      "2026-03-02T11:00, 1, 2026-03-02T14:00", // lunch does not count
      "2026-03-02T16:30, 4, 2026-03-03T10:30",
      "2026-02-13T16:00, 2, 2026-02-23T08:00"
    })
    void countWorkingHours(String received, int hours, String due) {
      assertThat(local(calendar.dueAfterWorkingHours(at(received), hours))).isEqualTo(due);
    }
  }

  @Nested
  class SameDay {

    private final LocalTime cutOff = LocalTime.of(15, 0);

    @ParameterizedTest(name = "same day, received {0} -> due {1}")
    @CsvSource({
      "2026-03-02T08:00, 2026-03-02T17:00",
      "2026-03-02T15:00, 2026-03-02T17:00", // at the cut-off still counts
      "2026-03-02T15:01, 2026-03-03T17:00", // after the cut-off: next working day
      "2026-03-02T18:00, 2026-03-03T17:00", // after hours: the clock starts tomorrow morning
      "2026-03-06T16:00, 2026-03-09T17:00", // Friday afternoon -> Monday
      "2026-03-07T10:00, 2026-03-09T17:00" // Saturday -> Monday
    })
    void followsTheCutOff(String received, String due) {
      assertThat(local(calendar.dueSameDay(at(received), cutOff))).isEqualTo(due);
    }
  }

  @Nested
  class Pauses {

    @Test
    void aSupplementRequestMovesTheAppointmentByThePausedWorkingTime() {
      // Received Monday 09:00 for 3 days: due Thursday 09:00.
      Instant due = calendar.dueAfterWorkingDays(at("2026-03-02T09:00"), BigDecimal.valueOf(3));
      assertThat(local(due)).isEqualTo("2026-03-05T09:00");

      // Paused Tuesday 10:00 (1 day 1 h used, 1 day 7 h left), resumed Friday 14:00.
      Instant resumed = calendar.resume(due, at("2026-03-03T10:00"), at("2026-03-06T14:00"));

      // 3 h Friday, then 8 h Monday, then 4 h Tuesday.
      assertThat(local(resumed)).isEqualTo("2026-03-10T11:00");
    }

    @Test
    void aPauseOverTetAddsNoTetDays() {
      Instant due = calendar.dueAfterWorkingDays(at("2026-02-11T07:00"), BigDecimal.valueOf(2));
      assertThat(local(due)).isEqualTo("2026-02-12T17:00");

      // Paused Wednesday 17:00 with a whole day left; resumed on the first day after Tết.
      Instant resumed = calendar.resume(due, at("2026-02-11T17:00"), at("2026-02-23T07:00"));

      assertThat(local(resumed)).isEqualTo("2026-02-23T17:00");
    }

    @Test
    void resumingOutsideWorkingHoursRestartsAtTheNextSession() {
      Instant due = calendar.dueAfterWorkingDays(at("2026-03-02T07:00"), BigDecimal.ONE);
      Instant resumed = calendar.resume(due, at("2026-03-02T11:00"), at("2026-03-04T20:00"));
      // 4 h used before the pause, 4 h left from Thursday 07:00.
      assertThat(local(resumed)).isEqualTo("2026-03-05T11:00");
    }

    @Test
    void aPauseOfSomethingOverdueKeepsItOverdue() {
      // Due Monday 11:00, paused Tuesday 08:00, resumed Wednesday 08:00: 8 h later, still late.
      Instant resumed =
          calendar.resume(at("2026-03-02T11:00"), at("2026-03-03T08:00"), at("2026-03-04T08:00"));
      assertThat(local(resumed)).isEqualTo("2026-03-03T11:00");
      assertThat(resumed).isBefore(at("2026-03-04T08:00"));
    }

    @Test
    void aPauseCannotEndBeforeItStarts() {
      assertThatThrownBy(
              () ->
                  calendar.resume(
                      at("2026-03-05T09:00"), at("2026-03-03T10:00"), at("2026-03-03T09:00")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class WorkingTime {

    @Test
    void countsOnlySessionsOfWorkingDays() {
      assertThat(calendar.workingTimeBetween(at("2026-03-02T07:00"), at("2026-03-02T17:00")))
          .isEqualTo(Duration.ofHours(8));
      assertThat(calendar.workingTimeBetween(at("2026-03-02T11:00"), at("2026-03-02T14:00")))
          .isEqualTo(Duration.ofHours(1));
      assertThat(calendar.workingTimeBetween(at("2026-02-13T16:00"), at("2026-02-23T08:00")))
          .isEqualTo(Duration.ofHours(2));
      assertThat(calendar.workingTimeBetween(at("2026-03-03T10:00"), at("2026-03-02T10:00")))
          .isZero();
    }
  }

  @Nested
  class Configuration {

    @Test
    void workingHoursParseFromConfiguration() {
      assertThat(WorkingHours.parse("07:00-11:30, 13:30-17:00")).isEqualTo(WorkingHours.DEFAULT);
      assertThat(WorkingHours.parse("07:30-11:30,13:00-17:00").afternoonStart())
          .isEqualTo(LocalTime.of(13, 0));
    }

    @Test
    void workingHoursMustMakeEightHours() {
      assertThatThrownBy(() -> WorkingHours.parse("07:00-11:00,13:30-17:00"))
          .hasMessageContaining("8 hours");
      assertThatThrownBy(() -> WorkingHours.parse("13:30-17:00,07:00-11:30"))
          .hasMessageContaining("order");
      assertThatThrownBy(() -> WorkingHours.parse("7h-11h30"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionsMustChangeSomething() {
      assertThatThrownBy(
              () -> new CalendarDay(LocalDate.parse("2026-03-07"), CalendarDay.Kind.DAY_OFF, "x"))
          .hasMessageContaining("already a day off");
      assertThatThrownBy(
              () ->
                  new CalendarDay(LocalDate.parse("2026-03-06"), CalendarDay.Kind.WORKING_DAY, "x"))
          .hasMessageContaining("already a working day");
      assertThat(
              new WorkingCalendar(WorkingHours.DEFAULT, List.of())
                  .isWorkingDay(LocalDate.parse("2026-01-01")))
          .as("without its days off, New Year is a Thursday like any other")
          .isTrue();
    }
  }
}
