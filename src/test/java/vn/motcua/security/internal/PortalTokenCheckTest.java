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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.security.internal.PortalTokenCheck.Outcome;
import vn.motcua.security.internal.PortalTokenCheck.Refusal;
import vn.motcua.shared.config.PemPublicKeys;
import vn.motcua.testing.PortalTokens;
import vn.motcua.testing.SettableClock;

/**
 * Every reason the portal's API refuses a bearer token, and the one way it accepts one, without a
 * container: tokens made by {@link PortalTokens} with the demo key pair.
 */
class PortalTokenCheckTest {

  private static final List<RSAPublicKey> DEMO_KEY =
      PemPublicKeys.read("demo/portal-jwt-public.pem", Path.of("config"));

  private static final Duration SKEW = PortalTokenCheck.CLOCK_SKEW;

  /** In whole seconds, as a token's times are. */
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

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

  /** A header around a valid token, named for the test report. */
  private static Arguments header(String name, UnaryOperator<String> around) {
    return Arguments.of(Named.of(name, around));
  }

  /** Inserts {@code what} in the middle of the token's signature. */
  private static UnaryOperator<String> inSignature(String what) {
    return token -> {
      int middle = token.lastIndexOf('.') + 20;
      return "Bearer " + token.substring(0, middle) + what + token.substring(middle);
    };
  }

  static Stream<Arguments> bearerHeaders() {
    return Stream.of(
        header("lowercase scheme", token -> "bearer " + token),
        header("mixed case scheme", token -> "bEaReR " + token),
        header("several spaces", token -> "Bearer    " + token),
        header("trailing spaces", token -> "Bearer " + token + "   "),
        header("trailing tab and CRLF", token -> "Bearer " + token + "\t\r\n"),
        header("leading spaces", token -> "  Bearer " + token),
        header("leading tab", token -> "\tBearer " + token),
        header("trailing Unicode space", token -> "Bearer " + token + "\u2003"),
        header("padding at the end", token -> "Bearer " + token + "=="));
  }

  @ParameterizedTest
  @MethodSource("bearerHeaders")
  void aBearerHeaderIsReadAsRfc6750WritesIt(UnaryOperator<String> around) {
    Outcome outcome = check.check(around.apply(PortalTokens.valid()));

    assertThat(outcome.isAccepted()).isTrue();
    assertThat(outcome.caller()).isEqualTo(PortalTokens.SUBJECT);
  }

  /**
   * nimbus ignores what is no base64url character in the signature, so each of these tokens would
   * verify: only the header's syntax refuses them.
   */
  static Stream<Arguments> malformedBearerHeaders() {
    return Stream.of(
        header("no space", token -> "Bearer" + token),
        header("a tab instead of the space", token -> "Bearer\t" + token),
        header("a tab after the space", token -> "Bearer \t" + token),
        header("a no-break space", token -> "Bearer\u00a0" + token),
        header("a colon", token -> "Bearer:" + token),
        header("quoted", token -> "Bearer \"" + token + "\""),
        header("quoted after leading space", token -> " Bearer \"" + token + "\""),
        header("a quote in the signature", inSignature("\"")),
        header("a comma in the signature", inSignature(",")),
        header("padding in the middle", inSignature("=")),
        header("a character after the padding", token -> "Bearer " + token + "=x"),
        header("a trailing comma", token -> "Bearer " + token + ","),
        header("a non-ASCII letter", inSignature("\u00e9")),
        header("a second word", token -> "Bearer " + token + " x"),
        header("a Unicode space in the token", inSignature("\u2003")),
        header("a vertical tab in the token", inSignature("\u000b")),
        header("an ASCII separator in the token", inSignature("\u001c")));
  }

  @ParameterizedTest
  @MethodSource("malformedBearerHeaders")
  void aBearerHeaderWithAnythingButB64TokenCharactersIsMalformed(UnaryOperator<String> around) {
    assertThat(refusal(check.check(around.apply(PortalTokens.valid()))))
        .isEqualTo(Refusal.MALFORMED);
  }

  static Stream<Arguments> noBearerHeaders() {
    return Stream.of(
        header("Basic", token -> "Basic " + token),
        header("another scheme", token -> "Token " + token),
        header("a scheme ending in bearer", token -> "XBearer " + token),
        header("leading space, then bearer alone", token -> "  Bearer"),
        // The scheme is looked for at the very start of the header unless the header parses.
        header("leading space, then a second word", token -> " Bearer " + token + " x"));
  }

