package vn.motcua.portal.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.motcua.shared.config.Settings;

/**
 * The simulated National Public Service Portal of this instance (each instance of a cluster has its
 * own records and mode, in memory: lost at restart). Whether it answers at all is {@code
 * motcua.simulators.enabled}, read on each use; the REST paths are hidden by the simulator gate and
 * the administrator's screen asks {@link #isEnabled()}.
 */
@ApplicationScoped
@Named("portalSimulator")
public class PortalSimulator {

  private static final Logger LOG = Logger.getLogger(PortalSimulator.class.getName());

  @Inject private Config config;

  private SimulatedPortal portal;

  @PostConstruct
  void start() {
    portal =
        new SimulatedPortal(
            Clock.systemUTC(),
            SyncLedger.DEFAULT_CAPACITY,
            Long.parseLong(Settings.PORTAL_SIMULATOR_DELAY.value(config)));
  }

  /** Whether simulators are on ({@code motcua.simulators.enabled=true}: demo and tests only). */
  public boolean isEnabled() {
    return Boolean.parseBoolean(Settings.SIMULATORS.value(config));
  }

  /** Answers one sync call; see {@link SimulatedPortal#call}. */
  public SimulatedPortal.Answer call(String key, String body) {
    return portal.call(key, body);
  }

  public Fault mode() {
    return portal.mode();
  }

  /**
   * Sets a fault mode for a while, or restores NORMAL; see {@link SimulatedPortal#setMode}. Logged,
   * as an operator's action.
   */
  public Fault setMode(FaultMode mode, Integer seconds, Integer calls, Integer delayMillis) {
    Fault fault = portal.setMode(mode, seconds, calls, delayMillis);
    LOG.info(
        () ->
            "Portal simulator: "
                + fault.mode()
                + (fault.until() == null ? "" : " until " + fault.until())
                + (fault.callsLeft() == null ? "" : " for " + fault.callsLeft() + " call(s)")
                + (fault.mode() == FaultMode.TIMEOUT
                    ? ", delay " + fault.delayMillis() + " ms"
                    : ""));
    return fault;
  }

  public SyncLedger ledger() {
    return portal.ledger();
  }

  public long defaultDelayMillis() {
    return portal.defaultDelayMillis();
  }
}
