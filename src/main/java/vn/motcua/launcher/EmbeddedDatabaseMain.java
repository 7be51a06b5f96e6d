package vn.motcua.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Command line entry of the embedded database, started by {@code payara/run.sh}: {@code --home DIR
 * [--port N]}. When the server accepts connections it writes the connection settings as shell
 * assignments to {@code DIR/run/database.env} (owner-readable only), which {@code run.sh} waits
 * for; on SIGTERM or SIGINT it stops the server cleanly and exits.
 */
public final class EmbeddedDatabaseMain {

  private EmbeddedDatabaseMain() {}

  public static void main(String[] args) throws Exception {
    Path home = null;
    int port = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("Unknown option " + args[i] + "; usage: --home DIR [--port N]");
          System.exit(2);
        }
      }
    }
    if (home == null) {
      System.err.println("Missing --home DIR");
      System.exit(2);
    }

    // The hook comes first: a SIGTERM while the server starts must not leave it running alone.
    AtomicReference<EmbeddedDatabase> running = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(running.get(), stopped), "embedded-database-stop"));

    EmbeddedDatabase database = EmbeddedDatabase.start(home, port, true);
    running.set(database);
    writeSettings(home.resolve("run"), database);
    System.out.println("Embedded database ready at " + database.jdbcUrl());
    System.out.flush();
    stopped.await();
  }

  private static void stop(EmbeddedDatabase database, CountDownLatch stopped) {
    try {
      if (database != null) {
        database.close();
        System.out.println("Embedded database stopped");
      }
    } catch (IOException e) {
      System.err.println("Embedded database did not stop cleanly: " + e);
    } finally {
      stopped.countDown();
    }
  }

  private static void writeSettings(Path runDir, EmbeddedDatabase database) throws IOException {
    Files.createDirectories(runDir);
    Path temp =
        Files.createTempFile(
            runDir,
            "database",
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.write(
        temp,
        List.of(
            "MOTCUA_DB_URL='" + database.jdbcUrl() + "'",
            "MOTCUA_DB_USER='" + database.applicationUser() + "'",
            "MOTCUA_DB_PASSWORD='" + database.applicationPassword() + "'",
            "MOTCUA_DB_OWNER='" + database.user() + "'",
            "MOTCUA_DB_OWNER_PASSWORD='" + database.password() + "'"),
        StandardCharsets.US_ASCII);
    Files.move(
        temp,
        runDir.resolve("database.env"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
