package vn.motcua.shared.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Reads the settings of one environment from {@code config/<profile>.properties}, the folder given
 * by the system property {@value #DIRECTORY_PROPERTY} and the profile by {@code mp.config.profile}
 * (both set by {@code payara/run.sh}).
 *
 * <p>Its ordinal (250) puts it above the defaults packed in the WAR (100) and below environment
 * variables (300) and system properties (400): an operator overrides a file value with {@code
 * MOTCUA_...} variables without editing the file.
 */
public class EnvironmentFileConfigSource implements ConfigSource {

  public static final String DIRECTORY_PROPERTY = "motcua.config.dir";
  public static final String PROFILE_PROPERTY = "mp.config.profile";
  static final int ORDINAL = 250;

  private final Map<String, String> properties;
  private final String name;

  public EnvironmentFileConfigSource() {
    this(System.getProperty(DIRECTORY_PROPERTY), System.getProperty(PROFILE_PROPERTY));
  }

  EnvironmentFileConfigSource(String directory, String profile) {
    if (directory == null || profile == null) {
      this.name = "config/ (no folder or profile given)";
      this.properties = Map.of();
    } else {
      Path file = Path.of(directory, profile + ".properties");
      this.name = file.toString();
      this.properties = load(file);
    }
  }

  private static Map<String, String> load(Path file) {
    if (!Files.isReadable(file)) {
      return Map.of();
    }
    Properties loaded = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      loaded.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read configuration file " + file, e);
    }
    return Map.copyOf(
        loaded.stringPropertyNames().stream()
            .collect(Collectors.toMap(k -> k, k -> loaded.getProperty(k).strip())));
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
