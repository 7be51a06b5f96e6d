package vn.motcua.shared.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version and name the build stamped into the WAR, for OpenAPI and the system endpoint. */
public final class BuildInfo {

  private static final Properties BUILD = load();

  private BuildInfo() {}

  public static String version() {
    return BUILD.getProperty("version", "unknown");
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in =
        BuildInfo.class.getResourceAsStream("/META-INF/motcua-build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
