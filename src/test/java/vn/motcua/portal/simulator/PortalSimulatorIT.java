package vn.motcua.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import vn.motcua.testing.BrowserSession;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.LoginPage;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.PortalSimulatorPage;

/**
 * The portal simulator over HTTP on the server that ships (test profile: simulators on): the
 * contract's answers, each message recorded once, the fault modes and their end, the controls'
 * problems, and the administrator's screen in a browser. Each test uses its own keys and dossier
 * codes, and leaves the mode NORMAL.
 */
@MotcuaIT
@RunAsClient
class PortalSimulatorIT {

  private static final String SUCCESS = "{\"error_code\":\"0\",\"message\":\"Thành công\"}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua();
  }

  @ArquillianResource URL base;

  @RegisterExtension final BrowserSession session = new BrowserSession();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A prefix no other test's keys and dossier codes share. */
  private final String run = "IT" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "-";

  @AfterEach
  void normal() throws Exception {
    assertThat(mode("{\"mode\":\"NORMAL\"}").statusCode()).isEqualTo(200);
  }

  @Test
  void aValidCallIsRecordedOnceAndItsRedeliveryOnlyCounted() throws Exception {
    String dossier = run + "HG";
    String body = SyncMessages.sync(dossier, "2");

    HttpResponse<String> first = sync(run + "m1", body);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(first.body()).isEqualTo(SUCCESS);
    assertThat(sync(run + "m1", body).body()).as("the same reply again").isEqualTo(SUCCESS);

    JsonObject calls = calls(dossier);
    assertThat(calls.getInt("total")).isEqualTo(1);
    JsonObject call = calls.getJsonArray("calls").getJsonObject(0);
    assertThat(call.getString("service")).isEqualTo("DongBoHoSoMC");
    assertThat(call.getString("dossier")).isEqualTo(dossier);
    assertThat(call.getString("status")).isEqualTo("2");
    assertThat(call.getString("idempotencyKey")).isEqualTo(run + "m1");
    assertThat(call.getInt("redeliveries")).isEqualTo(1);
    assertThat(call.getInt("differingRedeliveries")).isZero();
    assertThat(call.getString("received")).isNotBlank();
    assertThat(call.getJsonObject("item").getString("TenTTHC")).isEqualTo("Đăng ký khai sinh");

    sync(
        run + "m2",
        SyncMessages.envelope(SyncContract.UPDATE_PROGRESS, SyncMessages.progress(dossier, "4"))
            .build()
            .toString());
    JsonArray both = calls(dossier).getJsonArray("calls");
    assertThat(both.getJsonObject(0).getJsonNumber("sequence").longValue())
        .as("arrival order")
        .isLessThan(both.getJsonObject(1).getJsonNumber("sequence").longValue());
    assertThat(both.getJsonObject(1).getString("service")).isEqualTo("CapNhatTienDoHoSoMC");
    assertThat(get("api/simulator/portal/calls?dossier=" + dossier + "&first=1&max=1").body())
        .contains(run + "m2")
        .doesNotContain(run + "m1");
  }

  @Test
  void eachBreachHasItsCodeAndIsNotRecorded() throws Exception {
    String dossier = run + "BAD";
    String item = SyncMessages.sync(dossier, "1");
    JsonObject good =
        SyncMessages.envelope(SyncContract.SYNC_DOSSIER, SyncMessages.dossier(dossier, "1"))
            .build();
    record Breach(String key, String body, String code, String field) {}
    List<Breach> breaches =
        List.of(
            new Breach(run + "b1", "not json", "1", "JSON"),
            new Breach(null, item, "2", "Idempotency-Key"),
            new Breach(
                run + "b3",
                Json.createObjectBuilder(good).remove("session").build().toString(),
                "3",
                "session"),
            new Breach(
                run + "b4",
                Json.createObjectBuilder(good).add("service", "LayHoSo").build().toString(),
                "4",
                "service"),
            new Breach(
                run + "b5",
                Json.createObjectBuilder(good).add("isUpdating", true).build().toString(),
                "5",
                "isUpdating"),
            new Breach(
                run + "b6",
                SyncMessages.envelope(
                        SyncContract.SYNC_DOSSIER,
                        Json.createObjectBuilder(SyncMessages.dossier(dossier, "1").build())
                            .remove("MaHoSo"))
                    .build()
                    .toString(),
                "6",
                "MaHoSo"),
            new Breach(
                run + "b7",
                SyncMessages.withItemField(
                    SyncContract.SYNC_DOSSIER,
                    SyncMessages.dossier(dossier, "1"),
                    "NgayHenTra",
                    "2026-03-05"),
                "7",
                "NgayHenTra"),
            new Breach(run + "b8", SyncMessages.sync(dossier, "0"), "8", "TrangThaiHoSo"));

    for (Breach breach : breaches) {
      HttpResponse<String> answer = sync(breach.key(), breach.body());
      assertThat(answer.statusCode()).as(breach.field()).isEqualTo(200);
      JsonObject reply = json(answer.body());
      assertThat(reply.getString("error_code")).as(breach.field()).isEqualTo(breach.code());
      assertThat(reply.getString("message")).as(breach.code()).contains(breach.field());
    }

    assertThat(calls(dossier).getInt("total")).as("nothing recorded").isZero();
    assertThat(get("api/simulator/portal/refusals?max=1000").body())
        .as("recorded as refused")
        .contains(run + "b7")
        .contains(run + "b8");
    assertThat(sync(run + "b8", SyncMessages.sync(dossier, "1")).body())
        .as("a refused key is not known: the corrected message arrives")
        .isEqualTo(SUCCESS);
    assertThat(calls(dossier).getInt("total")).isEqualTo(1);
  }

  @Test
  void aServerErrorForTwoCallsRecordsNothingThenAnswersNormally() throws Exception {
    String dossier = run + "503";
    JsonObject set = json(mode("{\"mode\":\"SERVER_ERROR\",\"calls\":2}").body());
    assertThat(set.getString("mode")).isEqualTo("SERVER_ERROR");
    assertThat(set.getInt("callsLeft")).isEqualTo(2);

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> failed = sync(run + "k", SyncMessages.sync(dossier, "2"));
      assertThat(failed.statusCode()).isEqualTo(503);
      assertThat(failed.body()).as("no problem details, no page").isEqualTo("Service Unavailable");
    }
    assertThat(calls(dossier).getInt("total")).isZero();
    assertThat(json(get("api/simulator/portal/mode").body()).getString("mode")).isEqualTo("NORMAL");

    assertThat(sync(run + "k", SyncMessages.sync(dossier, "2")).body()).isEqualTo(SUCCESS);
    assertThat(calls(dossier).getJsonArray("calls").getJsonObject(0).getInt("redeliveries"))
        .isZero();
  }

  @Test
  void aTimeoutRecordsTheCallAndAnswersAfterTheDelay() throws Exception {
    String dossier = run + "LATE";
    JsonObject set = json(mode("{\"mode\":\"TIMEOUT\",\"calls\":2,\"delayMillis\":1500}").body());
    assertThat(set.getInt("delayMillis")).isEqualTo(1500);

    long start = System.nanoTime();
    HttpResponse<String> late = sync(run + "t1", SyncMessages.sync(dossier, "2"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(late.body()).isEqualTo(SUCCESS);
    assertThat(millis).isBetween(1_400L, 10_000L);

    assertThatThrownBy(
            () -> sync(run + "t2", SyncMessages.sync(dossier, "3"), Duration.ofMillis(300)))
        .as("the sender gives up")
        .isInstanceOf(HttpTimeoutException.class);
    awaitTotal(dossier, 2); // both recorded all the same

    assertThat(sync(run + "t2", SyncMessages.sync(dossier, "3")).body()).isEqualTo(SUCCESS);
    JsonArray recorded = calls(dossier).getJsonArray("calls");
    assertThat(recorded).hasSize(2);
    assertThat(recorded.getJsonObject(1).getInt("redeliveries")).isEqualTo(1);
  }

  @Test
  void anErrorReplyIsCode99AndRecordsNothing() throws Exception {
    String dossier = run + "BUSY";
    mode("{\"mode\":\"ERROR_REPLY\",\"seconds\":60}");

    HttpResponse<String> busy = sync(run + "e", SyncMessages.sync(dossier, "2"));
    assertThat(busy.statusCode()).isEqualTo(200);
    assertThat(json(busy.body()).getString("error_code")).isEqualTo("99");
    assertThat(json(get("api/simulator/portal/mode").body()).getString("until")).isNotBlank();
    assertThat(calls(dossier).getInt("total")).isZero();
  }

  @Test
  void theControlsAnswerProblemsAndTheRoutesAreDescribed() throws Exception {
    for (String wrong :
        List.of(
            "{\"mode\":\"SIDEWAYS\"}",
            "{}",
            "{\"mode\":\"TIMEOUT\",\"delayMillis\":-1}",
            "{\"mode\":\"SERVER_ERROR\",\"seconds\":0}",
            "{\"mode\":\"SERVER_ERROR\",\"seconds\":5,\"calls\":5}")) {
      HttpResponse<String> refused = mode(wrong);
      assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type"))
          .as(wrong)
          .hasValue("application/problem+json");
    }
    HttpResponse<String> page = get("api/simulator/portal/calls?max=5000");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    String openApi =
        http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(openApi)
        .contains("/api/simulator/portal/sync")
        .contains("/api/simulator/portal/mode")
        .contains("/api/simulator/portal/calls");
  }

  @Test
  void aClearForgetsWhatArrived() throws Exception {
    String dossier = run + "CLR";
    sync(run + "c", SyncMessages.sync(dossier, "1"));
    assertThat(calls(dossier).getInt("total")).isEqualTo(1);

    HttpResponse<String> cleared =
        http.send(
            HttpRequest.newBuilder(app("api/simulator/portal/calls")).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(cleared.statusCode()).isEqualTo(204);
    assertThat(calls(dossier).getInt("total")).isZero();
  }

  @Test
  void theAdministratorSeesTheArrivalsAndSetsAFault() throws Exception {
    String dossier = run + "UI";
    sync(run + "u1", SyncMessages.sync(dossier, "1"));
    sync(run + "u2", SyncMessages.sync(dossier, "2"));
    sync(run + "u2", SyncMessages.sync(dossier, "2"));
    WebDriver browser = session.driver();
    LoginPage.open(browser, base, "home.xhtml").loginAs("admin", "demo-MotCua-2026");

    PortalSimulatorPage page = PortalSimulatorPage.fromHome(browser);
    assertThat(page.mode()).isEqualTo("Bình thường");

    page.filterByDossier(dossier).awaitRowCount(2);
    List<String> rows = page.rowTexts();
    assertThat(rows.get(0)).as("newest first").contains(run + "u2").contains("Đồng bộ hồ sơ");
    assertThat(rows.get(1)).contains(run + "u1");
    String item = page.showItem(0);
    assertThat(item).contains("\"MaHoSo\": \"" + dossier + "\"").contains("\n");
    page.closeItemWithEscape();

    page.failFor("Lỗi máy chủ (HTTP 503)", 2);
    assertThat(page.modeDetails()).contains("còn số lần gọi: 2");
    assertThat(sync(run + "u3", SyncMessages.sync(dossier, "3")).statusCode()).isEqualTo(503);
    page.restore("Bình thường");
    assertThat(sync(run + "u3", SyncMessages.sync(dossier, "3")).body()).isEqualTo(SUCCESS);
  }

  private HttpResponse<String> sync(String key, String body) throws Exception {
    return sync(key, body, Duration.ofSeconds(30));
  }

  private HttpResponse<String> sync(String key, String body, Duration timeout) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(app("api/simulator/portal/sync"))
            .header("Content-Type", "application/json")
            .timeout(timeout)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header(SyncContract.IDEMPOTENCY_KEY, key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> mode(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(app("api/simulator/portal/mode"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonObject calls(String dossier) throws Exception {
    HttpResponse<String> answer = get("api/simulator/portal/calls?dossier=" + dossier);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer.body());
  }

  /** Waits until this many items of the dossier are recorded (a call may still be on its way). */
  private void awaitTotal(String dossier, int total) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (calls(dossier).getInt("total") < total && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    assertThat(calls(dossier).getInt("total")).isEqualTo(total);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(app(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI app(String path) {
    return URI.create(base + path);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