  @ParameterizedTest
  @MethodSource("noBearerHeaders")
  void aHeaderOfAnotherSchemeIsAMissingToken(UnaryOperator<String> around) {
    assertThat(refusal(check.check(around.apply(PortalTokens.valid())))).isEqualTo(Refusal.MISSING);
  }

  @Test
  void theLengthLimitCountsTheWholeHeaderWithItsWhitespace() {
    String header = "Bearer " + PortalTokens.valid();
    String longest = header + " ".repeat(PortalTokenCheck.MAX_LENGTH - header.length());

    assertThat(check.check(longest).isAccepted()).isTrue();
    assertThat(refusal(check.check(longest + " "))).isEqualTo(Refusal.MALFORMED);
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

  @Test
  void theSameTokenAgainIsAcceptedWithoutVerifyingItsSignature() {
    String token = PortalTokens.valid();

    assertThat(check.check("Bearer " + token).caller()).isEqualTo(PortalTokens.SUBJECT);
    assertThat(check.check("Bearer " + token).caller()).isEqualTo(PortalTokens.SUBJECT);
    assertThat(check.check("Bearer " + token).caller()).isEqualTo(PortalTokens.SUBJECT);

    assertThat(check.verifications()).as("one verification for three requests").isEqualTo(1);
    assertThat(check.remembered()).isEqualTo(1);

    assertThat(check.check("bearer   " + token + " ").caller()).isEqualTo(PortalTokens.SUBJECT);
    assertThat(check.verifications())
        .as("the header is what is remembered: written otherwise, it is read and verified again")
        .isEqualTo(2);
  }

  @Test
  void aRememberedTokenIsRefusedOnceItExpiresAndForgotten() {
    SettableClock clock = new SettableClock(now);
    PortalTokenCheck check = new PortalTokenCheck(PortalTokens.ISSUER, DEMO_KEY, clock);
    Instant expiry = now.plus(PortalTokens.LIFETIME);
    String token = PortalTokens.token().issuedAt(now).expiresAt(expiry).build();
    assertThat(check.check("Bearer " + token).isAccepted()).isTrue();

    clock.set(expiry.plus(SKEW).minusMillis(1));
    assertThat(check.check("Bearer " + token).isAccepted()).as("within the skew").isTrue();
    assertThat(check.verifications()).as("answered from the cache").isEqualTo(1);

    clock.set(expiry.plus(SKEW));
    assertThat(refusal(check.check("Bearer " + token))).isEqualTo(Refusal.EXPIRED);
    assertThat(check.verifications()).as("refused from the cache").isEqualTo(1);
    assertThat(check.remembered()).as("an expired token is forgotten").isZero();

    assertThat(refusal(check.check("Bearer " + token))).isEqualTo(Refusal.EXPIRED);
    assertThat(check.verifications()).as("checked in full once forgotten").isEqualTo(2);
  }

  @Test
  void aRememberedTokenIsJudgedAgainstNotBeforeAndIssueTimeEveryTime() {
    Instant later = now.plus(Duration.ofHours(1));
    SettableClock clock = new SettableClock(later);
    PortalTokenCheck check = new PortalTokenCheck(PortalTokens.ISSUER, DEMO_KEY, clock);
    String notBefore =
        PortalTokens.token().issuedAt(null).notBefore(later).expiresAt(later.plus(SKEW)).build();
    String issued = PortalTokens.token().issuedAt(later).expiresAt(later.plus(SKEW)).build();
    assertThat(check.check("Bearer " + notBefore).isAccepted()).isTrue();
    assertThat(check.check("Bearer " + issued).isAccepted()).isTrue();

    clock.set(later.minus(SKEW).minusMillis(1));
    assertThat(refusal(check.check("Bearer " + notBefore))).isEqualTo(Refusal.NOT_YET_VALID);
    assertThat(refusal(check.check("Bearer " + issued))).isEqualTo(Refusal.ISSUED_IN_FUTURE);
    assertThat(check.verifications()).as("refused from the cache").isEqualTo(2);

    clock.set(later.minus(SKEW));
    assertThat(check.check("Bearer " + notBefore).isAccepted()).as("within the skew").isTrue();
    assertThat(check.check("Bearer " + issued).isAccepted()).as("within the skew").isTrue();
    assertThat(check.verifications()).as("still remembered").isEqualTo(2);
  }

  @Test
  void aRefusedTokenIsNeverRemembered() {
    String valid = PortalTokens.valid();
    int signature = valid.lastIndexOf('.') + 1;
    String otherSignature =
        valid.substring(0, signature)
            + (valid.charAt(signature) == 'A' ? 'B' : 'A')
            + valid.substring(signature + 1);
    String anotherKey = PortalTokens.signedByAnotherKey();
    String wrongIssuer = PortalTokens.wrongIssuer();

    for (int i = 0; i < 2; i++) {
      assertThat(refusal(bearer(anotherKey))).isEqualTo(Refusal.SIGNATURE);
      assertThat(refusal(bearer(otherSignature))).isEqualTo(Refusal.SIGNATURE);
      assertThat(refusal(bearer(wrongIssuer))).isEqualTo(Refusal.ISSUER);
    }
    assertThat(check.verifications()).as("every refused token verified each time").isEqualTo(6);
    assertThat(check.remembered()).isZero();

    assertThat(bearer(valid).isAccepted()).as("the token whose signature was changed").isTrue();
    assertThat(refusal(bearer(otherSignature)))
        .as("still refused once the true one is remembered")
        .isEqualTo(Refusal.SIGNATURE);
    assertThat(check.remembered()).isEqualTo(1);
  }

  @Test
  void aTokenRefusedBeforeItsTimeIsAcceptedWhenItComes() {
    SettableClock clock = new SettableClock(now);
    PortalTokenCheck check = new PortalTokenCheck(PortalTokens.ISSUER, DEMO_KEY, clock);
    Instant later = now.plus(Duration.ofMinutes(10));
    String token = PortalTokens.token().notBefore(later).expiresAt(later.plusSeconds(300)).build();

    assertThat(refusal(check.check("Bearer " + token))).isEqualTo(Refusal.NOT_YET_VALID);
    assertThat(check.remembered()).isZero();

    clock.set(later);
    assertThat(check.check("Bearer " + token).isAccepted()).isTrue();
    assertThat(check.remembered()).isEqualTo(1);
  }

  @Test
  void theCacheHoldsNoMoreThanItsBoundAndDropsTheExpiredFirst() {
    int bound = 3;
    SettableClock clock = new SettableClock(now);
    PortalTokenCheck check = new PortalTokenCheck(PortalTokens.ISSUER, DEMO_KEY, clock, bound);
    String shortLived = PortalTokens.token().expiresAt(now.plusSeconds(60)).build();
    List<String> longLived = new ArrayList<>();
    for (int i = 0; i < bound + 2; i++) {
      longLived.add(PortalTokens.token().expiresAt(now.plusSeconds(600)).build());
    }
    check.check("Bearer " + shortLived);
    check.check("Bearer " + longLived.get(0));
    check.check("Bearer " + longLived.get(1));
    assertThat(check.remembered()).isEqualTo(bound);

    clock.set(now.plusSeconds(60).plus(SKEW));
    assertThat(check.check("Bearer " + longLived.get(2)).isAccepted()).isTrue();
    assertThat(check.remembered()).as("the expired one made room").isEqualTo(bound);
    long verified = check.verifications();
    check.check("Bearer " + longLived.get(0));
    check.check("Bearer " + longLived.get(1));
    assertThat(check.verifications()).as("the others stayed").isEqualTo(verified);

    for (String token : longLived) {
      assertThat(check.check("Bearer " + token).isAccepted()).isTrue();
      assertThat(check.remembered()).isBetween(1, bound);
    }
  }

  @Test
  void theCacheHoldsNoMoreThanItsDefaultBound() {
    for (int i = 0; i <= PortalTokenCheck.CACHE_BOUND; i++) {
      assertThat(bearer(PortalTokens.valid()).isAccepted()).isTrue();
      assertThat(check.remembered()).isLessThanOrEqualTo(PortalTokenCheck.CACHE_BOUND);
    }
    assertThat(check.remembered()).as("full, then emptied for the last one").isEqualTo(1);
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
