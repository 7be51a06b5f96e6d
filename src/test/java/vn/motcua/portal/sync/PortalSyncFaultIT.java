package vn.motcua.portal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.spi.ConfigSourceProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.portal.sync.PortalSyncProbe.Act;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.OnlineDossierProbe;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.TestDatabase;

/**
 * The outbound sync against the portal simulator while the portal fails (issue 7, "Proof"): twenty
 * dossiers go through their lives concurrently, an action at a time, while the relay runs round
 * after round and the simulator answers 503, holds its answers past the relay's timeout, refuses
 * with error code 99, is unreachable (the relay aimed at a closed port) and answers 503 again for a
 * number of calls. Once it recovers the outbox drains, and every change has reached the portal
 * exactly once, in order per dossier, as it was written; the exchange log has each failed attempt
 * and one success per message.
 *
 * <p>The relay's settings for this deployment are {@link FaultSettings}.
 */
@MotcuaIT
@RunAsClient
class PortalSyncFaultIT {

  private static final long HONG_GAI_CENTER = 10;
  private static final String PROCEDURE = "1.001022"; // recognition of a child
  private static final int DOSSIERS = 20;

  /** How long the simulator holds a TIMEOUT answer back: well past the relay's wait. */
  private static final int SIMULATOR_DELAY_MILLIS = 3 * FaultSettings.TIMEOUT_MILLIS;

  private static final String S = PortalSyncContract.SYNC;
  private static final String P = PortalSyncContract.PROGRESS;

