package vn.motcua.dossier;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.motcua.catalog.CalendarService;
import vn.motcua.shared.config.Settings;
import vn.motcua.shared.persistence.Leases;

/**
 * Every few minutes, flags open steps and dossiers due soon or overdue, for inbox colours and
 * notifications. Every instance of a cluster ticks; the one holding the {@code deadline-watch}
 * lease works, so the flags are never written by two instances at once.
 */
@Startup
@Singleton
@DependsOn("CalendarService")
public class DeadlineWatch {

  static final String LEASE = "deadline-watch";
  private static final Duration FIRST_ROUND = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

  @Inject private DossierRepository dossiers;
  @Inject private CalendarService calendar;
  @Inject private Leases leases;
  @Inject private DossierClock clock;
  @Inject private Config config;
  @Resource private TimerService timers;

  private Duration interval;
  private BigDecimal share;

  @PostConstruct
  void start() {
    interval = Duration.ofSeconds(Long.parseLong(Settings.DEADLINE_INTERVAL.value(config)));
    share = new BigDecimal(Settings.DUE_SOON_SHARE.value(config));
    if (interval.isZero()) {
      LOG.info("Deadline watch: no automatic rounds (interval 0)");
      interval = Duration.ofSeconds(Long.parseLong(Settings.DEADLINE_INTERVAL.defaultValue()));
      return;
    }
    // Not persistent: Payara Micro does not coordinate persistent timers across a cluster. The
    // first round comes soon after a start, so that flags are fresh after a restart.
    timers.createIntervalTimer(
        Math.min(interval.toMillis(), FIRST_ROUND.toMillis()),
        interval.toMillis(),
        new TimerConfig(null, false));
  }

  @Timeout
  void tick() {
    watch(Leases.INSTANCE);
  }

  /**
   * One round of the watch, if {@code holder} gets the lease (held a little less than the interval,
   * so the next tick of any instance may take it over).
   *
   * @return how many flags changed, or -1 when another instance holds the lease
   */
  public int watch(String holder) {
    if (!leases.take(LEASE, holder, interval.multipliedBy(9).dividedBy(10))) {
      return -1;
    }
    Instant now = clock.now();
    DossierRepository.Budgets budgets = dossiers.openBudgets();
    int changed =
        dossiers.flagDeadlines(
            now,
            DueSoon.thresholds(budgets.steps(), share, now, calendar.calendar()),
            DueSoon.thresholds(budgets.dossiers(), share, now, calendar.calendar()));
    if (changed > 0) {
      LOG.info(() -> "Deadline watch changed " + changed + " flags");
    }
    return changed;
  }
}
