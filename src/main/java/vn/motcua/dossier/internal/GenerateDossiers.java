package vn.motcua.dossier.internal;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The data generator as a command: fills a MotCua database (migrated, e.g. by a first start of the
 * application) with N realistic dossiers. See docs/performance.md.
 *
 * <pre>
 * java -cp target/classes:$(cat target/runtime/launcher.classpath) \
 *   vn.motcua.dossier.internal.GenerateDossiers --url jdbc:postgresql://localhost:5432/postgres \
 *   --user postgres --password secret --count 1000000 [--threads 2] [--days 365] [--seed 1]
 * </pre>
 */
public final class GenerateDossiers {

  private GenerateDossiers() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        usage("unexpected " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    if (args.length % 2 != 0 || !options.containsKey("url") || !options.containsKey("count")) {
      usage("--url and --count are required");
    }
    String url = options.get("url");
    String user = options.getOrDefault("user", "postgres");
    String password = options.getOrDefault("password", "");
    DossierGenerator.Result result =
        DossierGenerator.generate(
            () -> DriverManager.getConnection(url, user, password),
            Integer.parseInt(options.get("count")),
            Integer.parseInt(options.getOrDefault("threads", "2")),
            Instant.now(),
            Duration.ofDays(Long.parseLong(options.getOrDefault("days", "365"))),
            Long.parseLong(options.getOrDefault("seed", "1")));
    System.out.printf(
        "Generated %d dossiers in %.1f s: %.0f dossiers per second%n",
        result.dossiers(), result.took().toMillis() / 1000.0, result.perSecond());
  }

  private static void usage(String problem) {
    System.err.println(
        "GenerateDossiers: "
            + problem
            + "\nusage: --url JDBC_URL [--user U] [--password P] --count N [--threads T]"
            + " [--days D] [--seed S]");
    System.exit(2);
  }
}
