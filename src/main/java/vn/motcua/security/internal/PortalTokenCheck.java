package vn.motcua.security.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.security.PortalCaller;

/**
 * Decides whether an {@code Authorization} header carries a token of the National Public Service
 * Portal: a JWT signed RS256 (and nothing else: not {@code none}, not HS256 keyed with the public
 * key) by one of the portal's keys, within its lifetime ({@code exp}, and {@code nbf} and {@code
 * iat} when present, with {@link #CLOCK_SKEW} of leeway), issued by the configured issuer, for
 * MotCua ({@code aud}), naming its caller ({@code sub}) and carrying the portal's group ({@code
 * groups}, as MicroProfile JWT puts roles). The claims are read only once the signature holds; keys
 * named by the token itself ({@code jwk}, {@code jku}, {@code x5u}, {@code kid}) are never used.
 * nimbus-jose-jwt parses and verifies; this class only decides.
 */
public final class PortalTokenCheck {

  /** How far the portal's clock and ours may disagree. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** A longer header is no token of the portal's: refused before anything is parsed. */
  static final int MAX_LENGTH = 8192;

  /** RFC 6750 section 2.1: the scheme is case-insensitive; b64token characters only. */
  private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+)\\s*");

  private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

  /** A caller name: some characters, none of them a control character. */
  private static final Pattern SUBJECT = Pattern.compile("[^\\p{Cntrl}]{1,255}");

  private static final String GROUPS = "groups";

  /** Why a token was refused; the detail says which check failed and never quotes the token. */
  public enum Refusal {
    MISSING("No bearer token: send the portal's token as Authorization: Bearer <token>"),
    MALFORMED("The bearer token is not a signed JWT in compact serialisation"),
    ALGORITHM("The token is not signed with RS256, the only algorithm accepted"),
    SIGNATURE("The token's signature does not verify with the portal's key"),
    NO_EXPIRY("The token has no expiry time (exp)"),
    EXPIRED("The token has expired (exp)"),
    NOT_YET_VALID("The token is not valid yet (nbf)"),
    ISSUED_IN_FUTURE("The token's issue time is in the future (iat)"),
    ISSUER("The token was not issued by the national portal (iss)"),
    AUDIENCE("The token is not meant for MotCua (aud)"),
    SUBJECT("The token names no caller (sub)"),
    GROUP("The token does not carry the portal's group (groups)");

    private final String detail;

    Refusal(String detail) {
      this.detail = detail;
    }

    public String detail() {
      return detail;
    }
  }

  /**
   * What the check decided: the caller the token names, or why it was refused.
   *
   * @param caller the token's {@code sub} when accepted, else {@code null}
   * @param refusal why it was refused, {@code null} when accepted
   */
  public record Outcome(String caller, Refusal refusal) {

    static Outcome accepted(String caller) {
      return new Outcome(caller, null);
    }

    static Outcome refused(Refusal refusal) {
      return new Outcome(null, refusal);
    }

    public boolean isAccepted() {
      return refusal == null;
    }
  }

  private final String issuer;
  private final List<JWSVerifier> verifiers;
  private final Clock clock;

  /**
   * @param issuer the {@code iss} the portal's tokens carry
   * @param keys the portal's public keys (more than one while it rotates its key)
   * @param clock the time tokens are judged at
   */
  public PortalTokenCheck(String issuer, List<RSAPublicKey> keys, Clock clock) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("No key of the portal");
    }
    this.issuer = Objects.requireNonNull(issuer);
    this.verifiers = keys.stream().<JWSVerifier>map(RSASSAVerifier::new).toList();
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * Checks the value of an {@code Authorization} header.
   *
   * @param authorization the header, {@code null} when the request has none
   */
  public Outcome check(String authorization) {
    if (authorization == null) {
      return Outcome.refused(Refusal.MISSING);
    }
    if (authorization.length() > MAX_LENGTH) {
      return Outcome.refused(Refusal.MALFORMED);
    }
    Matcher bearer = BEARER.matcher(authorization.strip());
    if (!bearer.matches()) {
      // Another scheme (Basic...) is no attempt at a bearer token (RFC 6750 section 3.1).
      return Outcome.refused(
          authorization.regionMatches(true, 0, "bearer", 0, 6)
              ? Refusal.MALFORMED
              : Refusal.MISSING);
    }
    String token = bearer.group(1);
    if (!B64TOKEN.matcher(token).matches()) {
      return Outcome.refused(Refusal.MALFORMED);
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      return Outcome.refused(Refusal.MALFORMED);
    }
    if (!(jwt instanceof SignedJWT signed)) {
      // An unsecured JWT (alg none) or an encrypted one: nothing the portal signed.
      return Outcome.refused(jwt instanceof PlainJWT ? Refusal.ALGORITHM : Refusal.MALFORMED);
    }
    if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
      return Outcome.refused(Refusal.ALGORITHM);
    }
    if (!verified(signed)) {
      return Outcome.refused(Refusal.SIGNATURE);
    }
    JWTClaimsSet claims;
    try {
      claims = signed.getJWTClaimsSet();
    } catch (ParseException e) {
      return Outcome.refused(Refusal.MALFORMED);
    }
    return judge(claims);
  }

  private boolean verified(SignedJWT token) {
    for (JWSVerifier verifier : verifiers) {
      try {
        if (token.verify(verifier)) {
          return true;
        }
      } catch (JOSEException e) {
        // This key cannot verify it; another may.
      }
    }
    return false;
  }

  private Outcome judge(JWTClaimsSet claims) {
    Instant now = clock.instant();
    Date expiry = claims.getExpirationTime();
    if (expiry == null) {
      return Outcome.refused(Refusal.NO_EXPIRY);
    }
    if (!now.isBefore(expiry.toInstant().plus(CLOCK_SKEW))) {
      return Outcome.refused(Refusal.EXPIRED);
    }
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && now.plus(CLOCK_SKEW).isBefore(notBefore.toInstant())) {
      return Outcome.refused(Refusal.NOT_YET_VALID);
    }
    Date issued = claims.getIssueTime();
    if (issued != null && now.plus(CLOCK_SKEW).isBefore(issued.toInstant())) {
      return Outcome.refused(Refusal.ISSUED_IN_FUTURE);
    }
    if (!issuer.equals(claims.getIssuer())) {
      return Outcome.refused(Refusal.ISSUER);
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(PortalCaller.AUDIENCE)) {
      return Outcome.refused(Refusal.AUDIENCE);
    }
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank() || !SUBJECT.matcher(subject).matches()) {
      return Outcome.refused(Refusal.SUBJECT);
    }
    List<String> groups;
    try {
      groups = claims.getStringListClaim(GROUPS);
    } catch (ParseException e) {
      return Outcome.refused(Refusal.GROUP);
    }
    if (groups == null || !groups.contains(PortalCaller.ROLE)) {
      return Outcome.refused(Refusal.GROUP);
    }
    return Outcome.accepted(subject);
  }
}
