package vn.motcua.shared.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks the settings a start cannot do without, so that a wrong configuration fails at once with
 * one line that names the key and its environment variable instead of a chain of stack traces.
 */
public final class StartupSettingsCheck {

  /** A rule a configured value must follow, and what to say when it does not. */
  private record Rule(Setting setting, Predicate<String> valid, String expected) {}

  /** The shape of the working hours; the catalog checks that they make 8 hours. */
  private static final String SESSIONS =
      "\\d{2}:\\d{2}\\s*-\\s*\\d{2}:\\d{2}\\s*,\\s*\\d{2}:\\d{2}\\s*-\\s*\\d{2}:\\d{2}";

  /**
   * SHA-256 of the demo key of the portal's tokens ({@code config/demo/portal-jwt-public.pem},
   * {@link PemPublicKeys#fingerprint}): its private half is published with MotCua, so anyone can
   * sign tokens it accepts.
   */
  static final String DEMO_PORTAL_KEY =
      "d0b66b9a2499891755c4be294e17793a91e523f0c3b405250c1b04f50a5d5768";

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Settings.DB_URL,
              url -> url.startsWith("jdbc:postgresql://"),
              "must start with jdbc:postgresql://"),
          new Rule(
              Settings.DB_USER,
              StartupSettingsCheck::roleName,
              "a PostgreSQL role name: lower-case letters, digits and _, starting with a letter"),
          new Rule(
              Settings.DB_OWNER,
              StartupSettingsCheck::roleName,
              "a PostgreSQL role name: lower-case letters, digits and _, starting with a letter"),
          new Rule(
              Settings.DEMO,
              demo -> demo.equals("true") || demo.equals("false"),
              "must be true or false"),
          new Rule(
              Settings.DEFAULT_LOCALE, l -> l.equals("vi") || l.equals("en"), "must be vi or en"),
          new Rule(
              Settings.WORKING_HOURS,
              hours -> hours.strip().matches(SESSIONS),
              "expected two sessions like 07:00-11:30,13:30-17:00"),
          wholeNumber(Settings.CALENDAR_REFRESH, 5, "seconds"),
          new Rule(
              Settings.SIMULATORS,
              enabled -> enabled.equals("true") || enabled.equals("false"),
              "must be true or false"),
          new Rule(
              Settings.POPULATION_URL,
              StartupSettingsCheck::isHttpUrlOrPath,
              "an http:// or https:// URL, or a path starting with / on this application"),
          new Rule(
              Settings.POPULATION_TIMEOUT,
              millis ->
                  millis.strip().matches("[1-9]\\d{0,4}")
                      && Integer.parseInt(millis.strip()) <= 60_000,
              "a whole number of milliseconds from 1 to 60000"),
          new Rule(
              Settings.POPULATION_API_KEY_HEADER,
              name -> name.matches("[A-Za-z0-9-]+"),
              "an HTTP header name (letters, digits, dashes)"),
          wholeNumber(Settings.PORTAL_SIMULATOR_DELAY, 6, "milliseconds"),
          new Rule(Settings.FILES_DIR, StartupSettingsCheck::absolutePath, "an absolute path"),
          wholeNumber(Settings.FILES_MAX_FILE_BYTES, 12, "bytes"),
          wholeNumber(Settings.FILES_MAX_DOSSIER_BYTES, 13, "bytes"),
          wholeNumber(Settings.FILES_ORPHAN_GRACE, 6, "minutes"),
          new Rule(
              Settings.PORTAL_SYNC_URL,
              StartupSettingsCheck::isHttpUrlOrPath,
              "an http:// or https:// URL, or a path starting with / on this application"),
          new Rule(
              Settings.PORTAL_SYNC_UNIT_CODE,
              code -> code.strip().matches("[0-9A-Za-z.\\-]{1,50}"),
              "the portal's unit code: letters, digits, dots and dashes, e.g. 000.00.00.H22"),
          new Rule(
              Settings.PORTAL_SYNC_TIMEOUT,
              millis ->
                  millis.strip().matches("[1-9]\\d{0,4}")
                      && Integer.parseInt(millis.strip()) <= 60_000,
              "a whole number of milliseconds from 1 to 60000"),
          wholeNumber(Settings.PORTAL_SYNC_MAX_ATTEMPTS, 3, "attempts"),
          wholeNumber(Settings.PORTAL_SYNC_BACKOFF_BASE, 8, "milliseconds"),
          wholeNumber(Settings.PORTAL_SYNC_BACKOFF_MAX, 9, "milliseconds"),
          wholeNumber(Settings.PORTAL_SYNC_BATCH, 3, "messages"),
          wholeNumber(Settings.PORTAL_SYNC_WORKERS, 2, "rounds"),
          new Rule(
              Settings.PORTAL_SYNC_INTERVAL,
              millis -> millis.strip().matches("0|[1-9]\\d{0,7}"),
              "a whole number of milliseconds from 0 (no automatic rounds)"),
          wholeNumber(Settings.LOGIN_ACCOUNT_FAILURES, 3, "failures"),
          wholeNumber(Settings.LOGIN_ADDRESS_FAILURES, 4, "failures"),
          wholeNumber(Settings.LOGIN_LONGEST_BLOCK, 4, "minutes"),
          wholeNumber(Settings.SESSION_IDLE, 4, "minutes"),
          new Rule(
              Settings.LOGIN_SECOND_FACTOR_ROLES,
              roles -> roles.strip().matches("NONE|[A-Z_]+(\\s*,\\s*[A-Z_]+)*"),
              "NONE, or role names separated by commas, e.g. PROVINCIAL_ADMIN,AUDITOR"),
          new Rule(
              Settings.AUDIT_SEAL_MINUTES,
              minutes -> minutes.strip().matches("0|[1-9]\\d{0,3}"),
              "a whole number of minutes from 0 (no automatic seals) to 9999"),
          new Rule(
              Settings.PORTAL_JWT_ISSUER,
              issuer -> issuer.strip().matches("\\S{1,2000}"),
              "the portal's issuer name (iss) without spaces, e.g. https://dichvucong.gov.vn"),
          new Rule(
              Settings.PUBLIC_URL,
              url -> !url.strip().startsWith("/") && isHttpUrlOrPath(url),
              "an http:// or https:// URL, e.g. https://motcua.quangninh.gov.vn"));

  private StartupSettingsCheck() {}

  /** A whole number from 1, of at most {@code digits} digits. */
  private static Rule wholeNumber(Setting setting, int digits, String unit) {
    return new Rule(
        setting,
        value -> value.strip().matches("[1-9]\\d{0," + (digits - 1) + "}"),
        "a whole number of " + unit + " from 1");
  }

  /** The migrations grant rights to the user by name, so it must be a plain identifier. */
  private static boolean roleName(String value) {
    return value.strip().matches("[a-z_][a-z0-9_]{0,62}");
  }

  private static boolean absolutePath(String value) {
    try {
      return Path.of(value.strip()).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * Returns one message per problem, empty when the configuration can start MotCua; a relative path
   * in a setting is read from the configuration folder of this process ({@value
   * EnvironmentFileConfigSource#DIRECTORY_PROPERTY}).
   *
   * @param lookup the configured value of a key, if any; blank counts as not set, as in
   *     MicroProfile Config
   */
  public static List<String> problems(Function<String, Optional<String>> lookup) {
    String directory = System.getProperty(EnvironmentFileConfigSource.DIRECTORY_PROPERTY);
    return problems(lookup, directory == null ? null : Path.of(directory));
  }

  /**
   * Returns one message per problem, empty when the configuration can start MotCua.
   *
   * @param lookup the configured value of a key, if any; blank counts as not set, as in
   *     MicroProfile Config
   * @param configDirectory the folder a relative path in a setting is read from; {@code null}: the
   *     working folder
   */
  public static List<String> problems(
      Function<String, Optional<String>> lookup, Path configDirectory) {
    List<String> problems = new ArrayList<>();
    for (Setting setting : Settings.ALL) {
      if (setting.required() && lookup.apply(setting.key()).filter(v -> !v.isBlank()).isEmpty()) {
        problems.add(setting.missing());
      }
    }
    for (Rule rule : RULES) {
      lookup
          .apply(rule.setting().key())
          .filter(value -> !value.isBlank() && !rule.valid().test(value))
          .ifPresent(value -> problems.add(rule.setting().invalid(rule.expected())));
    }
    boolean simulators = "true".equals(effective(Settings.SIMULATORS, lookup));
    if (simulators && !"true".equals(effective(Settings.DEMO, lookup))) {
      problems.add(
          Settings.SIMULATORS.invalid(
              "true needs motcua.demo=true: simulators answer with made-up data, never beside"
                  + " real data"));
    }
    String populationUrl = effective(Settings.POPULATION_URL, lookup);
    if (populationUrl.startsWith("/") && isHttpUrlOrPath(populationUrl) && !simulators) {
      problems.add(
          Settings.POPULATION_URL.invalid(
              "a path on this application is the simulator, which needs"
                  + " motcua.simulators.enabled=true; give the real service's http(s) URL"));
    }
    String syncUrl = effective(Settings.PORTAL_SYNC_URL, lookup);
    if (syncUrl.startsWith("/") && isHttpUrlOrPath(syncUrl) && !simulators) {
      problems.add(
          Settings.PORTAL_SYNC_URL.invalid(
              "a path on this application is the portal simulator, which needs"
                  + " motcua.simulators.enabled=true; give the portal's http(s) URL"));
    }
    if (!syncUrl.isEmpty()
        && isHttpUrlOrPath(syncUrl)
        && effective(Settings.PORTAL_SYNC_UNIT_CODE, lookup).isEmpty()) {
      problems.add(
          Settings.PORTAL_SYNC_UNIT_CODE.invalid(
              "required when motcua.portal.sync.url is set: every message names the unit"));
    }
    String base = effective(Settings.PORTAL_SYNC_BACKOFF_BASE, lookup);
    String max = effective(Settings.PORTAL_SYNC_BACKOFF_MAX, lookup);
    if (base.matches("\\d{1,9}")
        && max.matches("\\d{1,9}")
        && Long.parseLong(max) < Long.parseLong(base)) {
      problems.add(
          Settings.PORTAL_SYNC_BACKOFF_MAX.invalid(
              "at least motcua.portal.sync.backoff-base-millis"));
    }
    boolean demo = "true".equals(effective(Settings.DEMO, lookup));
    lookup
        .apply(Settings.PORTAL_JWT_PUBLIC_KEY.key())
        .filter(value -> !value.isBlank())
        .flatMap(value -> portalKeyProblem(value, configDirectory, demo))
        .ifPresent(problems::add);
    return problems;
  }

  /** Whether the portal's key reads as RSA public keys, and is not the published demo key. */
  private static Optional<String> portalKeyProblem(
      String value, Path configDirectory, boolean demo) {
    List<RSAPublicKey> keys;
    try {
      keys = PemPublicKeys.read(value, configDirectory);
    } catch (IllegalArgumentException e) {
      return Optional.of(
          Settings.PORTAL_JWT_PUBLIC_KEY.invalid(
              e.getMessage()
                  + "; expected the portal's RSA public key as PEM text or the path of a PEM"
                  + " file"));
    }
    if (!demo && keys.stream().map(PemPublicKeys::fingerprint).anyMatch(DEMO_PORTAL_KEY::equals)) {
      return Optional.of(
          Settings.PORTAL_JWT_PUBLIC_KEY.invalid(
              "the demo key (config/demo/portal-jwt-public.pem) is accepted only with"
                  + " motcua.demo=true: its private half is published with MotCua; give the"
                  + " portal's own key"));
    }
    return Optional.empty();
  }

  /** The value in force: the configured one unless blank, else the default. */
  private static String effective(Setting setting, Function<String, Optional<String>> lookup) {
    return lookup
        .apply(setting.key())
        .filter(value -> !value.isBlank())
        .map(String::strip)
        .orElse(setting.defaultValue() == null ? "" : setting.defaultValue());
  }

  private static boolean isHttpUrlOrPath(String value) {
    String url = value.strip();
    if (url.startsWith("/")) {
      return !url.startsWith("//") && !url.contains(" ");
    }
    try {
      URI uri = new URI(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
