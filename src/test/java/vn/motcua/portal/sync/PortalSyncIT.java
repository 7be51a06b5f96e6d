package vn.motcua.portal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.portal.sync.internal.ClaimPlan;
import vn.motcua.testing.BrowserSession;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.LoginPage;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.OnlineDossierProbe;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.PortalOutboxPage;
import vn.motcua.testing.TestDatabase;

/**
 * The outbox end to end, against a stand-in portal on the JDK's HTTP server in the test: a change
 * writes its messages in its own transaction (a rolled-back change leaves none); the relay delivers
 * each dossier's messages in order with the contract's envelope and idempotency key; errors,
 * refusals and timeouts are retried; a message dead after its last attempt holds its dossier until
 * the administrator retries it on the outbox screen; every attempt is in the exchange log with the
 * SHA-256 of the body the portal received.
 */
@MotcuaIT
@RunAsClient
class PortalSyncIT {

  private static final long HONG_GAI_CENTER = 10;
  private static final String PROCEDURE = "1.001022"; // recognition of a child

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua(
        PortalSyncProbe.class,
        OnlineDossierProbe.class,
        OnlineDossierProbe.Asked.class,
        OnlineDossierProbe.Registered.class);
  }

  @ArquillianResource private URL base;

  @RegisterExtension final BrowserSession session = new BrowserSession();

  /** What the stand-in portal received: the key, the body, the dossier code. */
  record Received(long key, String body, String code, String service) {}

  private static HttpServer portal;
  private static ExecutorService threads;
  private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

  /** Per dossier code, the answers to give before answering success: 503, 9 (a refusal), slow. */
  private static final Map<String, Deque<String>> TROUBLE = new ConcurrentHashMap<>();

  /** Dossiers whose every message is answered with HTTP 500. */
  private static final Map<String, Boolean> DOWN = new ConcurrentHashMap<>();

  @BeforeAll
  static void startThePortal() throws Exception {
    // Messages left by earlier test classes in the shared database are not this test's business.
    TestDatabase.execute(
        "UPDATE portal_outbox SET state = 'DISCARDED', lease_holder = NULL, lease_until = NULL"
            + " WHERE state IN ('PENDING', 'FAILED', 'DEAD')");
    portal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool();
    portal.setExecutor(threads);
    portal.createContext("/sync", PortalSyncIT::answer);
    portal.start();
  }

  @AfterAll
  static void stopThePortal() {
    portal.stop(0);
    threads.shutdownNow();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      JsonObject envelope = json(body);
      String code = envelope.getJsonArray("data").getJsonObject(0).getString("MaHoSo");
      RECEIVED.add(
          new Received(
              Long.parseLong(exchange.getRequestHeaders().getFirst("Idempotency-Key")),
              body,
              code,
              envelope.getString("service")));
      if (DOWN.containsKey(code)) {
        reply(exchange, 500, "{\"error_code\":\"99\",\"message\":\"Lỗi hệ thống\"}");
        return;
      }
      String trouble = TROUBLE.getOrDefault(code, new ConcurrentLinkedDeque<>()).poll();
      if ("503".equals(trouble)) {
        reply(exchange, 503, "");
      } else if ("9".equals(trouble)) {
        reply(exchange, 200, "{\"error_code\":\"9\",\"message\":\"Phiên không hợp lệ\"}");
      } else if ("slow".equals(trouble)) {
        Thread.sleep(4_000); // longer than the test profile's 1500 ms
        reply(exchange, 200, "{\"error_code\":\"0\",\"message\":\"Thành công\"}");
      } else {
        reply(exchange, 200, "{\"error_code\":\"0\",\"message\":\"Thành công\"}");
      }
    } catch (InterruptedException | IOException e) {
      // the relay gave up waiting
    } finally {
      exchange.close();
    }
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  // --- What the test drives ---

  private String register(String idNumber, boolean forwarded) throws Exception {
    return OnlineDossiers.register(
        base, PROCEDURE, HONG_GAI_CENTER, idNumber, "1995-03-08", forwarded);
  }

  private String probe(String path) throws Exception {
    return probe(path, "");
  }

  private String probe(String path, String body) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("api/v1/test-portal-sync/" + path))
                    .timeout(Duration.ofSeconds(90))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  /** Relay rounds to the stand-in portal until the condition holds (failed messages wait ms). */
  private void deliverUntil(BooleanSupplier done) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("delivered in time").isLessThan(until);
      probe("deliver?to=http://127.0.0.1:" + portal.getAddress().getPort() + "/sync");
    }
  }

  /** The dossier's outbox rows in order: id, service, state, attempts, payload, sha256, error. */
  private static List<Object[]> outbox(String code) throws Exception {
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT id, service, state, attempts, payload, payload_sha256, last_error"
                    + " FROM portal_outbox WHERE dossier_code = ? ORDER BY id")) {
      q.setString(1, code);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(
              new Object[] {
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getInt(4),
                r.getString(5),
                r.getString(6),
                r.getString(7)
              });
        }
      }
    }
    return rows;
  }

  private static List<String> states(String code) {
    try {
      return outbox(code).stream().map(r -> (String) r[2]).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The exchange log of one message: result, HTTP status, error code, payload SHA-256. */
  private static List<String[]> exchanges(long messageId) throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT result, http_status, error_code, payload_sha256, service"
                    + " FROM portal_exchange WHERE direction = 'OUT' AND message_id = ?"
                    + " ORDER BY id")) {
      q.setString(1, Long.toString(messageId));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(
              new String[] {
                r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)
              });
        }
      }
    }
    return rows;
  }

  private static List<Received> received(String code) {
    return RECEIVED.stream().filter(r -> r.code().equals(code)).toList();
  }

  // --- The tests ---

  @Test
  void aChangeWritesItsMessagesInItsOwnTransaction() throws Exception {
    String code = register("022195000101", false);

    List<Object[]> rows = outbox(code);
    assertThat(rows)
        .extracting(r -> r[1] + " " + r[2])
        .containsExactly("DongBoHoSoMC PENDING", "CapNhatTienDoHoSoMC PENDING");
    JsonObject sync = json((String) rows.get(0)[4]);
    assertThat(sync.getString("isUpdating")).isEqualTo("false");
    assertThat(sync.getJsonArray("data").getJsonObject(0).getString("MaHoSo")).isEqualTo(code);
    assertThat(sync.getJsonArray("data").getJsonObject(0).getString("TrangThaiHoSo"))
        .isEqualTo("1");
    assertThat(rows.get(0)[5]).isEqualTo(PortalSyncContract.sha256((String) rows.get(0)[4]));

    String forwarded = register("022195000102", true);
    int before = outbox(forwarded).size();
    long version =
        ((Number) TestDatabase.value("SELECT version FROM dossier WHERE code = ?", forwarded))
            .longValue();

    int inside = Integer.parseInt(probe("rolled-back/" + forwarded));

    assertThat(inside).as("the step's progress, inside the transaction").isEqualTo(before + 1);
    assertThat(outbox(forwarded)).as("nothing left by the rolled-back change").hasSize(before);
    assertThat(TestDatabase.number("SELECT version FROM dossier WHERE code = ?", forwarded))
        .isEqualTo((int) version);
  }

  @Test
  void theCommuneLevelUnitsStayInTheSharedCache() throws Exception {
    // Every reception reads its center's and its committee's communes: read once, kept.
    assertThat(probe("commune-of/TTPVHCC-HONG-GAI")).isEqualTo("cached");
  }

  @Test
  void theRelayDeliversEachDossiersMessagesInOrder() throws Exception {
    String first = register("022195000201", true);
    String second = register("022195000202", true);

    deliverUntil(
        () ->
            states(first).stream().allMatch("SENT"::equals)
                && states(second).stream().allMatch("SENT"::equals));

    for (String code : List.of(first, second)) {
      List<Object[]> rows = outbox(code);
      // registered, accepted, forwarded: a sync and a progress for each
      assertThat(rows).hasSize(6);
      assertThat(received(code))
          .extracting(Received::key)
          .as("each message once, in the dossier's order")
          .containsExactlyElementsOf(rows.stream().map(r -> (Long) r[0]).toList());
      assertThat(received(code))
          .extracting(Received::service)
          .containsExactly(
              "DongBoHoSoMC",
              "CapNhatTienDoHoSoMC",
              "DongBoHoSoMC",
              "CapNhatTienDoHoSoMC",
              "DongBoHoSoMC",
              "CapNhatTienDoHoSoMC");
      for (Received message : received(code)) {
        JsonObject envelope = json(message.body());
        assertThat(envelope.getString("session")).isEqualTo("test");
        assertThat(envelope.getString("madonvi")).isEqualTo("000.00.00.H22");
        assertThat(exchanges(message.key()))
            .singleElement()
            .satisfies(
                x -> {
                  assertThat(x[0]).isEqualTo("OK");
                  assertThat(x[1]).isEqualTo("200");
                  assertThat(x[2]).isEqualTo("0");
                  assertThat(x[3]).isEqualTo(PortalSyncContract.sha256(message.body()));
                  assertThat(x[4]).isEqualTo(message.service());
                });
      }
      assertThat(rows).allSatisfy(r -> assertThat(r[3]).isEqualTo(1));
    }
  }

  /**
   * Rounds run at once, in this instance and others: a round slower than its lease finds its
   * message taken over by another round, and its late ending must not count over that round's.
   */
  @Test
  void aRoundThatOutlivedItsLeaseCannotRecordOverTheRoundThatTookItsMessageOver() throws Exception {
    String code = register("022195000701", false);
    String first = probe("claim?holder=round-a&code=" + code);
    assertThat(first).as("round A takes the dossier's first message").isNotEqualTo("none");
    long id = Long.parseLong(first);

    assertThat(probe("claim?holder=round-b&code=" + code))
        .as("once A's lease is over, round B takes the message over")
        .isEqualTo(first);
    probe("sent/" + id + "?holder=round-a");
    assertThat(outbox(code).get(0))
        .as("A's late ending does not count: B is still sending")
        .satisfies(
            row -> {
              assertThat(row[0]).isEqualTo(id);
              assertThat(row[2]).isEqualTo("PENDING");
              assertThat(row[3]).isEqualTo(0);
            });
    assertThat(TestDatabase.value("SELECT lease_holder FROM portal_outbox WHERE id = ?", id))
        .isEqualTo("round-b");

    probe("sent/" + id + "?holder=round-b");
    assertThat(outbox(code).get(0)[2]).as("B's ending counts").isEqualTo("SENT");
    assertThat(outbox(code).get(0)[3]).isEqualTo(1);
  }

  /**
   * The claim as it was until 43088eb, the control: with the statistics below it handled about
   * 600,000 rows for a batch of 50.
   */
  private static final String CLAIM_WITH_NOT_EXISTS =
      "WITH picked AS ("
          + " SELECT m.id FROM portal_outbox m"
          + " WHERE m.state IN ('PENDING', 'FAILED') AND m.next_attempt_at <= now()"
          + " AND (m.lease_until IS NULL OR m.lease_until < now())"
          + " AND NOT EXISTS (SELECT 1 FROM portal_outbox e"
          + " WHERE e.dossier_code = m.dossier_code AND e.id < m.id"
          + " AND e.state IN ('PENDING', 'FAILED', 'DEAD'))"
          + " ORDER BY m.id LIMIT ?1 FOR UPDATE SKIP LOCKED)"
          + " UPDATE portal_outbox o SET lease_holder = ?2,"
          + " lease_until = now() + ?3 * interval '1 millisecond'"
          + " FROM picked WHERE o.id = picked.id RETURNING o.id";

  /**
   * A queue's statistics are stale more often than not. With statistics taken when nothing waited,
   * the claim once read the whole backlog for each message it looked at; it must handle about a
   * batch's worth of rows whatever they say.
   */
  @Test
  void aClaimReadsAboutABatchHoweverStaleTheStatistics() throws Exception {
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        // Two messages for each of 4,000 dossiers, all sent when the statistics are taken.
        s.executeUpdate(
            "INSERT INTO portal_outbox (dossier_code, service, payload, payload_sha256, state,"
                + " sent_at) SELECT 'PLAN-' || (n / 2), CASE WHEN n % 2 = 0 THEN 'DongBoHoSoMC'"
                + " ELSE 'CapNhatTienDoHoSoMC' END, '{}', repeat('0', 64), 'SENT', now()"
                + " FROM generate_series(0, 7999) AS n");
        s.execute("ANALYZE portal_outbox");
        s.executeUpdate(
            "UPDATE portal_outbox SET state = 'PENDING', sent_at = NULL"
                + " WHERE dossier_code LIKE 'PLAN-%'");
      }
      try {
        assertThat(ClaimPlan.rowsHandled(c, CLAIM_WITH_NOT_EXISTS, 50))
            .as("the control: the old claim, with these statistics")
            .isGreaterThan(50_000);
        assertThat(ClaimPlan.rowsHandled(c, 50))
            .as("rows a claim of 50 handled in any step, with 8,000 messages waiting")
            .isLessThan(500);
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void errorsRefusalsAndTimeoutsAreTriedAgainUntilSent() throws Exception {
    String troubled = register("022195000301", false);
    String slow = register("022195000302", false);
    TROUBLE.put(troubled, new ConcurrentLinkedDeque<>(List.of("503", "9")));
    TROUBLE.put(slow, new ConcurrentLinkedDeque<>(List.of("slow")));

    deliverUntil(
        () ->
            states(troubled).stream().allMatch("SENT"::equals)
                && states(slow).stream().allMatch("SENT"::equals));

    long troubledSync = (Long) outbox(troubled).get(0)[0];
    assertThat(outbox(troubled).get(0)[3]).isEqualTo(3);
    assertThat(exchanges(troubledSync))
        .extracting(x -> x[0] + " " + x[1] + " " + x[2])
        .containsExactly("HTTP_ERROR 503 null", "REFUSED 200 9", "OK 200 0");
    long slowSync = (Long) outbox(slow).get(0)[0];
    assertThat(exchanges(slowSync))
        .extracting(x -> x[0] + " " + x[1])
        .containsExactly("TIMEOUT null", "OK 200");
    // The progress waited behind its sync each time: received once, after it.
    for (String code : List.of(troubled, slow)) {
      List<Long> keys = received(code).stream().map(Received::key).toList();
      long progress = (Long) outbox(code).get(1)[0];
      assertThat(keys.indexOf(progress)).isEqualTo(keys.size() - 1);
      assertThat(keys.stream().filter(k -> k == progress)).hasSize(1);
    }
  }

  @Test
  void aDeadMessageHoldsItsDossierUntilTheAdministratorRetriesIt() throws Exception {
    String dead = register("022195000401", false);
    String healthy = register("022195000402", false);
    DOWN.put(dead, true);

    deliverUntil(
        () ->
            states(dead).get(0).equals("DEAD")
                && states(healthy).stream().allMatch("SENT"::equals));

    List<Object[]> rows = outbox(dead);
    long sync = (Long) rows.get(0)[0];
    long progress = (Long) rows.get(1)[0];
    assertThat(rows.get(0)[3]).isEqualTo(3);
    assertThat(rows.get(0)[6]).isEqualTo("HTTP_ERROR HTTP 500 error_code 99");
    assertThat(states(dead)).containsExactly("DEAD", "PENDING");
    assertThat(received(dead))
        .as("three attempts of the first message; the second held back")
        .extracting(Received::key)
        .containsExactly(sync, sync, sync);
    assertThat(exchanges(sync)).extracting(x -> x[0]).containsOnly("HTTP_ERROR").hasSize(3);

    // A further round still holds it.
    probe("deliver?to=http://127.0.0.1:" + portal.getAddress().getPort() + "/sync");
    assertThat(states(dead)).containsExactly("DEAD", "PENDING");

    // The administrator sees it and retries it.
    DOWN.remove(dead);
    LoginPage.open(session.driver(), base, "admin/portal-outbox.xhtml")
        .loginAs("admin", "demo-MotCua-2026");
    PortalOutboxPage page = PortalOutboxPage.open(session.driver(), base);
    assertThat(page.count("Đã dừng")).isEqualTo("Đã dừng: 1");
    page.showState("Đã dừng").searchCode(dead);
    assertThat(page.awaitRow(sync, dead, "Đồng bộ hồ sơ", "Đã dừng", "HTTP_ERROR HTTP 500"))
        .contains("3");
    assertThat(page.payload(sync)).contains("\"MaHoSo\": \"" + dead + "\"");
    assertThat(page.retry(sync)).isEqualTo("Thông điệp " + sync + " sẽ được gửi lại ngay.");
    assertThat(states(dead)).containsExactly("PENDING", "PENDING");
    assertThat(
            TestDatabase.value(
                "SELECT actor || ' ' || action FROM audit_event"
                    + " WHERE subject_type = 'portal_outbox' AND subject_id = ?",
                Long.toString(sync)))
        .isEqualTo("admin PORTAL_MESSAGE_RETRIED");

    deliverUntil(() -> states(dead).stream().allMatch("SENT"::equals));
    assertThat(received(dead))
        .extracting(Received::key)
        .containsExactly(sync, sync, sync, sync, progress);
  }

  @Test
  void anInboundCallIsLoggedByItsHashAndTheLogCannotBeChanged() throws Exception {
    String body = "{\"MaHoSo\":\"G22.99-260101-0001\",\"ChuHoSo\":\"Lê Thị Trực Tuyến\"}";

    probe("inbound/portal-msg-1", body);

    assertThat(
            TestDatabase.numberOnceWritten(
                n -> n == 1,
                "SELECT count(*) FROM portal_exchange WHERE message_id = ?",
                "portal-msg-1"))
        .as("written a moment after the call, with others")
        .isOne();

    assertThat(
            TestDatabase.value(
                "SELECT direction || ' ' || service || ' ' || http_status || ' ' || result || ' '"
                    + " || payload_sha256 FROM portal_exchange WHERE message_id = ?",
                "portal-msg-1"))
        .isEqualTo("IN /api/v1/portal/dossiers 201 ACCEPTED " + PortalSyncContract.sha256(body));
    try (Connection c = TestDatabase.connectAsApplication()) {
      for (String change :
          List.of(
              "UPDATE portal_exchange SET result = 'X'",
              "DELETE FROM portal_exchange",
              "DELETE FROM portal_outbox")) {
        assertThatThrownBy(() -> c.createStatement().executeUpdate(change))
            .as(change)
            .hasMessageContaining("permission denied");
      }
    }
    try (Connection c = TestDatabase.connect()) {
      assertThatThrownBy(
              () -> c.createStatement().executeUpdate("DELETE FROM portal_exchange WHERE false"))
          .as("even the owner, even for no row")
          .hasMessageContaining("append-only");
    }
  }
}
