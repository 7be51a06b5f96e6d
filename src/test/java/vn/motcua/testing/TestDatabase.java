package vn.motcua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.motcua.launcher.EmbeddedDatabase;

/**
 * One real PostgreSQL for the whole test run, started before Arquillian reads {@code
 * arquillian.xml}, which passes its URL and credentials to Payara Micro as system properties
 * ({@code motcua.test.db.*}): the application's role for the pool, the owner for migrations. Fresh
 * on every run, together with the file store's folder that {@code arquillian.xml} gives the
 * application ({@link #filesDir()}); stopped when the run ends.
 */
public final class TestDatabase implements BeforeAllCallback {

  private static final String KEY = TestDatabase.class.getName();

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(KEY, key -> Running.start(), Running.class);
  }

  /**
   * A connection to the application database as its owner, for checking what a test left there
   * (and, for the audit trail's tests, for doing what the application's own role may not).
   */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("motcua.test.db.url"),
        System.getProperty("motcua.test.db.user"),
        System.getProperty("motcua.test.db.password"));
  }

  /**
   * A connection as the application's own role, the one Payara's pool uses, for checking what that
   * role may not do.
   */
  public static Connection connectAsApplication() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("motcua.test.db.url"),
        System.getProperty("motcua.test.db.app-user"),
        System.getProperty("motcua.test.db.app-password"));
  }

  /**
   * The first column of the one row a query answers, for checking what a test left: {@code
   * value("SELECT status FROM dossier WHERE code = ?", code)}.
   */
  public static Object value(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = prepare(c, sql, parameters)) {
      try (ResultSet r = q.executeQuery()) {
        if (!r.next()) {
          throw new AssertionError("No row for " + sql);
        }
        return r.getObject(1);
      }
    }
  }

  /** A timestamp column's value as an instant. */
  public static java.time.Instant instant(String sql, Object... parameters) throws SQLException {
    Object value = value(sql, parameters);
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    throw new IllegalStateException("Not a timestamp: " + value);
  }

  /** As {@link #value}, a number. */
  public static int number(String sql, Object... parameters) throws SQLException {
    return ((Number) value(sql, parameters)).intValue();
  }

  /**
   * As {@link #number}, asked again until it is what {@code done} wants or 10 seconds have passed,
   * for what the server writes a moment after it answers (the portal's exchange log); the last
   * number.
   */
  public static int numberOnceWritten(
      java.util.function.IntPredicate done, String sql, Object... parameters)
      throws SQLException, InterruptedException {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    int number = number(sql, parameters);
    while (!done.test(number) && System.nanoTime() < until) {
      Thread.sleep(50);
      number = number(sql, parameters);
    }
    return number;
  }

  /**
   * Runs a change as the owner, for setting up what a test needs or playing what time or someone
   * else would do; returns how many rows it changed.
   */
  public static int execute(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = prepare(c, sql, parameters)) {
      return q.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement q = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      q.setObject(i + 1, parameters[i]);
    }
    return q;
  }

  /** The file store's folder ({@code motcua.files.dir}) of the application under test. */
  public static Path filesDir() {
    return testDir().resolve("files");
  }

  /** The folder of the tests' run-time files ({@code motcua.test.dir}). */
  static Path testDir() {
    return Path.of(System.getProperty("motcua.test.dir", "target/it"));
  }

  /** The running database, closed by JUnit when the root context closes. */
  static final class Running implements ExtensionContext.Store.CloseableResource {
    private final EmbeddedDatabase database;

    private Running(EmbeddedDatabase database) {
      this.database = database;
    }

    static Running start() {
      Path dir = testDir().resolve("database");
      try {
        deleteRecursively(dir);
        // Files of an earlier run would be orphans of rows this fresh database does not hold.
        deleteRecursively(filesDir());
        EmbeddedDatabase database = EmbeddedDatabase.start(dir, 0, false);
        System.setProperty("motcua.test.db.url", database.jdbcUrl());
        System.setProperty("motcua.test.db.user", database.user());
        System.setProperty("motcua.test.db.password", database.password());
        System.setProperty("motcua.test.db.app-user", database.applicationUser());
        System.setProperty("motcua.test.db.app-password", database.applicationPassword());
        return new Running(database);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the tests' PostgreSQL", e);
      }
    }

    @Override
    public void close() throws IOException {
      database.close();
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
