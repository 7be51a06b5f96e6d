package vn.motcua.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.ManagementPort;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.TestDatabase;

/**
 * The platform as an operator and an integrator meet it: health and metrics on the management port
 * and nowhere else, OpenAPI, problem details for every kind of failure, the migrated database, and
 * the login page.
 */
@MotcuaIT
@RunAsClient
class PlatformIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua(
        ProblemProbeResource.class,
        ProblemProbeResource.Applicant.class,
        ProblemProbeResource.Unwritable.class);
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void readyWhenTheDatabaseIsMigrated() throws Exception {
    HttpResponse<String> response = get(ManagementPort.uri("/health/ready"));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject check = json(response).getJsonArray("checks").getJsonObject(0);
    assertThat(check.getString("name")).isEqualTo("database");
    assertThat(check.getString("status")).isEqualTo("UP");
    assertThat(check.getJsonObject("data").getString("schemaVersion")).isNotBlank();
  }

  @Test
  void migrationsAndDemoAccountsAreInTheDatabase() throws Exception {
    try (Connection c = TestDatabase.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT (SELECT count(*) FROM flyway_schema_history WHERE success),"
                        + " (SELECT count(DISTINCT role) FROM app_user_role)")) {
      rs.next();
      assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
      assertThat(rs.getInt(2)).as("one demo account per role").isEqualTo(7);
    }
  }

  @Test
  void openApiDescribesTheApi() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(app("/openapi")).header("Accept", "application/json").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject info = json(response).getJsonObject("info");
    assertThat(info.getString("title")).isEqualTo("MotCua API");
    assertThat(info.getString("version")).isEqualTo(System.getProperty("motcua.version"));
    assertThat(info.getString("description")).contains("problem details");
    assertThat(json(response).getJsonObject("paths").keySet())
        .anyMatch(p -> p.endsWith("/api/v1/system"));
  }

  @Test
  void systemEndpointIsPublic() throws Exception {
    HttpResponse<String> response = get(app("api/v1/system"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getString("name")).isEqualTo("MotCua");
    assertThat(json(response).getBoolean("demo")).isTrue();
  }

  @Test
  void healthAndMetricsAnswerOnTheManagementPort() throws Exception {
    HttpResponse<String> metrics = get(ManagementPort.uri("/metrics"));
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("mp_scope=\"base\"");
    for (String probe : List.of("/health/live", "/health/started", "/health")) {
      assertThat(get(ManagementPort.uri(probe)).statusCode()).as(probe).isEqualTo(200);
    }
  }

  @Test
  void healthAndMetricsAreNotOnTheApplicationsPort() throws Exception {
    List<String> paths =
        List.of(
            "/health",
            "/health/ready",
            "/health/live",
            "/health/started",
            "/metrics",
            "/metrics?scope=application");
    for (String path : paths) {
      HttpResponse<String> response = get(app(path));
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("\"checks\"", "mp_scope");
    }
    // Payara maps a Host header that names the management virtual server to it on any port; on
    // this one the request finds nothing to answer with (docs/security.md).
    for (String path : paths) {
      assertThat(getWithHost(path, "management"))
          .as(path)
          .doesNotContain("\"checks\"", "mp_scope", "database");
    }
  }

  @Test
  void unknownPathIsAProblem() throws Exception {
    HttpResponse<String> response = get(app("api/v1/no-such-thing"));
    assertProblem(response, 404, "/problems/not-found");
  }

  @Test
  void wrongMethodIsAProblemThatSaysWhatIsAllowed() throws Exception {
    HttpResponse<String> response = post(app("api/v1/system"), "{}");
    assertProblem(response, 405, "/problems/method-not-allowed");
    assertThat(response.headers().firstValue("Allow"))
        .hasValueSatisfying(v -> assertThat(v).contains("GET"));
  }

  @Test
  void malformedJsonIsABadRequest() throws Exception {
    assertProblem(
        post(app("api/v1/test-probe"), "{\"fullName\": "), 400, "/problems/malformed-body");
    assertProblem(post(app("api/v1/test-probe"), "[1, 2]"), 400, "/problems/malformed-body");
  }

  @Test
  void invalidFieldsAreListedByName() throws Exception {
    HttpResponse<String> response =
        post(app("api/v1/test-probe"), "{\"fullName\": \" \", \"idNumber\": \"12345\"}");
    assertProblem(response, 400, "/problems/validation");
    var errors = json(response).getJsonArray("errors");
    assertThat(errors.getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("name"))
        .containsExactlyInAnyOrder("applicant.fullName", "applicant.idNumber");
  }

  @Test
  void aValidBodyPasses() throws Exception {
    HttpResponse<String> response =
        post(
            app("api/v1/test-probe"),
            "{\"fullName\": \"Nguyễn Văn An\", \"idNumber\": \"022088001234\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getString("fullName")).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void businessRefusalKeepsItsMessage() throws Exception {
    HttpResponse<String> response = get(app("api/v1/test-probe/business"));
    assertProblem(response, 409, "/problems/illegal-transition");
    assertThat(json(response).getString("detail"))
        .isEqualTo("A dossier in status 9 cannot be forwarded");
  }

  @Test
  void unexpectedErrorRevealsNothingInternal() throws Exception {
    HttpResponse<String> response = get(app("api/v1/test-probe/unexpected"));
    assertProblem(response, 500, "/problems/internal-error");
    assertThat(response.body())
        .doesNotContain("secret", "org.example", "IllegalStateException", "Exception", "\tat ")
        .containsPattern("incident [0-9a-f-]{36}");
  }

  @Test
  void anAnswerThatCannotBeWrittenIsOurFaultNotTheClients() throws Exception {
    HttpResponse<String> response = get(app("api/v1/test-probe/unwritable"));
    assertProblem(response, 500, "/problems/internal-error");
  }

  @Test
  void anEmptyBodyIsABadRequest() throws Exception {
    HttpResponse<String> response = post(app("api/v1/test-probe"), "");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void pagesNeedLoginAndTheLoginPageIsVietnamese() throws Exception {
    HttpResponse<String> home = get(app("home.xhtml"));
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).contains("/login.xhtml"));

    HttpResponse<String> login = get(app("login.xhtml"));
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body())
        .contains("<html", "lang=\"vi\"", "Đăng nhập", "Tên đăng nhập", "Mật khẩu");
    assertThat(login.headers().allValues("Set-Cookie"))
        .allSatisfy(c -> assertThat(c).contains("HttpOnly"));
  }

  @Test
  void everyResponseForbidsSniffingAndFramingAndOnlyStaticResourcesAreCached() throws Exception {
    for (String path : List.of("login.xhtml", "api/v1/procedures", "no-such-file.txt")) {
      HttpResponse<String> response = get(app(path));
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
      assertThat(response.headers().firstValue("Strict-Transport-Security"))
          .as("no HSTS over plain HTTP")
          .isEmpty();
    }
    String stylesheet =
        get(app("login.xhtml"))
            .body()
            .replaceAll(
                "(?s).*href=\"[^\"]*(jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*)\".*", "$1")
            .replace("&amp;", "&");
    HttpResponse<String> css = get(app(stylesheet));
    assertThat(css.statusCode()).as(stylesheet).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control"))
        .as("a stylesheet holds no data")
        .hasValueSatisfying(v -> assertThat(v).doesNotContain("no-store"));
  }

  @Test
  void pagesRunOnlyTheScriptsCarryingTheNonceOfTheirOwnHeader() throws Exception {
    HttpResponse<String> first = get(app("login.xhtml"));
    HttpResponse<String> second = get(app("login.xhtml"));

    String policy = pagePolicy(first);
    assertThat(directives(policy))
        .containsEntry("default-src", "'self'")
        .containsEntry("img-src", "'self' data:")
        .containsEntry("style-src", "'self' 'unsafe-inline'")
        .containsEntry("object-src", "'none'")
        .containsEntry("base-uri", "'self'")
        .containsEntry("form-action", "'self'")
        .containsEntry("frame-ancestors", "'none'")
        .hasEntrySatisfying(
            "script-src", v -> assertThat(v).matches("'self' 'nonce-[A-Za-z0-9+/=]{20,}'"));
    // The filter's own header on a page may only repeat what the page policy says.
    for (String other : first.headers().allValues("Content-Security-Policy")) {
      assertThat(directives(policy)).containsAllEntriesOf(directives(other));
    }

    String nonce = nonce(policy);
    assertThat(nonce).as("a new nonce per page").isNotEqualTo(nonce(pagePolicy(second)));
    List<String> scripts =
        Pattern.compile("<script\\b[^>]*>")
            .matcher(first.body())
            .results()
            .map(MatchResult::group)
            .toList();
    assertThat(scripts)
        .isNotEmpty()
        .allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
    assertThat(first.body())
        .as("no inline event handler nor javascript: address left in the markup")
        .doesNotContainPattern("\\son[a-z]+=\"")
        .doesNotContain("javascript:");
  }

  @Test
  void apiAnswersMayLoadNothing() throws Exception {
    HttpResponse<String> response = get(app("api/v1/procedures"));
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .containsExactly(
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  }

  /** The page's Content-Security-Policy: the one of its headers that carries the nonce. */
  private static String pagePolicy(HttpResponse<String> page) {
    List<String> policies =
        page.headers().allValues("Content-Security-Policy").stream()
            .filter(p -> p.contains("'nonce-"))
            .toList();
    assertThat(policies).as("one policy with a nonce").hasSize(1);
    return policies.get(0);
  }

  private static String nonce(String policy) {
    return policy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
  }

  /** A policy's directives by name, each with its sources as written. */
  private static Map<String, String> directives(String policy) {
    Map<String, String> directives = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      String[] words = directive.trim().split("\\s+", 2);
      if (!words[0].isEmpty()) {
        directives.put(words[0], words.length > 1 ? words[1].trim() : "");
      }
    }
    return directives;
  }

  @Test
  void templatesAreNotServed() throws Exception {
    HttpResponse<String> response = get(app("WEB-INF/templates/page.xhtml"));
    assertThat(response.statusCode()).isIn(403, 404);
    assertThat(response.body()).doesNotContain("ui:insert");
  }

  private URI app(String path) {
    return URI.create(base.toString()).resolve(path);
  }

  /**
   * A GET on the application's port with a Host header of one's choosing (Java's client forbids
   * it).
   */
  private String getWithHost(String path, String host) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      String request = "GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI uri, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = json(response);
    assertThat(problem.getString("type")).isEqualTo(type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
  }
}
