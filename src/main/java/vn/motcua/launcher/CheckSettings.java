package vn.motcua.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import vn.motcua.shared.config.Setting;
import vn.motcua.shared.config.Settings;
import vn.motcua.shared.config.StartupSettingsCheck;

/**
 * Checks the settings before Payara starts ({@code CheckSettings <config file>}), with the same
 * rules and messages as the application and the same precedence as MicroProfile Config: environment
 * variable, then the environment's file, then the default. Payara's JPA deployer connects to the
 * database before any application code runs, so a wrong database URL is caught here or not clearly
 * at all. Prints one line per problem and exits with 1.
 */
public final class CheckSettings {

  private CheckSettings() {}

  public static void main(String[] args) throws IOException {
    Properties file = new Properties();
    Path path = Path.of(args[0]);
    if (Files.isReadable(path)) {
      try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        file.load(reader);
      }
    }
    Function<String, Optional<String>> settings = key -> lookup(key, file, System.getenv()::get);
    // A relative path in a setting (the portal's key) is read from the file's folder, as the
    // application reads it from motcua.config.dir.
    List<String> problems =
        new ArrayList<>(StartupSettingsCheck.problems(settings, path.toAbsolutePath().getParent()));
    if (problems.isEmpty()) {
      connectionProblem(settings).ifPresent(problems::add);
    }
    problems.forEach(problem -> System.err.println("Cannot start MotCua: " + problem));
    System.exit(problems.isEmpty() ? 0 : 1);
  }

  /** Whether the database answers with these settings: wrong host, user or password. */
  static Optional<String> connectionProblem(Function<String, Optional<String>> settings) {
    String url = settings.apply(Settings.DB_URL.key()).orElseThrow();
    DriverManager.setLoginTimeout(10);
    try (Connection c =
        DriverManager.getConnection(
            url,
            settings.apply(Settings.DB_USER.key()).orElseThrow(),
            settings.apply(Settings.DB_PASSWORD.key()).orElseThrow())) {
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(
          "cannot connect to the database with "
              + Settings.DB_URL.key()
              + ", "
              + Settings.DB_USER.key()
              + " and "
              + Settings.DB_PASSWORD.key()
              + " (environment variables "
              + Settings.DB_URL.environmentVariable()
              + ", ...): "
              + e.getMessage());
    }
  }

  static Optional<String> lookup(
      String key, Properties file, Function<String, String> environment) {
    Setting setting =
        Settings.ALL.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    return Optional.ofNullable(environment.apply(setting.environmentVariable()))
        .or(() -> Optional.ofNullable(file.getProperty(key)).map(String::strip))
        .or(() -> Optional.ofNullable(setting.defaultValue()));
  }
}
