package vn.motcua.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.catalog.WorkingCalendar;

/**
 * When something is due soon: when less than a share of its budget (in working time) is left. For
 * each budget, the latest due instant that is due soon now; so the deadline watch flags all open
 * steps of the province with one set-based update instead of one computation per step.
 */
public final class DueSoon {

  private DueSoon() {}

  /**
   * @param share the share of the budget under which something is due soon, 0 to 1
   * @return for each budget (working minutes), the due instants up to which it is due soon
   */
  public static Map<Integer, Instant> thresholds(
      Collection<Integer> budgets, BigDecimal share, Instant now, WorkingCalendar calendar) {
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("The due-soon share is between 0 and 1, not " + share);
    }
    Map<Integer, Instant> thresholds = new LinkedHashMap<>();
    for (int budget : budgets) {
      long minutes =
          share.multiply(BigDecimal.valueOf(budget)).setScale(0, RoundingMode.CEILING).longValue();
      thresholds.put(budget, calendar.addWorkingTime(now, Duration.ofMinutes(minutes)));
    }
    return thresholds;
  }
}
