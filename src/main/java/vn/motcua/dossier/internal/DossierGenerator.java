package vn.motcua.dossier.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a database with realistic dossiers, for the demo, benchmarks and checking that queries stay
 * fast: each dossier played through the real aggregate ({@link DossierPlayer}) and written with
 * COPY ({@link DossierCopy}), in parallel on several connections.
 *
 * <p>Ids come from a range reserved on {@code dossier_seq} up front and codes continue the
 * receiving units' daily counters, so the application can go on receiving beside the generated
 * dossiers. No audit rows are written: nobody made these changes.
 */
public final class DossierGenerator {

  /** The most rows a generated dossier needs ids for (steps, documents, fees, history...). */
  private static final int IDS_PER_DOSSIER = 64;

  private static final int BATCH = 2_000;

  /** The tables the generator fills. */
  private static final List<String> TABLES =
      List.of(
          "dossier",
          "dossier_step",
          "dossier_document",
          "dossier_fee",
          "dossier_pause",
          "dossier_result",
          "dossier_transition");

  /** From how many dossiers on loading without indexes and foreign keys pays. */
  private static final int BULK_FROM = 100_000;

  private static final Logger LOG = Logger.getLogger(DossierGenerator.class.getName());

  /** Opens connections to the database to fill. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  /** What a run did. */
  public record Result(int dossiers, Duration took) {
    public double perSecond() {
      return dossiers / Math.max(0.001, took.toMillis() / 1000.0);
    }
  }

  private DossierGenerator() {}

  /**
   * Generates {@code count} dossiers received during the {@code span} before {@code now}.
   *
   * @param threads how many connections write at once
   * @param seed the same seed and database give the same dossiers
   */
  public static Result generate(
      Connections connections, int count, int threads, Instant now, Duration span, long seed)
      throws SQLException {
    return generate(connections, count, threads, now, span, seed, null);
  }

  /**
   * As above, with half of the applicants living in {@code focusCommune} (a commune-level unit
   * code), so that the units there have plenty of work to show.
   */
  public static Result generate(
      Connections connections,
      int count,
      int threads,
      Instant now,
      Duration span,
      long seed,
      String focusCommune)
      throws SQLException {
    long started = System.nanoTime();
    Reference reference;
    Map<String, Integer> counters = new HashMap<>();
    AtomicLong ids;
    try (Connection connection = connections.open()) {
      reference = new Reference(connection);
      try (Statement s = connection.createStatement();
          ResultSet r =
              s.executeQuery("SELECT unit_id, day, last_number FROM dossier_code_counter")) {
        while (r.next()) {
          counters.put(r.getLong(1) + "/" + r.getDate(2).toLocalDate(), r.getInt(3));
        }
      }
      ids = new AtomicLong(reserveIds(connection, (long) count * IDS_PER_DOSSIER));
    }
    List<List<String>> rebuild = count >= BULK_FROM ? dropIndexesAndKeys(connections) : List.of();
    DossierPlayer player = new DossierPlayer(reference, now, span, counters).focusOn(focusCommune);
    AtomicInteger next = new AtomicInteger();
    int written =
        inParallel(threads, w -> () -> write(connections, player, ids, next, count, seed * 31 + w))
            .stream()
            .mapToInt(Integer::intValue)
            .sum();
    long loaded = System.nanoTime();
    LOG.info(() -> "Loaded in " + (loaded - started) / 1_000_000 + " ms; rebuilding");
    for (List<String> phase : rebuild) {
      rebuild(connections, phase, threads);
    }
    try (Connection connection = connections.open()) {
      saveCounters(connection, player.counters());
      try (Statement s = connection.createStatement()) {
        for (String table : TABLES) {
          if (!rebuild.isEmpty()) {
            s.execute("ALTER TABLE " + table + " RESET (autovacuum_enabled)");
          }
          s.execute("ANALYZE " + table);
        }
      }
    }
    Result result = new Result(written, Duration.ofNanos(System.nanoTime() - started));
    LOG.info(
        () ->
            String.format(
                "Generated %d dossiers in %d ms (%.0f per second)",
                result.dossiers(), result.took().toMillis(), result.perSecond()));
    return result;
  }

