package vn.motcua.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.population.internal.PopulationSimulatorResource;
import vn.motcua.portal.simulator.PortalSimulatorResource;

/**
 * Every simulator resource is behind the gate that answers 404 unless simulators are enabled (the
 * integration tests run with simulators on, so they cannot see the 404 itself, and the gate's
 * exception needs a JAX-RS runtime that plain tests have not).
 */
class SimulatorGateTest {

  private static final List<Class<?>> SIMULATORS =
      List.of(PopulationSimulatorResource.class, PortalSimulatorResource.class);

  @Test
  void everySimulatorIsBehindTheGateUnderApiSimulator() {
    for (Class<?> resource : SIMULATORS) {
      assertThat(resource.isAnnotationPresent(Simulator.class)).as(resource.getName()).isTrue();
      assertThat(resource.getAnnotation(Path.class).value())
          .as(resource.getName())
          .startsWith("/simulator/");
    }
  }
}
