package vn.motcua.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.motcua.shared.config.Setting;
import vn.motcua.shared.config.Settings;

/**
 * The working calendar of the province, held in memory so that computing a due instant costs no
 * database round trip. Every instance reloads it when the calendar's revision changes (checked
 * every {@code motcua.calendar.refresh-seconds}), so a change made on one instance of a cluster, or
 * in the database directly, reaches all of them.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CalendarService {

  private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

  /** A calendar and the revision of the days it was built from. */
  private record Loaded(long revision, WorkingCalendar calendar) {}

  @Inject private CalendarRepository repository;

  @Inject private Config config;
  @Resource private TimerService timers;

  private WorkingHours workingHours;
  private volatile Loaded loaded;

  @PostConstruct
  void start() {
    Setting setting = Settings.WORKING_HOURS;
    try {
      workingHours = WorkingHours.parse(setting.value(config));
    } catch (IllegalArgumentException e) {
      String problem = "Cannot start MotCua: " + setting.invalid(e.getMessage());
      LOG.severe(problem);
      throw new IllegalStateException(problem, e);
    }
    reload();
    long interval =
        Duration.ofSeconds(Integer.parseInt(Settings.CALENDAR_REFRESH.value(config))).toMillis();
    // Not persistent: every instance of a cluster polls for itself.
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  /** The calendar as of the last change seen. */
  public WorkingCalendar calendar() {
    return loaded.calendar();
  }

  /** Reloads when the days changed since the last load; runs on every instance. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void refreshIfChanged() {
    if (repository.revision() != loaded.revision()) {
      reload();
    }
  }

  private void reload() {
    long revision = repository.revision();
    WorkingCalendar calendar = new WorkingCalendar(workingHours, repository.allDays());
    loaded = new Loaded(revision, calendar);
    LOG.info(() -> "Working calendar loaded, revision " + revision);
  }
}
