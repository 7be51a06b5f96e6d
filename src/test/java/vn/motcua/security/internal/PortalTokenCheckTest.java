package vn.motcua.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.security.internal.PortalTokenCheck.Outcome;
import vn.motcua.security.internal.PortalTokenCheck.Refusal;
import vn.motcua.shared.config.PemPublicKeys;
import vn.motcua.testing.PortalTokens;

/**
 * Every reason the portal's API refuses a bearer token, and the one way it accepts one, without a
 * container: tokens made by {@link PortalTokens} with the demo key pair.
 */
class PortalTokenCheckTest {

  private static final List<RSAPublicKey> DEMO_KEY =
      PemPublicKeys.read("demo/portal-jwt-public.pem", Path.of("config"));

  private static final Duration SKEW = PortalTokenCheck.CLOCK_SKEW;

  private final Instant now = Instant.now();
  private final PortalTokenCheck check = checkAt(now);

  private static PortalTokenCheck checkAt(Instant now) {
    return new PortalTokenCheck(PortalTokens.ISSUER, DEMO_KEY, Clock.fixed(now, ZoneOffset.UTC));
  }

  private Outcome bearer(String token) {
    return check.check("Bearer " + token);
  }

  private static Refusal refusal(Outcome outcome) {
    assertThat(outcome.caller()).as("no caller for a refused token").isNull();
    return outcome.refusal();
  }

  @Test
  void theValidTokenNamesItsCaller() {
    Outcome outcome = bearer(PortalTokens.valid());

    assertThat(outcome.isAccepted()).isTrue();
    assertThat(outcome.caller()).isEqualTo(PortalTokens.SUBJECT);
  }

  @Test
  void theSchemeIsCaseInsensitiveAsRfc6750Says() {
    assertThat(check.check("bearer " + PortalTokens.valid()).isAccepted()).isTrue();
    assertThat(check.check("BEARER  " + PortalTokens.valid() + " ").isAccepted()).isTrue();
  }

  @Test
  void noHeaderOrAnotherSchemeIsAMissingToken() {
    assertThat(refusal(check.check(null))).isEqualTo(Refusal.MISSING);
    assertThat(refusal(check.check("Basic cG9ydGFsOnBvcnRhbA=="))).isEqualTo(Refusal.MISSING);
    assertThat(refusal(check.check(""))).isEqualTo(Refusal.MISSING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer",
        "Bearer ",
        "Bearer two words",
        "Bearer not-a-jwt",
        "Bearer a.b.c",
        "Bearer <script>",
        "Bearer eyJhbGciOiJSUzI1NiJ9.e30",
        "Bearer=abc"
      })
  void whatIsNoCompactJwtIsMalformed(String header) {
    assertThat(refusal(check.check(header))).isEqualTo(Refusal.MALFORMED);
  }

  @Test
  void aHugeHeaderIsRefusedBeforeParsing() {
    String huge = "Bearer " + "a".repeat(PortalTokenCheck.MAX_LENGTH);

    assertThat(refusal(check.check(huge))).isEqualTo(Refusal.MALFORMED);
  }

