package vn.motcua.shared.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.motcua.shared.config.Settings;

/**
 * Seals the audit trail every {@code motcua.audit.seal-minutes}. Every instance of a cluster ticks;
 * {@link AuditSeals#sealPeriod} lets only one of them seal each period (an advisory lock, and a
 * unique key on the period in the database).
 */
@Startup
@Singleton
public class AuditSealing {

  /** Who a scheduled seal is recorded as made by. */
  static final String SEALED_BY = "system";

  private static final Duration FIRST_TICK = Duration.ofSeconds(60);
  private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

  @Inject private AuditSeals seals;
  @Inject private Config config;
  @Resource private TimerService timers;

  private Duration period;

  @PostConstruct
  void start() {
    period = Duration.ofMinutes(Long.parseLong(Settings.AUDIT_SEAL_MINUTES.value(config)));
    if (period.isZero()) {
      LOG.info("Audit trail: no automatic seals (seal-minutes 0)");
      return;
    }
    // Not persistent: Payara Micro does not coordinate persistent timers across a cluster (and one
    // stops for good when its instance dies). Ticking at the period, each instance seals at most
    // once a period, and the period's unique key makes it once for the cluster. The first tick
    // comes soon after a start, so that a restart leaves no long unsealed stretch.
    timers.createIntervalTimer(
        Math.min(period.toMillis(), FIRST_TICK.toMillis()),
        period.toMillis(),
        new TimerConfig(null, false));
  }

  @Timeout
  void tick() {
    try {
      seals.sealPeriod(SEALED_BY, period);
    } catch (EJBException e) {
      // The next tick tries again. Only the kind of failure: the message of a failed statement
      // carries its values, hashes among them, which the log scan would take for ID numbers.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      LOG.warning(() -> "Audit trail not sealed this time: " + cause.getClass().getSimpleName());
    }
  }
}
