package vn.motcua.population.internal;

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
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.population.CitizenId;
import vn.motcua.population.PopulationLookup;
import vn.motcua.population.Resident;

/**
 * The adapter against a stand-in server on the JDK's own HTTP server: every answer of the contract
 * is read, and every failure (error status, garbage, silence, slowness, no server) is UNAVAILABLE
 * within the timeout, with a reason that holds no personal data.
 */
class PopulationClientTest {

  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final CitizenId ID = new CitizenId("022090001234");
  private static final Resident PERSON =
      new Resident(
          "022090001234",
          "Nguyễn Văn Hùng",
          LocalDate.of(1990, 7, 19),
          Resident.Gender.MALE,
          "Số 12, Tổ 3, Khu 4, Phường Mạo Khê, Tỉnh Quảng Ninh",
          "00254");

  /** What the stand-in server does with a request. */
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
        "/",
        exchange -> {
          received.put("method", exchange.getRequestMethod());
          received.put("path", exchange.getRequestURI().getPath());
          received.put(
              "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.getRequestHeaders().forEach((k, v) -> received.put(k.toLowerCase(), v.get(0)));
          try {
            behaviour.handle(exchange);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (Exception e) {
            throw new IOException(e);
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

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/dan-cu/");
  }

  private static Behaviour answer(int status, String body) {
    return exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    };
  }

  private PopulationLookup lookUp() {
    return new PopulationClient(TIMEOUT, "X-API-Key", "").lookUp(base(), ID);
  }

  @Test
  void aPersonIsReadFromTheContractsAnswer() {
    behaviour =
        answer(
            200,
            """
            {"soDinhDanh": "022090001234", "hoVaTen": "Nguyễn Văn Hùng", "ngaySinh": "19900719",
             "gioiTinh": "1", "noiThuongTru": {"diaChiChiTiet":
             "Số 12, Tổ 3, Khu 4, Phường Mạo Khê, Tỉnh Quảng Ninh", "maDonViHanhChinh": "00254"},
             "quocTich": "VN"}""");

    PopulationLookup lookup = lookUp();

    assertThat(lookup.outcome()).isEqualTo(PopulationLookup.Outcome.FOUND);
    assertThat(lookup.person()).contains(PERSON);
  }

  @Test
  void theNumberTravelsInAPostedBodyNeverInTheUrl() {
    behaviour = answer(200, PopulationContract.answer(PERSON));

    new PopulationClient(TIMEOUT, "X-API-Key", "").lookUp(base(), ID);

    assertThat(received)
        .containsEntry("method", "POST")
        .containsEntry("path", "/api/dan-cu/cong-dan/tra-cuu")
        .containsEntry("body", "{\"soDinhDanh\":\"022090001234\"}")
        .containsEntry("content-type", "application/json")
        .doesNotContainKey("x-api-key");
  }

  @Test
  void theKeyIsSentInTheConfiguredHeader() {
    behaviour = answer(200, PopulationContract.answer(PERSON));

    new PopulationClient(TIMEOUT, "X-Ma-Truy-Cap", "s3cret").lookUp(base(), ID);

    assertThat(received).containsEntry("x-ma-truy-cap", "s3cret");
  }

  @Test
  void whatTheSimulatorWritesTheAdapterReads() {
    assertThat(PopulationClient.read(200, PopulationContract.answer(PERSON), ID))
        .isEqualTo(PopulationLookup.found(PERSON));
  }

  @Test
  void theContractsNotFoundIsNotFound() {
    behaviour =
        answer(404, PopulationContract.error(PopulationContract.NOT_FOUND, "Không tìm thấy"));

    assertThat(lookUp()).isEqualTo(PopulationLookup.notFound());
  }

  @ParameterizedTest(name = "{0} {1} -> unavailable ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "503 | {\"maLoi\":\"TAM_NGUNG_DICH_VU\",\"moTa\":\"Tạm ngừng\"} | HTTP 503",
        "500 | '' | HTTP 500",
        "502 | <html>Bad gateway</html> | HTTP 502",
        "401 | {\"maLoi\":\"KHONG_DUOC_PHEP\"} | key was refused",
        "302 | '' | HTTP 302",
        "404 | <html>Not Found</html> | wrong URL",
        "404 | {\"maLoi\":\"OTHER\"} | wrong URL",
        "400 | {\"maLoi\":\"DINH_DANH_KHONG_HOP_LE\"} | HTTP 400",
        "200 | <html>Hello</html> | not a JSON object",
        "200 | [] | not a JSON object",
        "200 | '' | not a JSON object",
        "200 | {} | soDinhDanh is missing",
        "200 | {\"soDinhDanh\":\"022090009999\",\"hoVaTen\":\"Nguyễn Văn Hùng\"} | not the number asked",
        "200 | {\"soDinhDanh\":\"022090001234\",\"hoVaTen\":\"Nguyễn Văn Hùng\",\"ngaySinh\":\"19900230\","
            + "\"gioiTinh\":\"1\"} | ngaySinh",
        "200 | {\"soDinhDanh\":\"022090001234\",\"hoVaTen\":\"Nguyễn Văn Hùng\",\"ngaySinh\":\"1990-07-19\","
            + "\"gioiTinh\":\"1\"} | ngaySinh",
        "200 | {\"soDinhDanh\":\"022090001234\",\"hoVaTen\":\"Nguyễn Văn Hùng\",\"ngaySinh\":\"19900719\","
            + "\"gioiTinh\":\"0\"} | gioiTinh",
        "200 | {\"soDinhDanh\":\"022090001234\",\"hoVaTen\":\"  \",\"ngaySinh\":\"19900719\","
            + "\"gioiTinh\":\"1\"} | hoVaTen",
        "200 | {\"soDinhDanh\":\"022090001234\",\"hoVaTen\":\"Nguyễn Văn Hùng\",\"ngaySinh\":\"19900719\","
            + "\"gioiTinh\":\"1\",\"noiThuongTru\":\"Mạo Khê\"} | noiThuongTru",
        "200 | {\"soDinhDanh\":\"022090001234\",\"hoVaTen\":\"Nguyễn Văn Hùng\",\"ngaySinh\":\"19900719\","
            + "\"gioiTinh\":\"1\",\"noiThuongTru\":{\"diaChiChiTiet\":\"Số 12\",\"maDonViHanhChinh\":254}} | maDonViHanhChinh",
        "200 | {\"soDinhDanh\":\"022090001234\",\"hoVaTen\":\"Nguyễn Văn Hùng\",\"ngaySinh\":\"19900719\","
            + "\"gioiTinh\":\"1\",\"noiThuongTru\":{\"diaChiChiTiet\":\"Số 12\",\"maDonViHanhChinh\":\"254\"}} | maDonViHanhChinh"
      })
  void everyOtherAnswerIsUnavailable(int status, String body, String reason) {
    behaviour = answer(status, body);

    PopulationLookup lookup = lookUp();

    assertThat(lookup.outcome()).isEqualTo(PopulationLookup.Outcome.UNAVAILABLE);
    assertThat(lookup.reason())
        .contains(reason)
        .doesNotContain(ID.value())
        .doesNotContain("Nguyễn")
        .doesNotContain("Mạo Khê");
  }

  @Test
  void anAnswerThatDoesNotComeInTimeIsUnavailable() {
    behaviour =
        exchange -> {
          Thread.sleep(5_000);
          answer(200, PopulationContract.answer(PERSON)).handle(exchange);
        };

    long start = System.nanoTime();
    PopulationLookup lookup = lookUp();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(lookup.outcome()).isEqualTo(PopulationLookup.Outcome.UNAVAILABLE);
    assertThat(lookup.reason()).contains("within 500 ms");
    assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(Duration.ofMillis(2_000));
  }

  @Test
  void aBodyThatTricklesPastTheTimeoutIsUnavailable() {
    behaviour =
        exchange -> {
          byte[] bytes = PopulationContract.answer(PERSON).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          OutputStream out = exchange.getResponseBody();
          out.write(bytes, 0, 10);
          out.flush();
          Thread.sleep(5_000);
          out.write(bytes, 10, bytes.length - 10);
          out.close();
        };

    long start = System.nanoTime();
    PopulationLookup lookup = lookUp();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(lookup.outcome()).isEqualTo(PopulationLookup.Outcome.UNAVAILABLE);
    assertThat(took).isLessThan(Duration.ofMillis(2_000));
  }

  @Test
  void noServerIsUnavailableAtOnce() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    long start = System.nanoTime();
    PopulationLookup lookup =
        new PopulationClient(TIMEOUT, "X-API-Key", "")
            .lookUp(URI.create("http://127.0.0.1:" + closedPort), ID);

    assertThat(lookup.outcome()).isEqualTo(PopulationLookup.Outcome.UNAVAILABLE);
    assertThat(lookup.reason()).isEqualTo("connection refused");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_000));
  }

  @ParameterizedTest
  @CsvSource({
    "http://dancu.example/api, http://dancu.example/api/cong-dan/tra-cuu",
    "http://dancu.example/api/, http://dancu.example/api/cong-dan/tra-cuu",
    "https://dancu.example, https://dancu.example/cong-dan/tra-cuu"
  })
  void theLookupPathFollowsTheBaseUrl(String base, String expected) {
    assertThat(PopulationClient.lookupUri(URI.create(base))).hasToString(expected);
  }
}
