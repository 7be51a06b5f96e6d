package vn.motcua.shared.config;

import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * A configuration key MotCua reads, with the environment variable that sets it (MicroProfile
 * Config's mapping: upper case, dots and dashes as underscores).
 *
 * @param key the MicroProfile Config key
 * @param defaultValue the value when nothing sets it, or {@code null} when it must be set
 * @param description what it is for, as the README's configuration table says
 */
public record Setting(String key, String defaultValue, String description) {

  public String environmentVariable() {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /**
   * The value as configured, without surrounding blanks; the default when nothing (or only blanks)
   * sets it. The start-up check has refused values that break the setting's rule.
   */
  public String value(Config config) {
    return config
        .getOptionalValue(key, String.class)
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .orElse(defaultValue);
  }

  public boolean required() {
    return defaultValue == null;
  }

  /** The start-up message for a required setting that is not set. */
  public String missing() {
    return "Missing configuration key "
        + key
        + " (environment variable "
        + environmentVariable()
        + "): "
        + description;
  }

  /** The start-up message for a value that breaks a rule. */
  public String invalid(String expected) {
    return "Invalid configuration key "
        + key
        + " (environment variable "
        + environmentVariable()
        + "): "
        + expected;
  }
}
