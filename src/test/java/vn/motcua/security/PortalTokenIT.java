package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.motcua.security.internal.PortalTokenCheck.Refusal;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.PortalTokens;
import vn.motcua.testing.StaffClient;
import vn.motcua.testing.StaffClient.Answer;

/**
 * The national portal's bearer tokens inside Payara, beside the staff's form login: a valid token
 * is the portal's caller on its API and nothing anywhere else; every bad token, and a staff
 * session, is refused there with 401, a problem detail and a Bearer challenge, without a session or
 * a redirect. Also which nimbus-jose-jwt answers inside Payara, which bundles its own.
 */
@MotcuaIT
@RunAsClient
class PortalTokenIT {

  private static final String PROBE = "api/v1/portal/probe";

  /** The password of every demo account (README). */
  private static final String DEMO_PASSWORD = "demo-MotCua-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua(
        PortalProbeResource.class,
        PortalProbeResource.Caller.class,
        CallerProbeResource.class,
        CallerProbeResource.Caller.class);
  }

  @ArquillianResource URL base;

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
  }

  private static JsonObject json(Answer answer) {
    return Json.createReader(new StringReader(answer.text())).readObject();
  }

  @Test
  void aValidTokenIsThePortalsCallerWithoutASession() {
    Answer answer = StaffClient.anonymous(base).get(PROBE, bearer(PortalTokens.valid()));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    JsonObject caller = json(answer);
    assertThat(caller.getString("name")).isEqualTo(PortalTokens.SUBJECT);
    assertThat(caller.getBoolean("portal")).isTrue();
    assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void payarasNimbusAnswersAtTheVersionThePomPins() throws Exception {
    JsonObject caller = json(StaffClient.anonymous(base).get(PROBE, bearer(PortalTokens.valid())));

    assertThat(caller.getString("nimbusVersion"))
        .as("the version the unit tests ran, from %s", caller.getString("nimbusSource"))
        .isEqualTo(JWSObject.class.getPackage().getImplementationVersion());
    assertThat(caller.getBoolean("nimbusFromWar"))
        .as("Payara's copy, which Payara Micro loads before any copy in a WAR")
        .isFalse();
    try (ZipFile war = new ZipFile(System.getProperty("motcua.war", "target/motcua.war"))) {
      assertThat(war.stream().map(ZipEntry::getName))
          .as("no copy in the WAR, which would never be used")
          .noneMatch(name -> name.contains("nimbus"));
    }
  }

  @Test
  void everyBadTokenIsRefusedWithAProblemAndABearerChallengeOnly() {
    Map<String, Refusal> tokens = new LinkedHashMap<>();
    tokens.put(PortalTokens.expired(), Refusal.EXPIRED);
    tokens.put(PortalTokens.wrongIssuer(), Refusal.ISSUER);
    tokens.put(PortalTokens.wrongAudience(), Refusal.AUDIENCE);
    tokens.put(PortalTokens.withoutGroup(), Refusal.GROUP);
    tokens.put(PortalTokens.signedByAnotherKey(), Refusal.SIGNATURE);
    tokens.put(PortalTokens.unsigned(), Refusal.ALGORITHM);
    tokens.put(PortalTokens.hmacWithPublicKey(), Refusal.ALGORITHM);
    tokens.put("not-a-token", Refusal.MALFORMED);
    StaffClient client = StaffClient.anonymous(base);
    SoftAssertions softly = new SoftAssertions();
    tokens.forEach(
        (token, refusal) -> {
          Answer answer = client.get(PROBE, bearer(token));
          refused(softly, refusal.name(), answer, refusal);
          softly.assertThat(answer.text()).as(refusal.name()).doesNotContain(token);
          softly
              .assertThat(answer.header("WWW-Authenticate"))
              .as(refusal.name())
              .contains("error=\"invalid_token\"");
          softly.assertThat(answer.headers().allValues("Set-Cookie")).as(refusal.name()).isEmpty();
        });
    Map<String, Answer> untokened =
        Map.of(
            "no header",
            client.get(PROBE, Map.of()),
            "Basic",
            client.get(PROBE, Map.of("Authorization", "Basic cG9ydGFsOnBvcnRhbA==")));
    untokened.forEach(
        (what, answer) -> {
          refused(softly, what, answer, Refusal.MISSING);
          softly.assertThat(answer.header("WWW-Authenticate")).as(what).doesNotContain("error=");
          softly.assertThat(answer.headers().allValues("Set-Cookie")).as(what).isEmpty();
        });
    softly.assertAll();
  }

  private static void refused(SoftAssertions softly, String what, Answer answer, Refusal refusal) {
    softly.assertThat(answer.status()).as(what).isEqualTo(401);
    softly.assertThat(answer.header("Content-Type")).as(what).isEqualTo("application/problem+json");
    softly.assertThat(answer.header("WWW-Authenticate")).as(what).startsWith("Bearer ");
    softly
        .assertThat(answer.headers().allValues("Set-Cookie"))
        .as(what + ": no session made or renewed")
        .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    softly.assertThat(answer.header("Location")).as(what + ": no redirect").isNull();
    softly.assertThat(answer.header("Cache-Control")).as(what).isEqualTo("no-store");
    softly.assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    if (answer.status() == 401) {
      JsonObject problem = json(answer);
      softly.assertThat(problem.getInt("status")).as(what).isEqualTo(401);
      softly
          .assertThat(problem.getString("type"))
          .as(what)
          .isEqualTo(
              refusal == Refusal.MISSING ? "/problems/missing-token" : "/problems/invalid-token");
      softly.assertThat(problem.getString("detail")).as(what).isEqualTo(refusal.detail());
    }
  }

  @Test
  void aBearerTokenOpensNoPage() {
    Answer home = StaffClient.anonymous(base).get("home.xhtml", bearer(PortalTokens.valid()));

    assertThat(home.status()).as("sent to the login page").isEqualTo(302);
    assertThat(home.header("Location")).endsWith("/login.xhtml");
  }

  @Test
  void aBearerTokenIsNobodyOnAnotherApiPath() {
    Answer answer =
        StaffClient.anonymous(base).get("api/v1/test-caller", bearer(PortalTokens.valid()));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(json(answer).get("name")).as("no caller").isIn(null, JsonValue.NULL);
    assertThat(json(answer).getBoolean("portal")).isFalse();
  }

  @Test
  void aStaffSessionNeverReachesThePortalsApi() {
    StaffClient director = StaffClient.signedIn(base, "director", DEMO_PASSWORD);
    Answer elsewhere = director.get("api/v1/test-caller", "application/json");
    assertThat(json(elsewhere).getString("name"))
        .as("the session is the director's elsewhere")
        .isEqualTo("director");
    // Payara sends the version cookie of a replicated session back with every answer to a request
    // that carries the session; the portal's API must add nothing to that.
    assertThat(elsewhere.headers().allValues("Set-Cookie"))
        .singleElement()
        .asString()
        .startsWith("JSESSIONIDVERSION=");

    SoftAssertions softly = new SoftAssertions();
    for (String path :
        List.of(
            PROBE,
            "api//v1/portal/probe",
            "api/v1//portal/probe",
            "api/v1/portal//probe",
            "api/v1/portal/probe/",
            "api/v1/%70ortal/probe",
            "api/v1/portal/./probe",
            "api/v1/test-caller/../portal/probe")) {
      Answer answer = director.get(path, "application/json");
      softly.assertThat(answer.status()).as(path).isNotEqualTo(200).isBetween(400, 499);
      softly.assertThat(answer.text()).as(path).doesNotContain("director");
    }
    refused(softly, "a staff session", director.get(PROBE, "application/json"), Refusal.MISSING);

    Answer both = director.get(PROBE, bearer(PortalTokens.valid()));
    softly.assertThat(both.status()).as("a staff session and a token").isEqualTo(200);
    softly
        .assertThat(json(both).getString("name"))
        .as("the token's caller, never the session's")
        .isEqualTo(PortalTokens.SUBJECT);
    softly.assertAll();
  }
}
