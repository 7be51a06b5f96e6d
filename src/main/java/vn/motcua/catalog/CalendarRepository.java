package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the calendar's days off and make-up days are kept. */
public interface CalendarRepository {

  /** Every exception to the week, in date order. */
  List<CalendarDay> allDays();

  /** Grows with every change of the days: cheap to poll. */
  long revision();

  /** The exceptions of one year, in date order. */
  List<CalendarDay> daysOf(int year);

  Optional<CalendarDay> find(LocalDate date);

  /** Adds the day, or replaces what that date held. */
  void save(CalendarDay day);

  void remove(LocalDate date);
}
