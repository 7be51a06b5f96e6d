package vn.motcua.dossier;

import java.time.Duration;
import vn.motcua.security.Role;

/**
 * A step of the procedure's internal process with its performer unit resolved for one dossier: the
 * receiving center, the competent agency, or the return center.
 */
public record PlannedStep(int position, String name, Role role, long unitId, Duration budget) {}
