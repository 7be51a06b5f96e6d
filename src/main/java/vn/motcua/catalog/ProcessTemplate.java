package vn.motcua.catalog;

import java.time.Duration;
import java.util.List;

/**
 * A procedure's internal process: ordered steps whose time budgets add up exactly to the legal
 * processing time, so that a dossier whose steps all finish within budget is on time.
 */
public record ProcessTemplate(List<ProcessStep> steps) {

  public ProcessTemplate {
    if (steps == null || steps.isEmpty()) {
      throw new IllegalArgumentException("An internal process needs at least one step");
    }
    steps = List.copyOf(steps);
  }

  /** The sum of the step budgets. */
  public Duration totalBudget() {
    return steps.stream().map(ProcessStep::budget).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Checks the budgets against the legal time.
   *
   * @throws IllegalArgumentException naming both totals when they differ
   */
  public void requireBudgetsMatch(ProcessingTime legalTime) {
    Duration legal = legalTime.workingTime();
    Duration total = totalBudget();
    if (!total.equals(legal)) {
      throw new IllegalArgumentException(
          "The step budgets add up to "
              + hours(total)
              + " working hours, the legal processing time is "
              + hours(legal));
    }
  }

  private static String hours(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes % 60 == 0
        ? String.valueOf(minutes / 60)
        : String.format("%d:%02d", minutes / 60, minutes % 60);
  }
}
