package vn.motcua.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Issue 7's benchmark: online submissions with a 10 KB PDF ({@code POST /api/v1/portal/dossiers})
 * against a trivial JAX-RS + JPA insert behind the same authentication ({@code POST
 * /api/v1/portal/bench-baseline}), in one run against one server. A closed model: {@code
 * bench.users} users (16) each send their next request as soon as the previous one is answered, on
 * their own kept-alive connection. First a warm-up of each ({@code bench.warmup} seconds), then
 * each measured in turn ({@code bench.measure} seconds), baseline first. Any answer but 201 is a
 * failure.
 *
 * <p>Gatling reports each request name's times; the phases' answers, wall and CPU times go to
 * {@code bench.out}. With {@code bench.jfr}, the server's JVM records its submissions, from their
 * warm-up to the end of their measured phase, with Java Flight Recorder into that file. Run by
 * {@code src/test/bench/portal-submissions.sh}, which starts the server and passes the other
 * settings.
 */
public class PortalSubmissionSimulation extends Simulation {

  static final String SUBMISSION = "submission";
  static final String BASELINE = "baseline";

  private static final AtomicLong NUMBERS = new AtomicLong();

  private final String run = System.getProperty("bench.run", Long.toString(System.nanoTime()));
  private final int users = Integer.getInteger("bench.users", 16);
  private final Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup", 30));
  private final Duration measure = Duration.ofSeconds(Long.getLong("bench.measure", 60));
  private final long serverPid = Long.getLong("bench.serverPid", 0);
  private final long databasePid = Long.getLong("bench.databasePid", 0);
  private final Path out = Path.of(System.getProperty("bench.out", "target/bench/phases.json"));
  private final FlightRecorder recorder =
      System.getProperty("bench.jfr") == null
          ? null
          : new FlightRecorder(serverPid, Path.of(System.getProperty("bench.jfr")));
  private final List<String> centers =
      List.of(System.getProperty("bench.centers", "TTPVHCC-HONG-GAI").split(","));
  private final int syncPort = Integer.getInteger("bench.syncPort", 0);
  private final PortalSyncSink sync = syncPort == 0 ? null : new PortalSyncSink(syncPort);

  private final List<Phase> phases =
      List.of(
          phase("baseline warm-up", BASELINE + " (warm-up)", warmUp),
          phase(
              "submission warm-up",
              SUBMISSION + " (warm-up)",
              warmUp,
              recorder == null ? () -> {} : recorder::start,
              () -> {}),
          phase("baseline measured", BASELINE, measure),
          phase(
              "submission measured",
              SUBMISSION,
              measure,
              () -> {},
              recorder == null ? () -> {} : recorder::stop));

  {
    String token =
        BenchToken.sign(
            Path.of(System.getProperty("bench.key", "config/demo/portal-jwt-private.pem")),
            "dvcqg",
            warmUp.plus(measure).multipliedBy(2).plus(Duration.ofMinutes(30)));
    HttpProtocolBuilder protocol =
        http.baseUrl(System.getProperty("bench.baseUrl", "http://localhost:8097"))
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + token)
            .disableWarmUp()
            .disableCaching();

    PopulationBuilder chain = null;
    for (int i = phases.size() - 1; i >= 0; i--) {
      PopulationBuilder next = population(phases.get(i));
      chain = chain == null ? next : next.andThen(chain);
    }
    setUp(chain).protocols(protocol);
  }

  private Phase phase(String name, String request, Duration duration) {
    return phase(name, request, duration, () -> {}, () -> {});
  }

  private Phase phase(
      String name, String request, Duration duration, Runnable onStart, Runnable onEnd) {
    return new Phase(name, request, users, duration, serverPid, databasePid, onStart, onEnd);
  }

  private PopulationBuilder population(Phase phase) {
    boolean submission = phase.request.startsWith(SUBMISSION);
    String path = submission ? "/api/v1/portal/dossiers" : "/api/v1/portal/bench-baseline";
    LongFunction<String> body =
        submission
            ? n -> Submissions.submission(run, n, centers.get((int) (n % centers.size())))
            : n -> Submissions.baseline(run, n);
    ChainBuilder request =
        exec(session -> session.set("n", NUMBERS.incrementAndGet()))
            .exec(
                http(phase.request)
                    .post(path)
                    .header(
                        "Idempotency-Key", session -> "bench-" + run + "-" + session.getLong("n"))
                    .body(StringBody(session -> body.apply(session.getLong("n"))))
                    .check(
                        responseTimeInMillis().saveAs("millis"),
                        status().saveAs("status"),
                        status().is(201)))
            .exec(
                session -> {
                  phase.answered(
                      session.contains("status") ? session.getInt("status") : 0,
                      session.contains("millis") ? session.getLong("millis") : 0);
                  return session.remove("status").remove("millis");
                });
    return scenario(phase.name)
        .exec(
            session -> {
              phase.userStarts();
              return session;
            })
        .during(phase.duration)
        .on(request)
        .exec(
            session -> {
              phase.userEnds();
              return session;
            })
        .injectOpen(atOnceUsers(users));
  }

  @Override
  public void after() {
    String json =
        phases.stream()
            .map(phase -> "\"" + phase.name + "\":" + phase.json())
            .collect(Collectors.joining(",\n  ", "{\n  ", "\n}\n"));
    if (sync != null) {
      // What the load left waiting is the relay's to deliver now, here, while the sink listens.
      try {
        Duration drain = sync.awaitQuiet(Duration.ofSeconds(35), Duration.ofSeconds(300));
        System.out.println("Sync caught up: " + drain.toSeconds() + " s after the load");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.out.println("The portal's sync endpoint received " + sync.received() + " messages");
      sync.close();
    }
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
