package vn.motcua.shared.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.shared.config.Settings;

/**
 * Hides the simulators of external systems unless {@code motcua.simulators.enabled=true}: their
 * paths answer 404 as if they did not exist, before any body is read or checked. The start-up check
 * refuses simulators without demo mode, so a production server never has them.
 */
@Provider
@Simulator
public class SimulatorGate implements ContainerRequestFilter {

  private final BooleanSupplier enabled;

  public SimulatorGate() {
    this(() -> Boolean.parseBoolean(Settings.SIMULATORS.value(ConfigProvider.getConfig())));
  }

  SimulatorGate(BooleanSupplier enabled) {
    this.enabled = enabled;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!enabled.getAsBoolean()) {
      throw new NotFoundException();
    }
  }
}
