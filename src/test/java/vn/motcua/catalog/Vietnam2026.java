package vn.motcua.catalog;

import static vn.motcua.catalog.CalendarDay.Kind.DAY_OFF;
import static vn.motcua.catalog.CalendarDay.Kind.WORKING_DAY;

import java.time.LocalDate;
import java.util.List;

/** The 2026 days off and make-up days of ../shared/data/holidays/vietnam-2026.csv, for tests. */
public final class Vietnam2026 {

  public static final List<CalendarDay> DAYS =
      List.of(
          day("2026-01-01", DAY_OFF, "Tết Dương lịch"),
          day("2026-01-02", DAY_OFF, "Tết Dương lịch - swapped with Saturday 2026-01-10"),
          day("2026-01-10", WORKING_DAY, "Make-up working Saturday for 2026-01-02"),
          day("2026-02-16", DAY_OFF, "Tết Nguyên đán Bính Ngọ"),
          day("2026-02-17", DAY_OFF, "Tết Nguyên đán Bính Ngọ"),
          day("2026-02-18", DAY_OFF, "Tết Nguyên đán Bính Ngọ"),
          day("2026-02-19", DAY_OFF, "Tết Nguyên đán Bính Ngọ"),
          day("2026-02-20", DAY_OFF, "Tết Nguyên đán Bính Ngọ"),
          day("2026-04-27", DAY_OFF, "Giỗ Tổ Hùng Vương (compensatory day)"),
          day("2026-04-30", DAY_OFF, "Ngày Chiến thắng"),
          day("2026-05-01", DAY_OFF, "Quốc tế Lao động"),
          day("2026-08-22", WORKING_DAY, "Make-up working Saturday for 2026-08-31"),
          day("2026-08-31", DAY_OFF, "Quốc khánh - swapped with Saturday 2026-08-22"),
          day("2026-09-01", DAY_OFF, "Quốc khánh"),
          day("2026-09-02", DAY_OFF, "Quốc khánh"));

  public static final WorkingCalendar CALENDAR = new WorkingCalendar(WorkingHours.DEFAULT, DAYS);

  private Vietnam2026() {}

  private static CalendarDay day(String date, CalendarDay.Kind kind, String name) {
    return new CalendarDay(LocalDate.parse(date), kind, name);
  }
}
