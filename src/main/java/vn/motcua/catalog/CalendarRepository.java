package vn.motcua.catalog;

import java.util.List;

/** Where the calendar's days off and make-up days are kept. */
public interface CalendarRepository {

  /** Every exception to the week, in date order. */
  List<CalendarDay> allDays();

  /** Grows with every change of the days: cheap to poll. */
  long revision();
}
