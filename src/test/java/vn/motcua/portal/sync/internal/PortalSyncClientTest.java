package vn.motcua.portal.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.portal.sync.internal.Delivery.Outcome;

/**
 * The sync client against a stand-in portal on the JDK's HTTP server: success is only HTTP 2xx with
 * error_code "0"; every other reply, silence, slowness or no server is a failure of its kind,
 * within the timeout, and the request carries its JSON and its idempotency key.
 */
class PortalSyncClientTest {

  private static final Duration TIMEOUT = Duration.ofMillis(500);

  /** What the stand-in portal does with a request. */
  private interface Behaviour {
    void handle(HttpExchange exchange) throws Exception;
  }

  private HttpServer server;
  private ExecutorService threads;
  private volatile Behaviour behaviour;
  private final Map<String, String> received = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext(
        "/sync",
        exchange -> {
          try {
            received.put("key", exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            received.put("type", exchange.getRequestHeaders().getFirst("Content-Type"));
            received.put(
                "body",
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            behaviour.handle(exchange);
          } catch (Exception e) {
            // the client went away (timeout tests)
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sync");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private Delivery sendOne() {
    return new PortalSyncClient(TIMEOUT)
        .send(endpoint(), List.of(new PortalSyncClient.Outgoing(42, "{\"service\":\"x\"}")))
        .get(0);
  }

  @Test
  void successIsHttp200WithErrorCodeZeroAndTheRequestCarriesItsKey() {
    behaviour = e -> answer(e, 200, "{\"error_code\":\"0\",\"message\":\"Thành công\"}");

    Delivery delivery = sendOne();

    assertThat(delivery.outcome()).isEqualTo(Outcome.OK);
    assertThat(delivery.failure()).isNull();
    assertThat(received)
        .containsEntry("key", "42")
        .containsEntry("type", "application/json")
        .containsEntry("body", "{\"service\":\"x\"}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "200 | {\"error_code\":\"0\"}                    | OK         | ",
        "201 | {\"error_code\":0}                        | OK         | ",
        "200 | {\"error_code\":\"3\",\"message\":\"Phiên\"} | REFUSED    | REFUSED HTTP 200 error_code 3",
        "200 | {\"message\":\"no code\"}                 | MALFORMED  | MALFORMED HTTP 200",
        "200 | <html>                                    | MALFORMED  | MALFORMED HTTP 200",
        "200 | ''                                        | MALFORMED  | MALFORMED HTTP 200",
        "500 | {\"error_code\":\"0\"}                    | HTTP_ERROR | HTTP_ERROR HTTP 500 error_code 0",
        "503 | ''                                        | HTTP_ERROR | HTTP_ERROR HTTP 503",
        "404 | Not found                                 | HTTP_ERROR | HTTP_ERROR HTTP 404",
        "301 | ''                                        | HTTP_ERROR | HTTP_ERROR HTTP 301"
      })
  void repliesAreClassifiedByTheContract(int status, String body, Outcome outcome, String failure) {
    Delivery delivery = PortalSyncClient.read(status, body, 5);

    assertThat(delivery.outcome()).isEqualTo(outcome);
    assertThat(delivery.failure()).isEqualTo(failure);
  }

  @Test
  void aServerErrorIsAFailure() {
    behaviour = e -> answer(e, 502, "Bad gateway");

    assertThat(sendOne().failure()).isEqualTo("HTTP_ERROR HTTP 502");
  }

  @Test
  void silenceIsATimeoutWithinTheTimeout() {
    behaviour = e -> Thread.sleep(5_000);
    long start = System.nanoTime();

    Delivery delivery = sendOne();

    assertThat(delivery.outcome()).isEqualTo(Outcome.TIMEOUT);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aBodyTooSlowToArriveIsATimeout() {
    behaviour =
        e -> {
          e.sendResponseHeaders(200, 100);
          e.getResponseBody().write("{\"error_code\"".getBytes(StandardCharsets.UTF_8));
          e.getResponseBody().flush();
          Thread.sleep(5_000);
        };

    assertThat(sendOne().outcome()).isEqualTo(Outcome.TIMEOUT);
  }

  @Test
  void noServerIsAConnectionFailure() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }

    Delivery delivery =
        new PortalSyncClient(TIMEOUT)
            .send(
                URI.create("http://127.0.0.1:" + closed + "/sync"),
                List.of(new PortalSyncClient.Outgoing(1, "{}")))
            .get(0);

    assertThat(delivery.outcome()).isEqualTo(Outcome.CONNECTION);
    assertThat(delivery.httpStatus()).isNull();
  }

  @Test
  void aBatchIsSentAtOnceAndAnsweredInItsOrder() {
    behaviour =
        e -> {
          String key = e.getRequestHeaders().getFirst("Idempotency-Key");
          Thread.sleep(300); // each alone; together they still end within the timeout
          answer(e, 200, "{\"error_code\":\"" + ("2".equals(key) ? "9" : "0") + "\"}");
        };

    List<Delivery> deliveries =
        new PortalSyncClient(TIMEOUT)
            .send(
                endpoint(),
                List.of(
                    new PortalSyncClient.Outgoing(1, "{}"),
                    new PortalSyncClient.Outgoing(2, "{}"),
                    new PortalSyncClient.Outgoing(3, "{}")));

    assertThat(deliveries)
        .extracting(Delivery::outcome)
        .containsExactly(Outcome.OK, Outcome.REFUSED, Outcome.OK);
  }
}
