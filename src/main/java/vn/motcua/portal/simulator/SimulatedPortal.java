package vn.motcua.portal.simulator;

import java.time.Clock;
import java.time.Duration;

/**
 * The simulated portal's behaviour, without any container: each sync call takes the fault mode that
 * applies to it, is checked against {@link SyncContract} and recorded in the {@link SyncLedger}
 * when the mode lets it through, and gets the answer the portal would give.
 */
public final class SimulatedPortal {

  /**
   * The plain-text body of the {@code SERVER_ERROR} fault mode: as a proxy in front of a stopped
   * portal answers (an empty body would be replaced by the server's error page).
   */
  static final String SERVICE_UNAVAILABLE = "Service Unavailable";

  /** The answer of the {@code ERROR_REPLY} fault mode. */
  static final String BUSY_MESSAGE = "Hệ thống đang bận, vui lòng thử lại sau";

  /**
   * What to answer a sync call.
   *
   * @param status the HTTP status
   * @param body the JSON reply; plain text for a 503
   * @param delayMillis how long to hold the answer back
   * @param recorded whether the call's items were recorded now (not for a redelivery)
   */
  public record Answer(int status, String body, long delayMillis, boolean recorded) {}

  private final FaultSchedule faults;
  private final SyncLedger ledger;
  private final long defaultDelayMillis;

  /**
   * @param defaultDelayMillis how long a TIMEOUT answer is held back unless the mode says otherwise
   */
  public SimulatedPortal(Clock clock, int capacity, long defaultDelayMillis) {
    this.faults = new FaultSchedule(clock);
    this.ledger = new SyncLedger(clock, capacity);
    this.defaultDelayMillis = defaultDelayMillis;
  }

  /**
   * Answers one sync call.
   *
   * @param key the {@code Idempotency-Key} header, {@code null} when absent
   * @param body the request body
   */
  public Answer call(String key, String body) {
    Fault fault = faults.take();
    switch (fault.mode()) {
      case SERVER_ERROR -> {
        ledger.faulted(FaultMode.SERVER_ERROR);
        return new Answer(503, SERVICE_UNAVAILABLE, 0, false);
      }
      case ERROR_REPLY -> {
        ledger.faulted(FaultMode.ERROR_REPLY);
        return new Answer(
            200, SyncContract.reply(SyncContract.Refusal.BUSY.code(), BUSY_MESSAGE), 0, false);
      }
      case NORMAL, TIMEOUT -> {
        // Checked and recorded as usual; a TIMEOUT only holds the answer back.
      }
    }
    long delay = fault.delayMillis();
    SyncContract.Verdict verdict = SyncContract.check(key, body);
    if (verdict instanceof SyncContract.Refused refused) {
      ledger.refuse(refused);
      return new Answer(
          200, SyncContract.reply(refused.refusal().code(), refused.message()), delay, false);
    }
    SyncLedger.Outcome outcome = ledger.record((SyncContract.Accepted) verdict);
    return new Answer(200, SyncContract.success(), delay, outcome == SyncLedger.Outcome.ARRIVED);
  }

  /** The fault mode now. */
  public Fault mode() {
    return faults.now();
  }

  /**
   * Sets a fault mode, or restores NORMAL.
   *
   * @param seconds how long it lasts, or {@code null}
   * @param calls how many sync calls it applies to, or {@code null}; not both
   * @param delayMillis for TIMEOUT, the delay; {@code null} for the default
   * @throws IllegalArgumentException for both bounds, or a bound or delay that is not positive
   */
  public Fault setMode(FaultMode mode, Integer seconds, Integer calls, Integer delayMillis) {
    return faults.set(
        mode,
        seconds == null ? null : Duration.ofSeconds(seconds),
        calls,
        delayMillis == null ? defaultDelayMillis : delayMillis);
  }

  public SyncLedger ledger() {
    return ledger;
  }

  public long defaultDelayMillis() {
    return defaultDelayMillis;
  }
}
