package vn.motcua.shared.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the settings a start cannot do without, so that a wrong configuration fails at once with
 * one line that names the key and its environment variable instead of a chain of stack traces.
 */
public final class StartupSettingsCheck {

  private StartupSettingsCheck() {}

  /**
   * Returns one message per problem, empty when the configuration can start MotCua.
   *
   * @param lookup the configured value of a key, if any
   */
  public static List<String> problems(Function<String, Optional<String>> lookup) {
    List<String> problems = new ArrayList<>();
    for (Setting setting : Settings.ALL) {
      Optional<String> value = lookup.apply(setting.key()).filter(v -> !v.isBlank());
      if (setting.required() && value.isEmpty()) {
        problems.add(
            "Missing configuration key "
                + setting.key()
                + " (environment variable "
                + setting.environmentVariable()
                + "): "
                + setting.description());
      }
    }
    lookup
        .apply(Settings.DB_URL.key())
        .filter(url -> !url.isBlank() && !url.startsWith("jdbc:postgresql://"))
        .ifPresent(
            url ->
                problems.add(
                    "Invalid configuration key "
                        + Settings.DB_URL.key()
                        + " (environment variable "
                        + Settings.DB_URL.environmentVariable()
                        + "): must start with jdbc:postgresql://"));
    lookup
        .apply(Settings.DEFAULT_LOCALE.key())
        .filter(locale -> !locale.equals("vi") && !locale.equals("en"))
        .ifPresent(
            locale ->
                problems.add(
                    "Invalid configuration key "
                        + Settings.DEFAULT_LOCALE.key()
                        + " (environment variable "
                        + Settings.DEFAULT_LOCALE.environmentVariable()
                        + "): must be vi or en"));
    lookup
        .apply(Settings.DEMO.key())
        .filter(demo -> !demo.equals("true") && !demo.equals("false"))
        .ifPresent(
            demo ->
                problems.add(
                    "Invalid configuration key "
                        + Settings.DEMO.key()
                        + " (environment variable "
                        + Settings.DEMO.environmentVariable()
                        + "): must be true or false"));
    lookup
        .apply(Settings.WORKING_HOURS.key())
        .filter(hours -> !hours.strip().matches(SESSIONS))
        .ifPresent(
            hours ->
                problems.add(
                    "Invalid configuration key "
                        + Settings.WORKING_HOURS.key()
                        + " (environment variable "
                        + Settings.WORKING_HOURS.environmentVariable()
                        + "): expected two sessions like 07:00-11:30,13:30-17:00"));
    lookup
        .apply(Settings.CALENDAR_REFRESH.key())
        .filter(seconds -> !seconds.strip().matches("[1-9]\\d{0,4}"))
        .ifPresent(
            seconds ->
                problems.add(
                    "Invalid configuration key "
                        + Settings.CALENDAR_REFRESH.key()
                        + " (environment variable "
                        + Settings.CALENDAR_REFRESH.environmentVariable()
                        + "): a whole number of seconds from 1"));
    return problems;
  }

  /** The shape of the working hours; the catalog checks that they make 8 hours. */
  private static final String SESSIONS =
      "\\d{2}:\\d{2}\\s*-\\s*\\d{2}:\\d{2}\\s*,\\s*\\d{2}:\\d{2}\\s*-\\s*\\d{2}:\\d{2}";
}
