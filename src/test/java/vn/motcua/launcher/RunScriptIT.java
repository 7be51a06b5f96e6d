package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command as a newcomer uses it: {@code payara/run.sh --demo} comes up with the
 * embedded database, answers health checks on the management port only, refuses a second instance
 * on the same home folder, stops cleanly on SIGTERM, and on the next start keeps the data without
 * loading the demo data twice.
 */
class RunScriptIT {

  @TempDir Path home;

  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * Keeps what run.sh and the demo server logged under {@code target/it/run-script} before the home
   * folder goes: the log scan (LogScanIT) reads it for ID numbers.
   */
  @AfterEach
  void keepLogs() throws IOException {
    Path kept = Path.of(System.getProperty("motcua.test.dir", "target/it"), "run-script");
    try (Stream<Path> files = Files.walk(home, 3)) {
      for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
        Path copy = kept.resolve(home.relativize(log).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(log, copy, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void runsStopsAndRestartsKeepingItsData() throws Exception {
    int port = freePort();
    int managementPort = freePort();
    Path firstLog = home.resolve("first.log");
    Process first = start(port, managementPort, firstLog);
    try {
      awaitOutput(first, firstLog, "MotCua is ready");
      assertThat(get(managementPort, "/health/ready")).contains("\"status\":\"UP\"");
      assertThat(get(managementPort, "/metrics")).contains("mp_scope=\"base\"");
      assertThat(get(port, "/login.xhtml")).contains("Đăng nhập");
      // The application's port has no management endpoint; the management port no application.
      assertThat(status(port, "/health/ready")).isEqualTo(404);
      assertThat(status(port, "/metrics")).isEqualTo(404);
      assertThat(status(managementPort, "/login.xhtml")).isEqualTo(404);
      assertThat(status(managementPort, "/api/v1/system")).isEqualTo(404);
      assertThat(demoAccounts()).isEqualTo(7);

      Path secondLog = home.resolve("second.log");
      Process second = start(freePort(), freePort(), secondLog);
      try {
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("second instance gives up").isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(Files.readString(secondLog)).contains("another MotCua instance is running");
      } finally {
        second.destroyForcibly();
      }

      Properties db = databaseSettings();
      assertThat(
              refusedStart(
                  Map.of(
                      "MOTCUA_DB_URL", db.getProperty("MOTCUA_DB_URL"),
                      "MOTCUA_DB_USER", db.getProperty("MOTCUA_DB_USER"),
                      "MOTCUA_DB_PASSWORD", db.getProperty("MOTCUA_DB_PASSWORD"),
                      "MOTCUA_DEMO", "maybe")))
          .contains("Invalid configuration key motcua.demo (environment variable MOTCUA_DEMO)");
      assertThat(
              refusedStart(
                  Map.of(
                      "MOTCUA_DB_URL", db.getProperty("MOTCUA_DB_URL"),
                      "MOTCUA_DB_USER", db.getProperty("MOTCUA_DB_USER"),
                      "MOTCUA_DB_PASSWORD", db.getProperty("MOTCUA_DB_PASSWORD"))))
          .as("production without the national portal's key")
          .contains("Missing configuration key motcua.portal.jwt.public-key")
          .contains("Missing configuration key motcua.portal.jwt.issuer");
      assertThat(
              refusedStart(
                  Map.of(
                      "MOTCUA_DB_URL", db.getProperty("MOTCUA_DB_URL"),
                      "MOTCUA_DB_USER", db.getProperty("MOTCUA_DB_USER"),
                      "MOTCUA_DB_PASSWORD", db.getProperty("MOTCUA_DB_PASSWORD"),
                      "MOTCUA_PORTAL_JWT_ISSUER", "https://dichvucong.gov.vn",
                      "MOTCUA_PORTAL_JWT_PUBLIC_KEY", "demo/portal-jwt-public.pem")))
          .as("production with the demo key, whose private half is published")
          .contains("Invalid configuration key motcua.portal.jwt.public-key")
          .contains("demo key");
      assertThat(
              refusedStart(
                  Map.of(
                      "MOTCUA_DB_URL", db.getProperty("MOTCUA_DB_URL"),
                      "MOTCUA_DB_USER", db.getProperty("MOTCUA_DB_USER"),
                      "MOTCUA_DB_PASSWORD", "wrong",
                      "MOTCUA_PORTAL_JWT_ISSUER", "https://dichvucong.gov.vn",
                      "MOTCUA_PORTAL_JWT_PUBLIC_KEY", portalKeyPem())))
          .contains("cannot connect to the database with motcua.db.url")
          .contains("password authentication failed");
    } finally {
      first.destroy(); // SIGTERM, as a service manager or Ctrl-C would
    }
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    assertThat(Files.readString(firstLog))
        .contains("stopping the embedded database", "run.sh: stopped");
    assertThat(home.resolve("pgdata/postmaster.pid")).as("PostgreSQL shut down").doesNotExist();
    assertThat(ProcessHandle.allProcesses())
        .as("no process of this instance left")
        .noneMatch(p -> p.info().commandLine().orElse("").contains(home.toString()));

    Path againLog = home.resolve("again.log");
    Process again = start(port, managementPort, againLog);
    try {
      awaitOutput(again, againLog, "MotCua is ready");
      assertThat(demoAccounts()).as("demo data loaded once").isEqualTo(7);
      assertThat(Files.readString(againLog)).contains("Demo data: 0 step(s) loaded");
    } finally {
      again.destroy();
      again.waitFor(120, TimeUnit.SECONDS);
    }
  }

  private Process start(int port, int managementPort, Path log) throws IOException {
    return new ProcessBuilder(
            "payara/run.sh",
            "--demo",
            "--home",
            home.toString(),
            "--port",
            String.valueOf(port),
            "--management-port",
            String.valueOf(managementPort))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static void awaitOutput(Process process, Path log, String line) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      if (Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("run.sh ended before '" + line + "':\n" + tail(log));
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No '" + line + "' within 5 minutes:\n" + tail(log));
  }

  /** What run.sh itself said, and the end of what Payara said. */
  private static String tail(Path log) throws IOException {
    String all = Files.readString(log, StandardCharsets.UTF_8);
    String script =
        all.lines()
            .filter(line -> line.startsWith("run.sh") || line.startsWith("Cannot start"))
            .collect(java.util.stream.Collectors.joining("\n"));
    return script + "\n...\n" + all.substring(Math.max(0, all.length() - 3000));
  }

  /**
   * Starts run.sh on another home folder with these environment variables, expects it to refuse
   * within a minute before starting Payara, and returns what it printed.
   */
  private String refusedStart(Map<String, String> environment) throws Exception {
    Path otherHome = home.resolve("other");
    Path log = home.resolve("refused.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                "payara/run.sh",
                "--home",
                otherHome.toString(),
                "--port",
                String.valueOf(freePort()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("refuses quickly").isTrue();
      assertThat(process.exitValue()).isNotZero();
      return Files.readString(log);
    } finally {
      process.destroyForcibly();
    }
  }

  /**
   * A public key of the portal's that is not the demo key, as PEM text in an environment variable.
   */
  private static String portalKeyPem() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'})
            .encodeToString(generator.generateKeyPair().getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** The embedded database's settings, as run.sh got them from the launcher. */
  private Properties databaseSettings() throws IOException {
    Properties env = new Properties();
    try (var reader = Files.newBufferedReader(home.resolve("run/database.env"))) {
      env.load(reader);
    }
    env.replaceAll((k, v) -> unquote((String) v));
    return env;
  }

  private int demoAccounts() throws Exception {
    Properties env = databaseSettings();
    try (Connection c =
            DriverManager.getConnection(
                env.getProperty("MOTCUA_DB_URL"),
                env.getProperty("MOTCUA_DB_USER"),
                env.getProperty("MOTCUA_DB_PASSWORD"));
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM app_user")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String unquote(String value) {
    return value.replaceAll("^'|'$", "");
  }

  private String get(int port, String path) throws Exception {
    return send(port, path).body();
  }

  private int status(int port, String path) throws Exception {
    return send(port, path).statusCode();
  }

  private HttpResponse<String> send(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
