package vn.motcua.portal.sync.internal;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import vn.motcua.shared.config.Settings;

/**
 * The relay's configuration ({@code motcua.portal.sync.*}), checked at start-up by {@code
 * StartupSettingsCheck}.
 *
 * @param url the sync endpoint, a path on this application, or empty (nothing is sent)
 * @param workers how many rounds one instance runs at once
 * @param interval how often every instance ticks; zero: no automatic ticks
 */
record RelaySettings(
    String url,
    String session,
    String unitCode,
    Duration timeout,
    int maxAttempts,
    Backoff backoff,
    int batch,
    int workers,
    Duration interval) {

  static RelaySettings of(Config config) {
    return new RelaySettings(
        Settings.PORTAL_SYNC_URL.value(config),
        Settings.PORTAL_SYNC_SESSION.value(config),
        Settings.PORTAL_SYNC_UNIT_CODE.value(config),
        millis(Settings.PORTAL_SYNC_TIMEOUT.value(config)),
        Integer.parseInt(Settings.PORTAL_SYNC_MAX_ATTEMPTS.value(config)),
        new Backoff(
            millis(Settings.PORTAL_SYNC_BACKOFF_BASE.value(config)),
            millis(Settings.PORTAL_SYNC_BACKOFF_MAX.value(config))),
        Integer.parseInt(Settings.PORTAL_SYNC_BATCH.value(config)),
        Integer.parseInt(Settings.PORTAL_SYNC_WORKERS.value(config)),
        millis(Settings.PORTAL_SYNC_INTERVAL.value(config)));
  }

  /**
   * How long a taken message stays leased: the whole batch is sent at once within the timeout, then
   * recorded; a margin covers a slow database. An instance that dies mid-send loses its leases
   * after this, and another instance sends those messages again (the portal drops the repeat by its
   * idempotency key).
   */
  Duration lease() {
    return timeout.multipliedBy(2).plusSeconds(30);
  }

  /** The session token is a secret: never in a log line. */
  @Override
  public String toString() {
    return "RelaySettings[url="
        + url
        + ", batch="
        + batch
        + ", workers="
        + workers
        + ", interval="
        + interval
        + "]";
  }

  private static Duration millis(String value) {
    return Duration.ofMillis(Long.parseLong(value));
  }
}
