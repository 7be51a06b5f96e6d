package vn.motcua.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server whose data lives in a folder that survives restarts: the zero-install
 * database of MotCua, and the database of its tests.
 *
 * <p>Zonky's defaults suit throw-away test databases (no fsync, trust authentication); kept data
 * needs the opposite, so a durable database runs with fsync and synchronous commit on and asks for
 * a password on every connection. The password is generated on first start and kept, readable by
 * the owner only, beside the data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** Name of the application database and of the role that owns it and runs the migrations. */
  public static final String DATABASE = "motcua";

  /** The role MotCua works as: rights on rows only, and only to add audit rows. */
  public static final String APPLICATION_ROLE = "motcua_app";

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
  private static final String SECURED_MARKER = "motcua-secured";

  private final EmbeddedPostgres postgres;
  private final String password;
  private final String applicationPassword;

  private EmbeddedDatabase(EmbeddedPostgres postgres, String password, String applicationPassword) {
    this.postgres = postgres;
    this.password = password;
    this.applicationPassword = applicationPassword;
  }

  /**
   * Starts (initialising on first use) the database kept under {@code home}.
   *
   * @param home folder for the data ({@code pgdata}), the binaries ({@code pgbin}) and the password
   *     file
   * @param port TCP port on localhost, or 0 for any free port
   * @param durable whether every commit must reach the disk; false only for tests
   */
  public static EmbeddedDatabase start(Path home, int port, boolean durable) throws IOException {
    Path data = home.resolve("pgdata");
    Path binaries = home.resolve("pgbin");
    Files.createDirectories(binaries);
    String password = readOrCreatePassword(home.resolve("database.secret"));
    String applicationPassword = readOrCreatePassword(home.resolve("database-app.secret"));
    stopOrphanedServer(data);

    String onOff = durable ? "on" : "off";
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(binaries.toFile())
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(90))
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("fsync", onOff)
            .setServerConfig("synchronous_commit", onOff)
            .setServerConfig("full_page_writes", onOff)
            .setServerConfig("max_connections", "200")
            .setConnectConfig("password", password);
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres postgres = builder.start();
    EmbeddedDatabase database = new EmbeddedDatabase(postgres, password, applicationPassword);
    try {
      database.prepare(data);
    } catch (SQLException | RuntimeException e) {
      postgres.close();
      throw new IOException("Could not prepare the embedded database: " + e.getMessage(), e);
    }
    return database;
  }

  /** JDBC URL of the application database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  /** The role that owns MotCua's database and runs its migrations; not a superuser. */
  public String user() {
    return DATABASE;
  }

  public String password() {
    return password;
  }

  /** The role MotCua's pool connects as (the migrations grant its rights). */
  public String applicationUser() {
    return APPLICATION_ROLE;
  }

  public String applicationPassword() {
    return applicationPassword;
  }

  /** Stops the server with a fast shutdown: sessions end, committed data is on disk. */
  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /**
   * Creates the owner and application roles and the database, then (once) replaces initdb's trust
   * authentication by SCRAM passwords. The first start runs with trust so that the password can be
   * set.
   */
  private void prepare(Path data) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      boolean secured = Files.exists(data.resolve(SECURED_MARKER));
      if (!secured) {
        s.execute("ALTER ROLE postgres PASSWORD " + literal(password));
      }
      if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", DATABASE)) {
        s.execute("CREATE ROLE " + DATABASE + " LOGIN PASSWORD " + literal(password));
      }
      if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", APPLICATION_ROLE)) {
        s.execute(
            "CREATE ROLE " + APPLICATION_ROLE + " LOGIN PASSWORD " + literal(applicationPassword));
      }
      if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
        s.execute("CREATE DATABASE " + DATABASE + " OWNER " + DATABASE + " ENCODING 'UTF8'");
      }
      if (!secured) {
        requirePasswords(data);
        s.execute("SELECT pg_reload_conf()");
        LOG.info("Embedded database initialised; password authentication is now required");
      }
    }
  }

  private static void requirePasswords(Path data) {
    try {
      Files.write(
          data.resolve("pg_hba.conf"),
          List.of(
              "# Written by MotCua: every connection needs a password.",
              "host all all 127.0.0.1/32 scram-sha-256",
              "host all all ::1/128 scram-sha-256"),
          StandardCharsets.UTF_8);
      Files.writeString(data.resolve(SECURED_MARKER), "pg_hba.conf requires passwords\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean exists(Connection c, String query, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, name);
      try (var rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static String readOrCreatePassword(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
    return password;
  }

  /**
   * After a {@code kill -9} of its launcher, PostgreSQL keeps running and holds the data folder and
   * its port; stop it (fast shutdown) so that this start does not wait for its whole timeout. Only
   * a process whose command line names this data folder is touched: a stale pid file may hold a pid
   * the system has since given to another program.
   */
  private static void stopOrphanedServer(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
      return;
    }
    long pid = Long.parseLong(lines.get(0).strip());
    Optional<ProcessHandle> orphan =
        ProcessHandle.of(pid).filter(p -> runsPostgresOn(pid, data.toAbsolutePath().toString()));
    if (orphan.isEmpty()) {
      return;
    }
    LOG.warning(() -> "Stopping an orphaned PostgreSQL server, pid " + pid);
    try {
      new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor();
      orphan.get().onExit().get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping an orphaned PostgreSQL server", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("An orphaned PostgreSQL server (pid " + pid + ") did not stop", e);
    }
  }

  private static boolean runsPostgresOn(long pid, String dataFolder) {
    try {
      String[] args =
          Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).split("\u0000");
      return args.length > 2
          && args[0].endsWith("/postgres")
          && List.of(args).contains("-D")
          && List.of(args).contains(dataFolder);
    } catch (IOException e) {
      return false;
    }
  }
}
