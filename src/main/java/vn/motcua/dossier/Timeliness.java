package vn.motcua.dossier;

import java.time.Instant;
import vn.motcua.catalog.WorkingCalendar;

/**
 * Early, on time or late: how a dossier or a step ended against its due instant. The pinned rule of
 * DOMAIN.md ("Measuring"), kept here only: early when finished before the due day, on time when
 * finished on the due day no later than the due instant, late otherwise (days in Vietnam time).
 */
public enum Timeliness {
  EARLY,
  ON_TIME,
  LATE;

  public static Timeliness of(Instant finished, Instant due) {
    if (finished
        .atZone(WorkingCalendar.ZONE)
        .toLocalDate()
        .isBefore(due.atZone(WorkingCalendar.ZONE).toLocalDate())) {
      return EARLY;
    }
    return finished.isAfter(due) ? LATE : ON_TIME;
  }

  /** Counts in the on-time rate's numerator. */
  public boolean inTime() {
    return this != LATE;
  }
}
