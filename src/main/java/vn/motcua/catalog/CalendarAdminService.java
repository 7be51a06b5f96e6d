package vn.motcua.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.security.Role;
import vn.motcua.shared.audit.AuditTrail;
import vn.motcua.shared.problem.BusinessException;

/**
 * The provincial administrator keeps the calendar: per year, which weekdays are days off and which
 * Saturdays or Sundays are make-up working days. Every change is audited. Instances pick a change
 * up within {@code motcua.calendar.refresh-seconds}.
 */
@Stateless
@RolesAllowed(Role.Names.PROVINCIAL_ADMIN)
public class CalendarAdminService {

  static final String SUBJECT = "calendar-day";

  @Inject private CalendarRepository days;
  @Inject private AuditTrail audit;

  public List<CalendarDay> daysOf(int year) {
    return days.daysOf(year);
  }

  /**
   * Makes {@code date} an exception to its week: a day off when it is a weekday, a make-up working
   * day when it falls on a weekend. Renames it when it already is one.
   *
   * @param year the year being edited; the date must be in it
   */
  public CalendarDay setDay(
      int year, @NotNull LocalDate date, @NotBlank @Size(max = 200) String name) {
    requireInYear(year, date);
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    CalendarDay day =
        new CalendarDay(
            date, weekend ? CalendarDay.Kind.WORKING_DAY : CalendarDay.Kind.DAY_OFF, name.strip());
    Optional<CalendarDay> before = days.find(date);
    days.save(day);
    audit.record(
        before.isPresent() ? "CALENDAR_DAY_CHANGED" : "CALENDAR_DAY_ADDED",
        SUBJECT,
        date.toString(),
        before.orElse(null),
        day);
    return day;
  }

  /** Gives {@code date} back to its week: a weekday works, a weekend day rests. */
  public void removeDay(int year, @NotNull LocalDate date) {
    requireInYear(year, date);
    CalendarDay before =
        days.find(date)
            .orElseThrow(
                () ->
                    new BusinessException(
                        BusinessException.Kind.NOT_FOUND,
                        "calendar-day-not-found",
                        date + " is an ordinary day"));
    days.remove(date);
    audit.record("CALENDAR_DAY_REMOVED", SUBJECT, date.toString(), before, null);
  }

  private static void requireInYear(int year, LocalDate date) {
    if (date.getYear() != year) {
      throw new BusinessException(
          BusinessException.Kind.INVALID, "outside-year", date + " is not in " + year);
    }
  }
}
