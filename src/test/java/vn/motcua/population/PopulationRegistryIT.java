package vn.motcua.population;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.TestDatabase;

/**
 * The applicant look-up inside Payara against the population database's simulator on the same
 * server (test profile: {@code motcua.population.url=/api/simulator/population}, timeout 5 s):
 * found, not found, and an outage or a slow database turning into UNAVAILABLE, not an error.
 */
@MotcuaIT
@RunAsClient
class PopulationRegistryIT {

  private static final String HUNG = "022090001234"; // a man born in 1990, birth registered in QN
  private static final String LAN = "022305012345"; // a woman born in 2005
  private static final String NOBODY = "022090010000"; // sequence ending 0000

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua(
        PopulationProbeResource.class,
        PopulationProbeResource.Asked.class,
        PopulationProbeResource.Answer.class);
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void backUp() throws Exception {
    assertThat(mode("{\"mode\":\"UP\"}").statusCode()).isEqualTo(200);
  }

  @Test
  void aKnownNumberIsAPersonConsistentWithIt() throws Exception {
    JsonObject hung = lookUp(HUNG);

    assertThat(hung.getString("outcome")).isEqualTo("FOUND");
    assertThat(hung.getString("idNumber")).isEqualTo(HUNG);
    assertThat(hung.getString("birthDate")).startsWith("1990-");
    assertThat(hung.getString("gender")).isEqualTo("MALE");
    assertThat(hung.getString("fullName")).matches("\\p{L}+ \\p{L}+ \\p{L}+");
    assertThat(hung.getString("permanentAddress"))
        .endsWith(unitFullName(hung.getString("addressUnitCode")));
    assertThat(withoutTime(lookUp(HUNG)))
        .as("the same person every time")
        .isEqualTo(withoutTime(hung));

    JsonObject lan = lookUp(LAN);
    assertThat(lan.getString("outcome")).isEqualTo("FOUND");
    assertThat(lan.getString("birthDate")).startsWith("2005-");
    assertThat(lan.getString("gender")).isEqualTo("FEMALE");
  }

  @Test
  void aNumberNobodyHoldsIsNotFound() throws Exception {
    assertThat(lookUp(NOBODY).getString("outcome")).isEqualTo("NOT_FOUND");
  }

  @Test
  void aMalformedNumberIsRefusedBeforeAnythingIsAsked() throws Exception {
    HttpResponse<String> response = probe("02209000123");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response.body()).getString("type"))
        .isEqualTo("/problems/" + PopulationRegistry.MALFORMED_ID_NUMBER);
  }

  @Test
  void whenTheDatabaseIsDownTheLookUpIsUnavailableAtOnceAndRecovers() throws Exception {
    HttpResponse<String> down = mode("{\"mode\":\"DOWN\"}");
    assertThat(down.statusCode()).isEqualTo(200);
    assertThat(json(down.body()).getString("mode")).isEqualTo("DOWN");

    JsonObject unavailable = lookUp(HUNG);
    assertThat(unavailable.getString("outcome")).isEqualTo("UNAVAILABLE");
    assertThat(unavailable.getString("reason")).isEqualTo("HTTP 503");
    assertThat(unavailable.getJsonNumber("millis").longValue())
        .as("no waiting for the 5 s timeout")
        .isLessThan(3_000);

    mode("{\"mode\":\"UP\"}");
    assertThat(lookUp(HUNG).getString("outcome")).isEqualTo("FOUND");
  }

  @Test
  void whenTheDatabaseIsSlowTheLookUpGivesUpAtTheTimeout() throws Exception {
    HttpResponse<String> slow = mode("{\"mode\":\"SLOW\"}");
    assertThat(json(slow.body()).getInt("delayMillis")).as("timeout + 3 s").isEqualTo(8_000);

    JsonObject unavailable = lookUp(HUNG);

    assertThat(unavailable.getString("outcome")).isEqualTo("UNAVAILABLE");
    assertThat(unavailable.getString("reason")).contains("within 5000 ms");
    assertThat(unavailable.getJsonNumber("millis").longValue()).isBetween(5_000L, 7_500L);
  }

  @Test
  void theSimulatorSpeaksTheContract() throws Exception {
    HttpResponse<String> found = simulator("{\"soDinhDanh\":\"" + HUNG + "\"}");
    assertThat(found.statusCode()).isEqualTo(200);
    JsonObject person = json(found.body());
    assertThat(person.getString("soDinhDanh")).isEqualTo(HUNG);
    assertThat(person.getString("ngaySinh")).matches("1990\\d{4}");
    assertThat(person.getString("gioiTinh")).isEqualTo("1");
    assertThat(person.getJsonObject("noiThuongTru").getString("maDonViHanhChinh"))
        .matches("\\d{5}");

    HttpResponse<String> nobody = simulator("{\"soDinhDanh\":\"" + NOBODY + "\"}");
    assertThat(nobody.statusCode()).isEqualTo(404);
    assertThat(json(nobody.body()).getString("maLoi")).isEqualTo("KHONG_TIM_THAY");

    HttpResponse<String> malformed = simulator("{\"soDinhDanh\":\"12\"}");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json(malformed.body()).getString("maLoi")).isEqualTo("DINH_DANH_KHONG_HOP_LE");

    mode("{\"mode\":\"DOWN\"}");
    HttpResponse<String> down = simulator("{\"soDinhDanh\":\"" + HUNG + "\"}");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(json(down.body()).getString("maLoi")).isEqualTo("TAM_NGUNG_DICH_VU");
  }

  @Test
  void theModeIsCheckedAndShown() throws Exception {
    assertThat(mode("{\"mode\":\"SIDEWAYS\"}").statusCode()).isEqualTo(400);
    assertThat(mode("{\"mode\":\"SLOW\",\"delayMillis\":-1}").statusCode()).isEqualTo(400);
    assertThat(mode("{}").statusCode()).isEqualTo(400);

    mode("{\"mode\":\"SLOW\",\"delayMillis\":1500}");
    HttpResponse<String> now =
        http.send(
            HttpRequest.newBuilder(app("api/simulator/population/mode")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(json(now.body()).getString("mode")).isEqualTo("SLOW");
    assertThat(json(now.body()).getInt("delayMillis")).isEqualTo(1500);

    JsonObject system =
        json(
            http.send(
                    HttpRequest.newBuilder(app("api/v1/system")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    assertThat(system.getBoolean("simulators")).isTrue();
  }

  private JsonObject lookUp(String idNumber) throws Exception {
    HttpResponse<String> response = probe(idNumber);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response.body());
  }

  private HttpResponse<String> probe(String idNumber) throws Exception {
    return http.send(
        HttpRequest.newBuilder(app("api/v1/test-population"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString("{\"idNumber\":\"" + idNumber + "\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> mode(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(app("api/simulator/population/mode"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> simulator(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(app("api/simulator/population/cong-dan/tra-cuu"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI app(String path) {
    return URI.create(base + path);
  }

  private static String unitFullName(String code) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT full_name FROM administrative_unit WHERE code = ?")) {
      s.setString(1, code);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("unit " + code + " exists").isTrue();
        return rs.getString(1);
      }
    }
  }

  private static JsonObject withoutTime(JsonObject answer) {
    return Json.createObjectBuilder(answer).remove("millis").build();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