  /** Runs {@code threads} tasks at once and waits for all; the first failure fails the whole. */
  private static <T> List<T> inParallel(int threads, IntFunction<Callable<T>> task)
      throws SQLException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        running.add(pool.submit(task.apply(i)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : running) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new IllegalStateException("Generating failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Drops the secondary indexes, unique keys and foreign keys of the dossier tables (and foreign
   * keys into them), which cost more to keep up row by row than to build once at the end, and
   * returns the statements that put them back, read from the catalog so they are exactly what the
   * migrations made. Primary keys stay: ids only grow, so keeping them up is cheap.
   *
   * <p>Three phases, each run on all connections: unique keys and indexes; the foreign keys added
   * {@code NOT VALID}, which is instant; then each one validated. Adding a foreign key outright
   * locks the referenced table against every other such addition, so the checks of the keys into
   * {@code dossier} or {@code org_unit} would run one at a time; validating takes only a lock that
   * lets them run side by side, and leaves the same valid constraint.
   */
  private static List<List<String>> dropIndexesAndKeys(Connections connections)
      throws SQLException {
    List<Rebuild> keys = new ArrayList<>();
    List<Rebuild> foreign = new ArrayList<>();
    List<String> drop = new ArrayList<>();
    String tables = "('" + String.join("', '", TABLES) + "')";
    try (Connection connection = connections.open();
        Statement s = connection.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT conrelid::regclass, conname, pg_get_constraintdef(oid), contype,"
                  + " pg_table_size(conrelid) FROM pg_constraint WHERE contype IN ('u', 'f')"
                  + " AND (conrelid::regclass::text IN "
                  + tables
                  + " OR confrelid::regclass::text IN "
                  + tables
                  + ") ORDER BY contype = 'f' DESC")) {
        while (r.next()) {
          String alter = "ALTER TABLE " + r.getString(1) + " ";
          String name = r.getString(2);
          drop.add(alter + "DROP CONSTRAINT " + name);
          String add = alter + "ADD CONSTRAINT " + name + " " + r.getString(3);
          if ("f".equals(r.getString(4))) {
            foreign.add(
                new Rebuild(
                    r.getString(1), r.getLong(5), add, alter + "VALIDATE CONSTRAINT " + name));
          } else {
            keys.add(new Rebuild(r.getString(1), r.getLong(5), add, null));
          }
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT i.indexrelid::regclass, pg_get_indexdef(i.indexrelid), i.indrelid::regclass,"
                  + " pg_table_size(i.indrelid) FROM pg_index i"
                  + " WHERE i.indrelid::regclass::text IN "
                  + tables
                  + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                  + " WHERE c.conindid = i.indexrelid)")) {
        while (r.next()) {
          keys.add(new Rebuild(r.getString(3), r.getLong(4), r.getString(2), null));
          drop.add("DROP INDEX " + r.getString(1));
        }
      }
      for (String table : TABLES) {
        // Vacuuming tables still being filled is wasted work, and it holds locks the rebuild waits
        // for; the analyze at the end gives the planner its statistics.
        drop.add("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
      }
      connection.setAutoCommit(false); // all dropped, or none
      for (String statement : drop) {
        s.execute(statement);
      }
      connection.commit();
    }
    return List.of(
        interleaved(keys).stream().map(Rebuild::statement).toList(),
        foreign.stream().map(k -> k.statement() + " NOT VALID").toList(),
        interleaved(foreign).stream().map(Rebuild::validation).toList());
  }

  /** One statement putting back what the bulk load dropped, on a table of that size. */
  private record Rebuild(String table, long size, String statement, String validation) {}

  /**
   * Orders the statements so that the largest tables come first (the last statements, running
   * alone, are short ones) and consecutive statements are on different tables (two on one table may
   * wait for each other's lock).
   */
  private static List<Rebuild> interleaved(List<Rebuild> statements) {
    Map<String, Queue<Rebuild>> byTable = new TreeMap<>();
    statements.stream()
        .sorted(Comparator.comparingLong(Rebuild::size).reversed())
        .forEach(k -> byTable.computeIfAbsent(k.table(), t -> new ArrayDeque<>()).add(k));
    List<Queue<Rebuild>> queues = new ArrayList<>(byTable.values());
    queues.sort(Comparator.comparingLong(q -> -q.peek().size()));
    List<Rebuild> ordered = new ArrayList<>();
    while (ordered.size() < statements.size()) {
      for (Queue<Rebuild> queue : queues) {
        if (!queue.isEmpty()) {
          ordered.add(queue.poll());
        }
      }
    }
    return ordered;
  }