  @Test
  void onlyRs256IsAccepted() {
    assertThat(refusal(bearer(PortalTokens.unsigned())))
        .as("alg none")
        .isEqualTo(Refusal.ALGORITHM);
    assertThat(refusal(bearer(PortalTokens.hmacWithPublicKey())))
        .as("HS256 keyed with the public key")
        .isEqualTo(Refusal.ALGORITHM);
    for (JWSAlgorithm other : List.of(JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256)) {
      assertThat(refusal(bearer(PortalTokens.token().algorithm(other).build())))
          .as("%s with the portal's own key", other)
          .isEqualTo(Refusal.ALGORITHM);
    }
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() {
    assertThat(refusal(bearer(PortalTokens.signedByAnotherKey()))).isEqualTo(Refusal.SIGNATURE);
  }

  @Test
  void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
    String[] parts = PortalTokens.valid().split("\\.");
    String changed =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]))
                    .replace(PortalTokens.SUBJECT, "somebody-else")
                    .getBytes());

    assertThat(refusal(bearer(parts[0] + "." + changed + "." + parts[2])))
        .isEqualTo(Refusal.SIGNATURE);
  }

  @Test
  void duringARotationEitherKeyIsAccepted() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair next = generator.generateKeyPair();
    List<RSAPublicKey> both = new ArrayList<>(DEMO_KEY);
    both.add((RSAPublicKey) next.getPublic());
    PortalTokenCheck rotating = new PortalTokenCheck(PortalTokens.ISSUER, both, Clock.systemUTC());

    assertThat(rotating.check("Bearer " + PortalTokens.valid()).isAccepted()).isTrue();
    assertThat(
            rotating
                .check("Bearer " + PortalTokens.token().signedBy(next.getPrivate()).build())
                .isAccepted())
        .isTrue();
    assertThat(refusal(bearer(PortalTokens.token().signedBy(next.getPrivate()).build())))
        .as("the next key before it is configured")
        .isEqualTo(Refusal.SIGNATURE);
  }

  @Test
  void anExpiredTokenIsRefusedAfterTheClockSkew() {
    assertThat(refusal(bearer(PortalTokens.expired()))).isEqualTo(Refusal.EXPIRED);

    Instant expiry = now.minusSeconds(10);
    String token =
        PortalTokens.token().issuedAt(expiry.minusSeconds(300)).expiresAt(expiry).build();
    assertThat(checkAt(expiry.plus(SKEW).minusSeconds(1)).check("Bearer " + token).isAccepted())
        .as("within the skew")
        .isTrue();
    assertThat(refusal(checkAt(expiry.plus(SKEW)).check("Bearer " + token)))
        .as("at the end of the skew")
        .isEqualTo(Refusal.EXPIRED);
  }

  @Test
  void aTokenWithoutExpiryIsRefused() {
    assertThat(refusal(bearer(PortalTokens.token().expiresAt(null).build())))
        .isEqualTo(Refusal.NO_EXPIRY);
  }

  @Test
  void aTokenNotValidYetIsRefusedBeyondTheClockSkew() {
    Instant later = now.plus(SKEW).plusSeconds(5);
    assertThat(refusal(bearer(PortalTokens.token().notBefore(later).build())))
        .isEqualTo(Refusal.NOT_YET_VALID);
    assertThat(bearer(PortalTokens.token().notBefore(now.plusSeconds(30)).build()).isAccepted())
        .as("a portal clock half a minute ahead")
        .isTrue();
  }

  @Test
  void aTokenIssuedInTheFutureIsRefusedBeyondTheClockSkew() {
    Instant later = now.plus(SKEW).plusSeconds(5);
    assertThat(refusal(bearer(PortalTokens.token().issuedAt(later).build())))
        .isEqualTo(Refusal.ISSUED_IN_FUTURE);
    assertThat(bearer(PortalTokens.token().issuedAt(now.plusSeconds(30)).build()).isAccepted())
        .isTrue();
    assertThat(bearer(PortalTokens.token().issuedAt(null).build()).isAccepted())
        .as("iat is optional")
        .isTrue();
  }

  @Test
  void anotherIssuerIsRefused() {
    assertThat(refusal(bearer(PortalTokens.wrongIssuer()))).isEqualTo(Refusal.ISSUER);
    assertThat(refusal(bearer(PortalTokens.token().issuer(null).build())))
        .isEqualTo(Refusal.ISSUER);
    assertThat(refusal(bearer(PortalTokens.token().issuer(PortalTokens.ISSUER + "/").build())))
        .as("compared exactly")
        .isEqualTo(Refusal.ISSUER);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    assertThat(refusal(bearer(PortalTokens.wrongAudience()))).isEqualTo(Refusal.AUDIENCE);
    assertThat(refusal(bearer(PortalTokens.token().audience().build())))
        .isEqualTo(Refusal.AUDIENCE);
    assertThat(bearer(PortalTokens.token().audience("another-system", "motcua").build()))
        .as("MotCua among the audiences")
        .extracting(Outcome::isAccepted)
        .isEqualTo(true);
  }

  @Test
  void aTokenWithoutThePortalsGroupIsRefused() {
    assertThat(refusal(bearer(PortalTokens.withoutGroup()))).isEqualTo(Refusal.GROUP);
    assertThat(refusal(bearer(PortalTokens.token().groups("PROVINCIAL_ADMIN").build())))
        .isEqualTo(Refusal.GROUP);
    assertThat(refusal(bearer(PortalTokens.token().groups().claim("groups", "portal").build())))
        .as("groups is an array of strings (MicroProfile JWT)")
        .isEqualTo(Refusal.GROUP);
    assertThat(
            refusal(bearer(PortalTokens.token().claim("groups", Map.of("portal", true)).build())))
        .isEqualTo(Refusal.GROUP);
  }

  @Test
  void aTokenWithoutACallerIsRefused() {
    assertThat(refusal(bearer(PortalTokens.token().subject(null).build())))
        .isEqualTo(Refusal.SUBJECT);
    assertThat(refusal(bearer(PortalTokens.token().subject(" ").build())))
        .isEqualTo(Refusal.SUBJECT);
    assertThat(refusal(bearer(PortalTokens.token().subject("portal\nFAKE LOG LINE").build())))
        .isEqualTo(Refusal.SUBJECT);
  }

  @Test
  void claimsOfTheWrongTypeAreMalformed() {
    assertThat(refusal(bearer(PortalTokens.token().claim("exp", "tomorrow").build())))
        .isEqualTo(Refusal.MALFORMED);
  }

  @ParameterizedTest
  @EnumSource(Refusal.class)
  void everyRefusalSaysWhichCheckFailedInTheCharactersOfAChallenge(Refusal refusal) {
    assertThat(refusal.detail()).isNotBlank();
    assertThat(PortalTokenAuthentication.challenge(refusal))
        .startsWith("Bearer realm=\"motcua\"")
        .matches("[\\x20-\\x7e]+")
        .doesNotContain("\\");
    if (refusal == Refusal.MISSING) {
      assertThat(PortalTokenAuthentication.challenge(refusal)).doesNotContain("error=");
    } else {
      assertThat(PortalTokenAuthentication.challenge(refusal))
          .contains("error=\"invalid_token\"")
          .containsOnlyOnce("\"" + refusal.detail() + "\"");
    }
  }
}
