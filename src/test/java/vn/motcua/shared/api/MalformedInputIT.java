package vn.motcua.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.StaffClient;
import vn.motcua.testing.StaffClient.Answer;

/**
 * What an attacker or a careless integrator sends: every route of {@code /openapi} with malformed
 * path and query values and broken bodies, every page and servlet that takes a value with the same.
 * No answer may be a server error, and none may show a stack trace, a class, or SQL.
 */
@MotcuaIT
@RunAsClient
class MalformedInputIT {

  /** Values a form or a script might send instead of the expected ones, URL-encoded. */
  private static final List<String> MALFORMED =
      List.of(
          "%27%22%3E%3Cscript%3E", // quotes and markup
          "%27%20OR%201%3D1--", // SQL
          "%00", // a NUL
          "..%2F..%2Fetc%2Fpasswd", // a path
          "%C3%28", // bytes that are not UTF-8
          "-1",
          "99999999999999999999999",
          "2026-02-30",
          "x".repeat(3_000));

  private static final List<String> BODIES =
      List.of(
          "{", "[]", "null", "{\"a\":", "{\"procedureCode\": 12, \"centerId\": \"x\"}", "\u0000");

  /** What must never reach a client: a stack frame, a Java or driver class, SQL. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "(?i)(\\bat [a-z]+\\.[a-z]+\\.|\\.java:\\d|java\\.(lang|util|io|sql)\\.|"
              + "jakarta\\.(ejb|persistence|servlet|enterprise|validation|ws|transaction)\\.|"
              + "org\\.(postgresql|eclipse|glassfish|jboss|apache)|fish\\.payara|vn\\.motcua\\.|"
              // PrimeFaces names the error page of an expired view in every page's settings.
              + "(?<!jakarta\\.faces\\.application\\.ViewExpired)Exception\\b|SQLSTATE|\\bselect\\s+[a-z_.*, ]+\\s+from\\s+[a-z_]+|psql)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua();
  }

  @ArquillianResource URL base;

  private final HttpClient http = client();

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        // As a browser speaks to a server without TLS.
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Test
  void everyApiRouteAnswersMalformedInputWithAProblemThatRevealsNothingInternal() throws Exception {
    JsonObject paths = openApi().getJsonObject("paths");
    SoftAssertions softly = new SoftAssertions();
    int asked = 0;
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      String route = path.getKey().substring(path.getKey().indexOf("/api/") + 1);
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          continue;
        }
        List<String> queries = queryParameters(operation.getValue().asJsonObject());
        for (String value : MALFORMED) {
          String address = route.replaceAll("\\{[^}]+}", value);
          if (!queries.isEmpty()) {
            address += "?" + String.join("&", queries.stream().map(q -> q + "=" + value).toList());
          }
          for (String body : "GET".equals(method) ? List.of("") : BODIES) {
            HttpResponse<String> answer = send(method, address, body);
            asked++;
            String what =
                method
                    + " "
                    + address.substring(0, Math.min(120, address.length()))
                    + " → "
                    + answer.statusCode();
            softly.assertThat(answer.statusCode()).as(what).isBetween(200, 499);
            softly.assertThat(answer.body()).as(what).doesNotContainPattern(INTERNALS);
            // The simulators speak the simulated systems' own error format; and a request line
            // the container refuses before any application code (bytes that are not UTF-8,
            // an address too long) gets its bare status.
            if (answer.statusCode() >= 400
                && !route.startsWith("api/simulator/")
                && !answer.body().isEmpty()) {
              softly
                  .assertThat(answer.headers().firstValue("Content-Type"))
                  .as(what)
                  .hasValue("application/problem+json");
            }
          }
        }
      }
    }
    softly.assertAll();
    assertThat(asked).as("requests sent").isGreaterThan(50);
  }

  @Test
  void pagesAndServletsAnswerMalformedAddressesWithoutServerErrorsOrInternals() {
    StaffClient clerk = StaffClient.signedIn(base, "clerk", "demo-MotCua-2026");
    SoftAssertions softly = new SoftAssertions();
    for (String value : MALFORMED) {
      for (String address :
          List.of(
              "work/dossier.xhtml?code=" + value,
              "documents/" + value,
              "documents/" + value + "/" + value,
              "slips/" + value,
              "slips/receipt/" + value + ".pdf",
              "work/inbox.xhtml?" + value + "=" + value)) {
        Answer answer = clerk.get(address);
        String what = address.substring(0, Math.min(120, address.length()));
        softly.assertThat(answer.status()).as(what).isBetween(200, 499);
        softly.assertThat(answer.text()).as(what).doesNotContainPattern(INTERNALS);
      }
    }
    Answer forged = clerk.post("home.xhtml", Map.of("jakarta.faces.ViewState", "forged:1"));
    softly.assertThat(forged.status()).as("a forged view state").isBetween(200, 499);
    softly.assertThat(forged.text()).as("a forged view state").doesNotContainPattern(INTERNALS);
    softly.assertAll();
  }

  private List<String> queryParameters(JsonObject operation) {
    List<String> names = new ArrayList<>();
    if (operation.containsKey("parameters")) {
      for (JsonValue parameter : operation.getJsonArray("parameters")) {
        JsonObject p = parameter.asJsonObject();
        if ("query".equals(p.getString("in", ""))) {
          names.add(p.getString("name"));
        }
      }
    }
    return names;
  }

  private JsonObject openApi() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private HttpResponse<String> send(String method, String address, String body) throws Exception {
    URI uri = base.toURI().resolve(address);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "*/*");
    if (body.isEmpty()) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      // A server may close a kept-alive connection between two requests (RFC 9112, 9.3.1), and
      // after a malformed one now and then it does: the client then reads no bytes at all. The
      // answer that counts is the one on a connection of its own, which must still be a clean one.
      return client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
