package vn.motcua.catalog;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An exception to the week: a weekday on which offices are closed (a holiday, or a day swapped
 * away), or a Saturday or Sunday on which they work (a make-up day).
 */
public record CalendarDay(LocalDate date, Kind kind, String name) implements Serializable {

  /** What the day is instead of what its weekday says. */
  public enum Kind {
    DAY_OFF,
    WORKING_DAY
  }

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A calendar day needs a name");
    }
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (kind == Kind.DAY_OFF && weekend) {
      throw new IllegalArgumentException(
          date + " is a " + date.getDayOfWeek() + ": already a day off");
    }
    if (kind == Kind.WORKING_DAY && !weekend) {
      throw new IllegalArgumentException(
          date + " is a " + date.getDayOfWeek() + ": already a working day");
    }
  }
}
