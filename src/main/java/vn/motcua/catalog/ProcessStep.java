package vn.motcua.catalog;

import java.time.Duration;
import java.util.Objects;
import vn.motcua.organization.OrgUnit;
import vn.motcua.security.Role;

/**
 * One step of a procedure's internal process: what is done, by which role in which kind of unit,
 * within how much working time.
 */
public record ProcessStep(
    String name, Role performerRole, OrgUnit.Kind performerUnit, Duration budget) {

  public ProcessStep {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A process step needs a name");
    }
    Objects.requireNonNull(performerRole, "Step '" + name + "' has no performer role");
    Objects.requireNonNull(performerUnit, "Step '" + name + "' has no performer unit");
    if (budget == null || budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("Step '" + name + "' needs a positive time budget");
    }
  }
}
