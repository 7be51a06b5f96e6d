package vn.motcua.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.TestDatabase;

/** The catalog's public API (calendar, procedures, fields) as a portal or a kiosk calls it. */
@MotcuaIT
@RunAsClient
class CatalogApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @ParameterizedTest(name = "from {0} + {1} -> {2}")
  @CsvSource({
    "2026-02-13T10:00:00+07:00, workingDays=1, 2026-02-23T10:00:00+07:00", // over Tết
    "2026-01-09T16:00:00+07:00, workingDays=1, 2026-01-10T16:00:00+07:00", // make-up Saturday
    "2026-08-28T09:00:00+07:00, workingDays=3, 2026-09-07T09:00:00+07:00", // National Day break
    "2026-03-02T12:10:00+07:00, workingDays=0.5, 2026-03-03T07:30:00+07:00", // lunch: from 13:30
    "2026-03-02T10:00:00Z, workingHours=4, 2026-03-03T11:00:00+07:00", // 17:00 in Vietnam
    "2026-03-06T17:30:00+07:00, workingHours=1, 2026-03-09T08:00:00+07:00" // after hours Friday
  })
  void dueDatesFollowTheCalendar(String from, String time, String dueAt) throws Exception {
    HttpResponse<String> response = dueDate("from=" + encode(from) + "&" + time);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject body = json(response);
    assertThat(body.getString("dueAt")).isEqualTo(dueAt);
    assertThat(body.getString("from")).endsWith("+07:00");
  }

  @Test
  void anUnencodedPlusIsUnderstood() throws Exception {
    HttpResponse<String> response = dueDate("from=2026-03-02T09:00:00+07:00&workingDays=1");
    assertThat(json(response).getString("dueAt")).isEqualTo("2026-03-03T09:00:00+07:00");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource({
    "workingDays=1, from",
    "from=yesterday&workingDays=1, from",
    "from=2026-03-02T09:00:00&workingDays=1, from", // no offset
    "from=2026-03-02T09:00:00Z, workingDays",
    "from=2026-03-02T09:00:00Z&workingDays=1&workingHours=8, workingDays",
    "from=2026-03-02T09:00:00Z&workingDays=-1, workingDays",
    "from=2026-03-02T09:00:00Z&workingDays=one, workingDays",
    "from=2026-03-02T09:00:00Z&workingDays=1000, workingDays",
    "from=2026-03-02T09:00:00Z&workingHours=1.5, workingHours"
  })
  void badParametersAreNamed(String query, String parameter) throws Exception {
    HttpResponse<String> response = dueDate(query);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("name"))
        .contains(parameter);
  }

  @Test
  void aChangedCalendarIsUsedWithoutARestart() throws Exception {
    try (Connection c = TestDatabase.connect()) {
      c.createStatement()
          .execute(
              "INSERT INTO calendar_day VALUES ('2026-12-31', 'DAY_OFF', 'Test: a new day off')");
      try {
        String due = null;
        for (int i = 0; i < 40 && !"2027-01-01T09:00:00+07:00".equals(due); i++) {
          Thread.sleep(250); // reloaded within motcua.calendar.refresh-seconds (2 in tests)
          due =
              json(dueDate("from=" + encode("2026-12-30T09:00:00+07:00") + "&workingDays=1"))
                  .getString("dueAt");
        }
        assertThat(due).isEqualTo("2027-01-01T09:00:00+07:00");
      } finally {
        c.createStatement().execute("DELETE FROM calendar_day WHERE day = '2026-12-31'");
      }
    }
  }

  @Test
  void searchFindsAProcedureWithOrWithoutDiacritics() throws Exception {
    for (String q : List.of("đăng ký kết hôn", "dang ky ket hon", "ĐĂNG KÝ KẾT HÔN")) {
      JsonObject page = json(get("procedures?q=" + encode(q) + "&size=5"));
      assertThat(page.getJsonArray("items").getJsonObject(0).getString("name"))
          .as(q)
          .isEqualTo("Thủ tục đăng ký kết hôn");
    }
    JsonObject partial = json(get("procedures?q=" + encode("dang ky ket") + "&size=100"));
    assertThat(partial.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("code"))
        .contains("1.000894");
    JsonObject byCode = json(get("procedures?q=1.000894"));
    assertThat(byCode.getInt("total")).isEqualTo(1);
  }

  @Test
  void theCatalogHasRealProceduresOfBothLevelsAndIsPaged() throws Exception {
    JsonObject all = json(get("procedures?size=100"));
    assertThat(all.getInt("total")).isGreaterThanOrEqualTo(60);

    JsonObject provincial = json(get("procedures?level=PROVINCE&size=100"));
    assertThat(provincial.getInt("total")).isPositive();
    assertThat(provincial.getJsonArray("items").getValuesAs(JsonObject.class))
        .allMatch(p -> p.getString("level").equals("PROVINCE"));

    JsonObject first = json(get("procedures?field=ho-tich&size=10&page=0"));
    JsonObject second = json(get("procedures?field=ho-tich&size=10&page=1"));
    assertThat(first.getInt("total")).isEqualTo(38).isEqualTo(second.getInt("total"));
    assertThat(second.getJsonArray("items")).hasSize(10);
    assertThat(first.getJsonArray("items").getJsonObject(0).getString("code"))
        .isNotEqualTo(second.getJsonArray("items").getJsonObject(0).getString("code"));
  }

  @Test
  void aFullRecordCarriesItsDocumentsFeesResultsAndProcess() throws Exception {
    JsonObject marriage = json(get("procedures/1.000894"));

    assertThat(marriage.getJsonObject("summary").getString("fieldName")).isEqualTo("Hộ tịch");
    assertThat(marriage.getString("portalUrl")).startsWith("https://dichvucong.gov.vn/");
    assertThat(marriage.getJsonArray("documents").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("code"))
        .contains("000.00.00.G15-KQ004946");
    assertThat(marriage.getJsonArray("results")).isNotEmpty();
    int budgets =
        marriage.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
            .mapToInt(step -> step.getInt("budgetMinutes"))
            .sum();
    assertThat(budgets).as("one working day").isEqualTo(480);
  }

  @Test
  void everySeededProcessAddsUpToItsLegalTime() throws Exception {
    try (Connection c = TestDatabase.connect();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*) FROM procedure_version v WHERE (SELECT sum(budget_minutes) FROM"
                        + " process_step s WHERE s.version_id = v.id) <> coalesce(v.processing_days * 480,"
                        + " v.processing_hours * 60, 480)")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void fieldsAndUnknownCodesAndBadFilters() throws Exception {
    var fields = Json.createReader(new StringReader(get("fields").body())).readArray();
    assertThat(fields.getValuesAs(JsonObject.class))
        .anySatisfy(f -> assertThat(f.getString("name")).isEqualTo("Chứng thực"));

    HttpResponse<String> unknown = get("procedures/9.999999");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).getString("type")).isEqualTo("/problems/procedure-not-found");

    HttpResponse<String> bad = get("procedures?level=DISTRICT&size=500&nonTerritorial=maybe");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("name"))
        .containsExactlyInAnyOrder("level", "size", "nonTerritorial");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theEndpointIsDocumented() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonObject operation =
        json(response)
            .getJsonObject("paths")
            .getJsonObject("/api/v1/calendar/due-date")
            .getJsonObject("get");
    assertThat(operation.getString("description")).contains("8 working hours");
    assertThat(operation.getJsonObject("responses").keySet()).contains("200", "400");
  }

  private HttpResponse<String> dueDate(String query) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/calendar/due-date?" + query)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