  /** Runs the statements of one rebuild phase on several connections at once, in order. */
  private static void rebuild(Connections connections, List<String> statements, int threads)
      throws SQLException {
    Queue<String> queue = new ConcurrentLinkedQueue<>(statements);
    inParallel(
        threads,
        i ->
            () -> {
              try (Connection connection = connections.open();
                  Statement s = connection.createStatement()) {
                // Index builds sort in maintenance memory; foreign key checks join in work memory.
                s.execute("SET maintenance_work_mem = '256MB'; SET work_mem = '256MB'");
                for (String statement = queue.poll(); statement != null; statement = queue.poll()) {
                  long t = System.nanoTime();
                  s.execute(statement);
                  String done = statement;
                  LOG.fine(() -> (System.nanoTime() - t) / 1_000_000 + " ms: " + done);
                }
              }
              return null;
            });
  }

  /**
   * Generates a few dossiers on one connection, in its current transaction (the demo data step):
   * nothing committed or closed here, no index dropped.
   */
  public static int generateInto(
      Connection connection, int count, Instant now, Duration span, long seed, String focusCommune)
      throws SQLException {
    Reference reference = new Reference(connection);
    AtomicLong ids = new AtomicLong(reserveIds(connection, (long) count * IDS_PER_DOSSIER));
    DossierPlayer player = new DossierPlayer(reference, now, span, Map.of()).focusOn(focusCommune);
    DossierCopy batch = new DossierCopy(ids);
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      batch.add(player.play(random));
    }
    batch.flush(connection.unwrap(PGConnection.class).getCopyAPI());
    saveCounters(connection, player.counters());
    return count;
  }

  private static int write(
      Connections connections,
      DossierPlayer player,
      AtomicLong ids,
      AtomicInteger next,
      int count,
      long seed)
      throws SQLException {
    Random random = new Random(seed);
    int written = 0;
    try (Connection connection = connections.open()) {
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        // Generated rows are consistent by construction: no need to wait for each commit's flush.
        s.execute("SET synchronous_commit = off");
      }
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      DossierCopy batch = new DossierCopy(ids);
      int inBatch = 0;
      while (next.getAndIncrement() < count) {
        batch.add(player.play(random));
        written++;
        if (++inBatch == BATCH) {
          send(batch, copy, connection);
          inBatch = 0;
        }
      }
      send(batch, copy, connection);
    }
    return written;
  }

  private static void send(DossierCopy batch, CopyManager copy, Connection connection)
      throws SQLException {
    batch.flush(copy);
    connection.commit();
  }

  /**
   * Takes {@code size} ids after the next value of {@code dossier_seq} and moves the sequence past
   * them; returns the id before the first. JPA reads each value of the sequence as the last id of a
   * block (of 500, its increment), so its next block starts after the range. Run the generator
   * while nobody receives: an instance taking a block between the two statements would share ids.
   */
  private static long reserveIds(Connection connection, long size) throws SQLException {
    try (Statement s = connection.createStatement()) {
      long base;
      try (ResultSet r = s.executeQuery("SELECT nextval('dossier_seq')")) {
        r.next();
        base = r.getLong(1);
      }
      s.executeQuery("SELECT setval('dossier_seq', " + (base + size + 50) + ")").close();
      return base;
    }
  }

  private static void saveCounters(Connection connection, Map<String, AtomicInteger> counters)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO dossier_code_counter (unit_id, day, last_number) VALUES (?, ?, ?)"
                + " ON CONFLICT (unit_id, day) DO UPDATE"
                + " SET last_number = greatest(dossier_code_counter.last_number,"
                + " EXCLUDED.last_number)")) {
      for (Map.Entry<String, AtomicInteger> counter : counters.entrySet()) {
        String[] key = counter.getKey().split("/");
        upsert.setLong(1, Long.parseLong(key[0]));
        upsert.setObject(2, LocalDate.parse(key[1]));
        upsert.setInt(3, counter.getValue().get());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }
}