  /**
   * Each dossier's messages in order, from its registration through the life below: a sync and a
   * progress for each change of status, a progress alone for a step started or forwarded within
   * processing (docs/portal-sync.md).
   */
  private static final List<String> MESSAGES =
      List.of(
          S, P, // registered online
          S, P, // accepted
          S, P, // forwarded from reception
          P, // step started
          S, P, // supplement requested
          S, P, // supplement received
          P, // forwarded to the head
          P, // forwarded to the leader
          S, P, // finished
          S, P); // returned

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua(
            PortalSyncProbe.class,
            PortalSyncProbe.Act.class,
            OnlineDossierProbe.class,
            OnlineDossierProbe.Asked.class,
            OnlineDossierProbe.Registered.class,
            FaultSettings.class)
        .addAsResource(
            new StringAsset(FaultSettings.class.getName()),
            "META-INF/services/" + ConfigSourceProvider.class.getName());
  }

  @ArquillianResource private URL base;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ExecutorService clerks = Executors.newFixedThreadPool(4);
  private Relay relay;

  @BeforeEach
  void aQuietOutboxAndAnEmptySimulator() throws Exception {
    // Messages left by earlier test classes in the shared database are not this test's business.
    TestDatabase.execute(
        "UPDATE portal_outbox SET state = 'DISCARDED', lease_holder = NULL, lease_until = NULL"
            + " WHERE state IN ('PENDING', 'FAILED', 'DEAD')");
    mode("{\"mode\":\"NORMAL\"}");
    assertThat(send("DELETE", "api/simulator/portal/calls", null).statusCode()).isEqualTo(204);
  }

  @AfterEach
  void stop() throws Exception {
    if (relay != null) {
      relay.close();
    }
    clerks.shutdownNow();
    mode("{\"mode\":\"NORMAL\"}");
  }

  @Test
  void afterEveryKindOfFaultEachChangeArrivesOnceInOrderAndTheOutboxDrains() throws Exception {
    URI simulator = base.toURI().resolve("api/simulator/portal/sync");
    relay = new Relay(simulator);

    // The portal answers: dossiers are registered and their first messages go out.
    List<String> codes = register();
    // 503 while they are accepted and forwarded.
    mode("{\"mode\":\"SERVER_ERROR\"}");
    wave(codes, Act.ACCEPT);
    wave(codes, Act.FORWARD);
    pause(1_000);
    // The portal takes the messages but its answers come too late: redeliveries follow.
    mode("{\"mode\":\"TIMEOUT\",\"delayMillis\":" + SIMULATOR_DELAY_MILLIS + "}");
    wave(codes, Act.START);
    wave(codes, Act.SUPPLEMENT);
    pause(2_500);
    // Normal for a moment: part of what waited goes out (the longest backoff is 800 ms).
    mode("{\"mode\":\"NORMAL\"}");
    wave(codes, Act.SUPPLEMENTED);
    pause(1_500);
    // A busy portal refuses everything with error code 99.
    mode("{\"mode\":\"ERROR_REPLY\"}");
    wave(codes, Act.FORWARD);
    pause(1_500);
    // No portal at all: the relay finds nothing listening.
    relay.aim(closedPort());
    mode("{\"mode\":\"NORMAL\"}");
    wave(codes, Act.FORWARD);
    pause(1_500);
    // 503 again, for the next 30 calls only.
    mode("{\"mode\":\"SERVER_ERROR\",\"calls\":30}");
    relay.aim(simulator);
    wave(codes, Act.FINISH);
    wave(codes, Act.RETURN);

    // Recovered: the relay goes on until nothing of these dossiers waits.
    mode("{\"mode\":\"NORMAL\"}");
    awaitDrained(codes, Duration.ofSeconds(45));
    relay.close();

    Map<String, List<Message>> outbox = outbox(codes);
    Map<Long, List<Attempt>> attempts = attempts(outbox);
    List<Attempt> all = attempts.values().stream().flatMap(List::stream).toList();
    assertThat(all)
        .as("every kind of fault reached the relay")
        .extracting(Attempt::kind)
        .contains("HTTP_ERROR 503", "TIMEOUT null", "REFUSED 99", "CONNECTION null", "OK 0");
    int redelivered = 0;
    for (String code : codes) {
      List<Message> messages = outbox.get(code);
      List<JsonObject> arrivals = arrivals(code);

      // The writer: each change wrote its messages, in order, in its own transaction.
      assertThat(messages).extracting(Message::service).containsExactlyElementsOf(MESSAGES);
      // Catches a lost or dead message: all sent, none given up.
      assertThat(messages).extracting(Message::state).containsOnly("SENT");
      // Catches a message sent out of order (a later one before an earlier one that failed) and
      // one that arrived twice as two messages (a resend under another key): the first arrivals,
      // in arrival order, are the dossier's messages in id order, each once.
      assertThat(arrivals)
          .as("first arrivals of " + code + " by idempotency key")
          .extracting(a -> Long.parseLong(a.getString("idempotencyKey")))
          .containsExactlyElementsOf(messages.stream().map(Message::id).toList());

      for (int i = 0; i < messages.size(); i++) {
        Message message = messages.get(i);
        JsonObject arrival = arrivals.get(i);
        List<Attempt> tried = attempts.getOrDefault(message.id(), List.of());
        // What arrived is what the change wrote.
        assertThat(arrival.getString("service")).isEqualTo(message.service());
        assertThat(arrival.getJsonObject("item"))
            .as("item of message " + message.id())
            .isEqualTo(json(message.payload()).getJsonArray("data").getJsonObject(0));
        // Catches the same message sent again under its key when no answer was lost (two rounds
        // taking one row, a resend after success): the portal saw it again at most once for each
        // attempt whose answer the relay did not get in time.
        long timeouts = tried.stream().filter(a -> a.result().equals("TIMEOUT")).count();
        assertThat(arrival.getInt("redeliveries"))
            .as("redeliveries of message " + message.id())
            .isLessThanOrEqualTo((int) timeouts);
        assertThat(arrival.getInt("differingRedeliveries")).isZero();
        redelivered += arrival.getInt("redeliveries");
        // The exchange log: every attempt, failures then exactly one success, each with the hash
        // of the one body the message is sent as.
        assertThat(tried)
            .as("exchange log of message " + message.id())
            .hasSize(message.attempts())
            .filteredOn(a -> a.result().equals("OK"))
            .hasSize(1);
        assertThat(tried.get(tried.size() - 1).kind()).isEqualTo("OK 0");
        assertThat(tried)
            .extracting(Attempt::sha256)
            .containsOnly(
                PortalSyncContract.sha256(
                    PortalSyncContract.envelope("test", "000.00.00.H22", message.payload())));
      }
    }
    assertThat(redelivered).as("redeliveries after the TIMEOUT period").isPositive();
    assertThat(get("api/simulator/portal/refusals").body())
        .as("no message broke the contract")
        .isEqualTo("[]");
  }

  // --- The dossiers' lives ---

  /** Twenty dossiers registered online at once; their codes. */
  private List<String> register() throws Exception {
    List<Future<String>> registered = new ArrayList<>();
    for (int i = 1; i <= DOSSIERS; i++) {
      String idNumber = String.format("022195%06d", 600 + i);
      registered.add(
          clerks.submit(
              () ->
                  OnlineDossiers.register(
                      base, PROCEDURE, HONG_GAI_CENTER, idNumber, "1995-03-08", false)));
    }
    List<String> codes = new ArrayList<>();
    for (Future<String> code : registered) {
      codes.add(code.get());
    }
    return codes;
  }

  /** Every dossier takes the action, several at once, each in a transaction of its own. */
  private void wave(List<String> codes, Act act) throws Exception {
    List<Future<String>> done = new ArrayList<>();
    for (String code : codes) {
      done.add(clerks.submit(() -> probe("act/" + code + "/" + act)));
    }
    for (Future<String> answer : done) {
      answer.get();
    }
  }

  // --- The relay, round after round, on a thread of its own ---

  /** Runs the relay's rounds (the probe's) one after another against the endpoint aimed at. */
  private final class Relay implements AutoCloseable {

    private final AtomicReference<URI> target;
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean running = true;

    Relay(URI target) {
      this.target = new AtomicReference<>(target);
      this.thread = new Thread(this::run, "relay-rounds");
      thread.start();
    }

    private void run() {
      while (running) {
        try {
          probe("deliver?to=" + target.get());
          rounds.incrementAndGet();
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          failure.compareAndSet(null, e);
          return;
        }
      }
    }

    /** Aims the rounds at another endpoint, from the next round on, and waits for that round. */
    void aim(URI endpoint) throws Exception {
      target.set(endpoint);
      int now = rounds.get();
      await(() -> rounds.get() >= now + 2, Duration.ofSeconds(45), "the relay's rounds");
    }

    void check() {
      if (failure.get() != null) {
        throw new AssertionError("a relay round failed", failure.get());
      }
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join(60_000);
      check();
    }
  }

  /** An address where nothing listens: a port the system gave and took back. */
  private static URI closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/sync");
    }
  }

  private void awaitDrained(List<String> codes, Duration within) throws Exception {
    long until = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < until) {
      relay.check();
      if (waiting(codes).isEmpty()) {
        return;
      }
      Thread.sleep(200);
    }
    fail(
        "The outbox did not drain; still waiting (id dossier state attempts last error):\n%s",
        String.join("\n", waiting(codes)));
  }

  /** The messages of these dossiers not yet sent: one line each, without the payload. */
  private static List<String> waiting(List<String> codes) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT id, dossier_code, state, attempts, last_error FROM portal_outbox"
                    + " WHERE dossier_code = ANY (?) AND state <> 'SENT' ORDER BY id")) {
      q.setArray(1, c.createArrayOf("varchar", codes.toArray()));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          lines.add(
              r.getLong(1)
                  + " "
                  + r.getString(2)
                  + " "
                  + r.getString(3)
                  + " "
                  + r.getInt(4)
                  + " "
                  + r.getString(5));
        }
      }
    }
    return lines;
  }

  private static void pause(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  private static void await(BooleanSupplier condition, Duration within, String what)
      throws InterruptedException {
    long until = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        fail("Waited in vain for " + what);
      }
      Thread.sleep(50);
    }
  }

  // --- What the outbox, the exchange log and the simulator hold ---

  record Message(long id, String service, String state, int attempts, String payload) {}

  /** One delivery attempt as the exchange log has it. */
  record Attempt(String result, String httpStatus, String errorCode, String sha256) {

    /** The result with the status or error code that tells the fault. */
    String kind() {
      return result + " " + (errorCode != null ? errorCode : httpStatus);
    }
  }

  /** Each dossier's outbox messages, in id order. */
  private static Map<String, List<Message>> outbox(List<String> codes) throws Exception {
    Map<String, List<Message>> messages = new LinkedHashMap<>();
    codes.forEach(code -> messages.put(code, new ArrayList<>()));
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT id, dossier_code, service, state, attempts, payload FROM portal_outbox"
                    + " WHERE dossier_code = ANY (?) ORDER BY id")) {
      q.setArray(1, c.createArrayOf("varchar", codes.toArray()));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          messages
              .get(r.getString(2))
              .add(
                  new Message(
                      r.getLong(1), r.getString(3), r.getString(4), r.getInt(5), r.getString(6)));
        }
      }
    }
    return messages;
  }

  /** The exchange log's attempts of these messages, by message id, in the order made. */
  private static Map<Long, List<Attempt>> attempts(Map<String, List<Message>> outbox)
      throws Exception {
    Map<Long, List<Attempt>> attempts = new LinkedHashMap<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT message_id, result, http_status, error_code, payload_sha256"
                    + " FROM portal_exchange WHERE direction = 'OUT' AND message_id = ANY (?)"
                    + " ORDER BY id")) {
      Array ids =
          c.createArrayOf(
              "varchar",
              outbox.values().stream()
                  .flatMap(List::stream)
                  .map(m -> Long.toString(m.id()))
                  .toArray());
      q.setArray(1, ids);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          attempts
              .computeIfAbsent(Long.parseLong(r.getString(1)), id -> new ArrayList<>())
              .add(new Attempt(r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
        }
      }
    }
    return attempts;
  }

  /** What reached the simulator for a dossier, first arrivals in arrival order. */
  private List<JsonObject> arrivals(String code) throws Exception {
    HttpResponse<String> answer = get("api/simulator/portal/calls?max=1000&dossier=" + code);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer.body()).getJsonArray("calls").getValuesAs(JsonObject.class);
  }

  // --- HTTP ---

  private void mode(String change) throws Exception {
    HttpResponse<String> answer = send("PUT", "api/simulator/portal/mode", change);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private String probe(String path) throws Exception {
    HttpResponse<String> answer = send("POST", "api/v1/test-portal-sync/" + path, "");
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return answer.body();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send("GET", path, null);
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(90));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", body.isEmpty() ? "text/plain" : "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
