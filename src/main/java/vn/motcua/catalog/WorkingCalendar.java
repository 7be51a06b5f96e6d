package vn.motcua.catalog;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The working time of the province: which days are working days and which hours of them count, and
 * the rules that turn a legal processing time into a due instant. Immutable; built from the days
 * the administrator keeps and the configured working hours.
 *
 * <p>The rules, pinned by DOMAIN.md ("Time: working days") and kept in this one class:
 *
 * <ol>
 *   <li>Working days are Monday to Friday, less the days off, plus the make-up working days.
 *   <li>A working day is 8 working hours in two sessions (default 07:00-11:30, 13:30-17:00), in the
 *       province's time zone (Asia/Ho_Chi_Minh).
 *   <li>The clock starts when the dossier is received if that is within a session; during the lunch
 *       break at the afternoon session's start; before the morning session at its start; after the
 *       afternoon session or on a day off at the next working day's start.
 *   <li>A time in working days counts 8 working hours a day, to the minute (a fraction of a minute
 *       rounds up: a due instant is never earlier than the law allows). A due instant therefore
 *       always falls within a session of a working day, never on a day off; time that runs out
 *       exactly at the end of a session is due at that end.
 *   <li>Same-day procedures: received (clock start) no later than the cut-off, due at the end of
 *       that working day; after it, at the end of the next working day.
 *   <li>Pauses (supplement, financial obligation) stop the clock: the working time left at the
 *       pause starts again when the clock restarts on resumption.
 * </ol>
 */
public final class WorkingCalendar {

  /** The province's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final WorkingHours hours;
  private final Set<LocalDate> daysOff = new HashSet<>();
  private final Set<LocalDate> makeUpDays = new HashSet<>();

  public WorkingCalendar(WorkingHours hours, Collection<CalendarDay> days) {
    this.hours = Objects.requireNonNull(hours);
    for (CalendarDay day : days) {
      (day.kind() == CalendarDay.Kind.DAY_OFF ? daysOff : makeUpDays).add(day.date());
    }
  }

  public WorkingHours hours() {
    return hours;
  }

  /** Rule 1. */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    return weekend ? makeUpDays.contains(date) : !daysOff.contains(date);
  }

  /** The first working day strictly after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate next = date.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** Rule 3: the instant the clock starts for something received at {@code received}. */
  public Instant clockStart(Instant received) {
    ZonedDateTime at = received.atZone(ZONE);
    LocalDate date = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    if (isWorkingDay(date)) {
      if (time.isBefore(hours.morningStart())) {
        return at(date, hours.morningStart());
      }
      if (time.isBefore(hours.morningEnd())) {
        return received;
      }
      if (time.isBefore(hours.afternoonStart())) {
        return at(date, hours.afternoonStart());
      }
      if (time.isBefore(hours.afternoonEnd())) {
        return received;
      }
    }
    return at(nextWorkingDay(date), hours.morningStart());
  }

  /** Rule 4: due after a legal time in working days (decimals allowed, e.g. 0.5). */
  public Instant dueAfterWorkingDays(Instant received, BigDecimal workingDays) {
    return addWorkingTime(received, WorkingHours.workingTimeOf(workingDays));
  }

  /** Rule 4: due after a legal time in working hours. */
  public Instant dueAfterWorkingHours(Instant received, int workingHours) {
    if (workingHours < 0) {
      throw new IllegalArgumentException("A processing time cannot be negative");
    }
    return addWorkingTime(received, Duration.ofHours(workingHours));
  }

  /** Rule 5: due for a same-day procedure with this cut-off time. */
  public Instant dueSameDay(Instant received, LocalTime cutOff) {
    ZonedDateTime start = clockStart(received).atZone(ZONE);
    LocalDate day = start.toLocalDate();
    if (start.toLocalTime().isAfter(cutOff)) {
      day = nextWorkingDay(day);
    }
    return at(day, hours.afternoonEnd());
  }

  /**
   * Rule 6: the new due instant when a paused dossier resumes. The working time that was left
   * between the pause and the old due instant runs again from the resumption. Paused when already
   * overdue, it stays as overdue as it was: the due instant moves by the paused working time.
   */
  public Instant resume(Instant due, Instant pausedAt, Instant resumedAt) {
    if (resumedAt.isBefore(pausedAt)) {
      throw new IllegalArgumentException("A pause cannot end before it starts");
    }
    if (!pausedAt.isBefore(due)) {
      Duration paused = workingTimeBetween(pausedAt, resumedAt);
      return paused.isZero() ? due : addWorkingTime(due, paused);
    }
    return addWorkingTime(resumedAt, workingTimeBetween(pausedAt, due));
  }

  /**
   * Adds working time from the clock start of {@code from}: the instant at which that much working
   * time has passed.
   */
  public Instant addWorkingTime(Instant from, Duration workingTime) {
    ZonedDateTime cursor = clockStart(from).atZone(ZONE);
    long remaining = workingTime.toSeconds();
    LocalDate date = cursor.toLocalDate();
    LocalTime time = cursor.toLocalTime();
    while (true) {
      for (LocalTime[] session : sessions()) {
        if (!time.isBefore(session[1])) {
          continue;
        }
        LocalTime start = time.isAfter(session[0]) ? time : session[0];
        long available = Duration.between(start, session[1]).toSeconds();
        if (remaining <= available) {
          return at(date, start).plusSeconds(remaining);
        }
        remaining -= available;
        time = session[1];
      }
      date = nextWorkingDay(date);
      time = hours.morningStart();
    }
  }

  /** The working time between two instants: the part of [from, to) that falls within sessions. */
  public Duration workingTimeBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    long seconds = 0;
    Instant cursor = clockStart(from);
    while (cursor.isBefore(to)) {
      ZonedDateTime at = cursor.atZone(ZONE);
      LocalTime sessionEnd =
          at.toLocalTime().isBefore(hours.morningEnd()) ? hours.morningEnd() : hours.afternoonEnd();
      Instant end = at(at.toLocalDate(), sessionEnd);
      Instant stop = end.isBefore(to) ? end : to;
      seconds += Duration.between(cursor, stop).toSeconds();
      cursor = clockStart(end);
    }
    return Duration.ofSeconds(seconds);
  }

  private LocalTime[][] sessions() {
    return new LocalTime[][] {
      {hours.morningStart(), hours.morningEnd()}, {hours.afternoonStart(), hours.afternoonEnd()}
    };
  }

  private static Instant at(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(ZONE).toInstant();
  }
}
