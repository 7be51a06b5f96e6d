package vn.motcua.portal.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSourceProvider;

/**
 * The relay's settings in PortalSyncFaultIT's deployment only, above the test profile's file: no
 * message may die during the faults (many attempts), the relay gives up waiting sooner than the
 * simulator's TIMEOUT answers ({@link #TIMEOUT_MILLIS}), and a failed message waits a little longer
 * than one round, so that a round during a fault ends instead of trying the same messages again at
 * once.
 */
public class FaultSettings implements ConfigSourceProvider {

  /** How long the relay waits for an answer; the simulator's TIMEOUT delay is longer. */
  static final int TIMEOUT_MILLIS = 1000;

  static final Map<String, String> VALUES =
      Map.of(
          "motcua.portal.sync.timeout-millis", Integer.toString(TIMEOUT_MILLIS),
          "motcua.portal.sync.max-attempts", "999",
          "motcua.portal.sync.backoff-base-millis", "100",
          "motcua.portal.sync.backoff-max-millis", "800");

  @Override
  public Iterable<ConfigSource> getConfigSources(ClassLoader forClassLoader) {
    return List.of(
        new ConfigSource() {
          @Override
          public Set<String> getPropertyNames() {
            return VALUES.keySet();
          }

          @Override
          public String getValue(String propertyName) {
            return VALUES.get(propertyName);
          }

          @Override
          public String getName() {
            return "PortalSyncFaultIT";
          }

          @Override
          public int getOrdinal() {
            return 350; // above config/test.properties (250), below system properties
          }
        });
  }
}
