package vn.motcua.dossier.internal;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.api.migration.Context;
import vn.motcua.shared.persistence.DemoData;
import vn.motcua.shared.persistence.DemoMigration;

/**
 * Demo dossiers: a few hundred received over the last four months across centers, procedures and
 * channels, half of them from Hồng Gai, where the demo accounts work, so that their inboxes, the
 * dashboards and the search have something to show: returned, finished, under way, paused, refused,
 * withdrawn, stopped; early, on time and late, some overdue now.
 */
@Dependent
@DemoData
public class DemoDossiers extends DemoMigration {

  /** Phường Hồng Gai, where the demo clerk, specialist, head and leader work. */
  private static final String HONG_GAI = "00541";

  public DemoDossiers() {
    super("1.3", "demo dossiers in every status");
  }

  @Override
  public void migrate(Context context) throws Exception {
    DossierGenerator.generateInto(
        context.getConnection(), 400, Instant.now(), Duration.ofDays(120), 2026, HONG_GAI);
  }
}
