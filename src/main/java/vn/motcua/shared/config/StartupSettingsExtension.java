package vn.motcua.shared.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks the settings when CDI starts, so that a wrong setting fails the deployment with one line
 * naming its key. Payara's JPA deployer connects to the database even earlier, so wrong database
 * settings are caught before Payara starts, by {@code run.sh}; this catches the rest for
 * deployments that {@code run.sh} did not start.
 */
public class StartupSettingsExtension implements Extension {

  private static final Logger LOG = Logger.getLogger(StartupSettingsExtension.class.getName());

  void check(@Observes BeforeBeanDiscovery event) {
    Config config = ConfigProvider.getConfig(getClass().getClassLoader());
    List<String> problems =
        StartupSettingsCheck.problems(key -> config.getOptionalValue(key, String.class));
    if (!problems.isEmpty()) {
      problems.forEach(problem -> LOG.severe(() -> "Cannot start MotCua: " + problem));
      throw new DeploymentException("Cannot start MotCua: " + String.join("; ", problems));
    }
  }
}
