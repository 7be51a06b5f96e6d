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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
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
 *
 * <p>The portal sends the same token with every request for the token's whole lifetime, so a token
 * once accepted is remembered (at most {@link #CACHE_BOUND} of them): the next request with it
 * skips parsing and the signature, and only its times are judged again.
 */
public final class PortalTokenCheck {

  /** How far the portal's clock and ours may disagree. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** A longer header is no token of the portal's: refused before anything is parsed. */
  static final int MAX_LENGTH = 8192;

  /** How many accepted tokens are remembered; the portal uses one or two at a time. */
  static final int CACHE_BOUND = 1024;

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

  /** When a token may be used: its {@code exp}, and its {@code nbf} and {@code iat} if any. */
  private record Lifetime(Instant expiry, Instant notBefore, Instant issued) {

    static Lifetime of(Date expiry, Date notBefore, Date issued) {
      return new Lifetime(
          expiry.toInstant(),
          notBefore == null ? null : notBefore.toInstant(),
          issued == null ? null : issued.toInstant());
    }

    boolean endedAt(Instant now) {
      return !now.isBefore(expiry.plus(CLOCK_SKEW));
    }

    /** Why the token cannot be used at {@code now}, {@code null} when it can. */
    Refusal refusalAt(Instant now) {
      if (endedAt(now)) {
        return Refusal.EXPIRED;
      }
      if (notBefore != null && now.plus(CLOCK_SKEW).isBefore(notBefore)) {
        return Refusal.NOT_YET_VALID;
      }
      if (issued != null && now.plus(CLOCK_SKEW).isBefore(issued)) {
        return Refusal.ISSUED_IN_FUTURE;
      }
      return null;
    }
  }

  /** A token that passed every check: whom it names, and its times to judge again. */
  private record Accepted(Outcome outcome, Lifetime lifetime) {}

  private final String issuer;
  private final List<JWSVerifier> verifiers;
  private final Clock clock;

  /**
   * The accepted tokens by the exact {@code Authorization} header that carried them. The same
   * header always holds the same token, which parses to the same header, claims and signature, and
   * the keys and the issuer never change for this check, so the header is accepted again by
   * everything but the clock: only the time checks are made again, not even the header's syntax.
   * Nothing but an accepted token is remembered: a forged or refused one costs a full check each
   * time and cannot push out the portal's, and only the portal can fill the cache.
   */
  private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();

  private final int cacheBound;

  /** Taken to add to {@link #accepted}, so that it never holds more than {@link #cacheBound}. */
  private final Object remembering = new Object();

  /** For the tests, which prove that a remembered token skips the signature. */
  private final LongAdder verifications = new LongAdder();

  /**
   * @param issuer the {@code iss} the portal's tokens carry
   * @param keys the portal's public keys (more than one while it rotates its key)
   * @param clock the time tokens are judged at
   */
  public PortalTokenCheck(String issuer, List<RSAPublicKey> keys, Clock clock) {
    this(issuer, keys, clock, CACHE_BOUND);
  }

  PortalTokenCheck(String issuer, List<RSAPublicKey> keys, Clock clock, int cacheBound) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("No key of the portal");
    }
    this.issuer = Objects.requireNonNull(issuer);
    this.verifiers = keys.stream().<JWSVerifier>map(RSASSAVerifier::new).toList();
    this.clock = Objects.requireNonNull(clock);
    this.cacheBound = cacheBound;
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
    Accepted known = accepted.get(authorization);
    if (known != null) {
      Refusal untimely = known.lifetime().refusalAt(clock.instant());
      if (untimely == null) {
        return known.outcome();
      }
      if (untimely == Refusal.EXPIRED) {
        accepted.remove(authorization, known);
      }
      return Outcome.refused(untimely);
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
    return judge(authorization, claims);
  }

  private boolean verified(SignedJWT token) {
    verifications.increment();
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

  private Outcome judge(String authorization, JWTClaimsSet claims) {
    Instant now = clock.instant();
    Date expiry = claims.getExpirationTime();
    if (expiry == null) {
      return Outcome.refused(Refusal.NO_EXPIRY);
    }
    Lifetime lifetime = Lifetime.of(expiry, claims.getNotBeforeTime(), claims.getIssueTime());
    Refusal untimely = lifetime.refusalAt(now);
    if (untimely != null) {
      return Outcome.refused(untimely);
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
    Outcome outcome = Outcome.accepted(subject);
    remember(authorization, new Accepted(outcome, lifetime), now);
    return outcome;
  }

  /**
   * When the cache is full the expired tokens go, and if none has expired, all go: each is verified
   * again at its next request. Only the portal's tokens come here, one or two at a time.
   */
  private void remember(String authorization, Accepted acceptance, Instant now) {
    synchronized (remembering) {
      if (accepted.size() >= cacheBound && !accepted.containsKey(authorization)) {
        accepted.values().removeIf(known -> known.lifetime().endedAt(now));
        if (accepted.size() >= cacheBound) {
          accepted.clear();
        }
      }
      accepted.put(authorization, acceptance);
    }
  }

  /** How many tokens had their signature verified: those not answered from the cache. */
  long verifications() {
    return verifications.sum();
  }

  /** How many accepted tokens are remembered. */
  int remembered() {
    return accepted.size();
  }
}
