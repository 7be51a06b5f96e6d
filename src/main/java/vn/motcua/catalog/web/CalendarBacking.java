package vn.motcua.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import vn.motcua.catalog.CalendarAdminService;
import vn.motcua.catalog.CalendarDay;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.shared.problem.BusinessException;

/**
 * The calendar year view: the administrator picks a day and makes it a day off (a weekday) or a
 * make-up working day (a weekend day), or gives it back to its week. Holds the year, the year's
 * exceptions and the day being edited; the month grids are rebuilt from them.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One cell of a month grid; {@code date} is null for the blanks before the 1st. */
  public record Cell(LocalDate date, String styleClass, String title) implements Serializable {}

  /** One month: its number and its weeks, Monday first. */
  public record Month(int number, List<List<Cell>> weeks) implements Serializable {}

  @Inject private CalendarAdminService calendar;

  private int year;
  private Map<LocalDate, CalendarDay> exceptions = new HashMap<>();
  private LocalDate selected;
  private String name;

  @PostConstruct
  void init() {
    year = LocalDate.now(WorkingCalendar.ZONE).getYear();
    load();
  }

  private void load() {
    exceptions = new HashMap<>();
    calendar.daysOf(year).forEach(day -> exceptions.put(day.date(), day));
  }

  public void previousYear() {
    year--;
    load();
  }

  public void nextYear() {
    year++;
    load();
  }

  /** Opens the day the clicked link names (request parameter {@code date}) for editing. */
  public void select() {
    String date =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("date");
    try {
      selected = LocalDate.parse(date);
    } catch (RuntimeException e) {
      selected = null; // only a hand-made request gets here; the dialog then saves nothing
      return;
    }
    CalendarDay day = exceptions.get(selected);
    name = day == null ? "" : day.name();
  }

  public void save() {
    if (selected == null) {
      return;
    }
    try {
      calendar.setDay(year, selected, name);
      load();
      info("calendar.saved");
    } catch (BusinessException e) {
      error(e.getMessage());
    }
  }

  public void remove() {
    if (selected == null) {
      return;
    }
    try {
      calendar.removeDay(year, selected);
      load();
      info("calendar.removed");
    } catch (BusinessException e) {
      error(e.getMessage());
    }
  }

  public List<Month> getMonths() {
    List<Month> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      List<List<Cell>> weeks = new ArrayList<>();
      LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      for (LocalDate start = monday;
          !start.isAfter(month.atEndOfMonth());
          start = start.plusWeeks(1)) {
        List<Cell> week = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
          LocalDate date = start.plusDays(d);
          week.add(
              YearMonth.from(date).equals(month) ? cell(date) : new Cell(null, "mc-day-blank", ""));
        }
        weeks.add(week);
      }
      months.add(new Month(m, weeks));
    }
    return months;
  }

  private Cell cell(LocalDate date) {
    CalendarDay day = exceptions.get(date);
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (day != null) {
      String style = day.kind() == CalendarDay.Kind.DAY_OFF ? "mc-day-off" : "mc-day-makeup";
      return new Cell(date, style, day.name());
    }
    return new Cell(date, weekend ? "mc-day-weekend" : "mc-day-working", "");
  }

  /** Whether the selected day is already an exception (it can then be removed). */
  public boolean isSelectedException() {
    return selected != null && exceptions.containsKey(selected);
  }

  /** Whether the selected day would become a day off (else a make-up working day). */
  public boolean isSelectedWeekday() {
    return selected != null
        && selected.getDayOfWeek() != DayOfWeek.SATURDAY
        && selected.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static void info(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle.getString(key), null));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public int getYear() {
    return year;
  }

  public LocalDate getSelected() {
    return selected;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
