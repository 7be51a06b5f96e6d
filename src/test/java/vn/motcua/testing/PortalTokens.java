package vn.motcua.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.security.PortalCaller;

/**
 * Bearer tokens of the national portal as tests need them, signed with the demo key pair ({@code
 * config/demo}, which {@code config/test.properties} names): {@link #valid()} for a test that calls
 * the portal's API ({@code "Authorization", "Bearer " + PortalTokens.valid()}), {@link #token()} to
 * change one thing of a valid token, and each kind of token the API must refuse.
 */
public final class PortalTokens {

  /** The issuer of {@code config/test.properties} and {@code config/demo.properties}. */
  public static final String ISSUER = "https://dichvucong.gov.vn";

  /** The caller the portal's tokens name ({@code sub}) unless a test says otherwise. */
  public static final String SUBJECT = "dichvucong-test";

  /** How long a fresh token lives. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]*)-----END \\1-----\\s*");

  private PortalTokens() {}

  /** A fresh token the portal's API accepts: five minutes, the portal's group, for MotCua. */
  public static String valid() {
    return token().build();
  }

  /** The builder of a valid token, to change one thing of it. */
  public static Builder token() {
    return new Builder();
  }

  /** Expired two minutes ago, beyond the minute of clock skew allowed. */
  public static String expired() {
    Instant now = Instant.now();
    return token()
        .issuedAt(now.minus(Duration.ofMinutes(7)))
        .expiresAt(now.minus(Duration.ofMinutes(2)))
        .build();
  }

  /** Signed with the portal's key, but naming another issuer. */
  public static String wrongIssuer() {
    return token().issuer("https://dichvucong.example").build();
  }

  /** Meant for another system. */
  public static String wrongAudience() {
    return token().audience("another-system").build();
  }

  /** Without the portal's group. */
  public static String withoutGroup() {
    return token().groups().build();
  }

  /** Right in every claim, signed RS256 with a key that is not the portal's. */
  public static String signedByAnotherKey() {
    return token().signedBy(AnotherKey.PRIVATE).build();
  }

  /** An unsecured JWT ({@code alg: none}) with valid claims. */
  public static String unsigned() {
    return new PlainJWT(token().claims()).serialize();
  }

  /**
   * HS256 keyed with the portal's published public key (the PEM text as served): the classic
   * confusion of a verifier that lets the token choose the algorithm.
   */
  public static String hmacWithPublicKey() {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), token().claims());
      jwt.sign(new MACSigner(publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The demo public key's PEM block, as a caller could fetch it. */
  public static String publicKeyPem() {
    Matcher block = PEM.matcher(read("portal-jwt-public.pem"));
    if (!block.find()) {
      throw new IllegalStateException("No PEM block in the demo public key");
    }
    return block.group();
  }

  /** One token's claims, header and key; valid until a method changes it. */
  public static final class Builder {

    private String subject = SUBJECT;
    private String issuer = ISSUER;
    private List<String> audience = List.of(PortalCaller.AUDIENCE);
    private List<String> groups = List.of(PortalCaller.ROLE);
    private Instant issuedAt = Instant.now();
    private Instant notBefore;
    private Instant expiresAt = issuedAt.plus(LIFETIME);
    private JWSAlgorithm algorithm = JWSAlgorithm.RS256;
    private PrivateKey key = DemoKey.PRIVATE;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {}

    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    /** The audiences; none: no {@code aud} claim. */
    public Builder audience(String... audience) {
      this.audience = List.of(audience);
      return this;
    }

    /** The groups; none: no {@code groups} claim. */
    public Builder groups(String... groups) {
      this.groups = List.of(groups);
      return this;
    }

    /** The issue time ({@code iat}); {@code null}: none. */
    public Builder issuedAt(Instant issuedAt) {
      this.issuedAt = issuedAt;
      return this;
    }

    /** The time before which the token is not valid ({@code nbf}); {@code null}: none. */
    public Builder notBefore(Instant notBefore) {
      this.notBefore = notBefore;
      return this;
    }

    /** The expiry ({@code exp}); {@code null}: none. */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /** An RSA signature algorithm other than RS256 (RS512, PS256...), with the same key. */
    public Builder algorithm(JWSAlgorithm algorithm) {
      this.algorithm = algorithm;
      return this;
    }

    /** A claim set as given, over what the other methods set; {@code null}: no such claim. */
    public Builder claim(String name, Object value) {
      extra.put(name, value);
      return this;
    }

    /** Signed with another RSA private key than the demo portal's. */
    public Builder signedBy(PrivateKey key) {
      this.key = key;
      return this;
    }

    JWTClaimsSet claims() {
      JWTClaimsSet.Builder claims =
          new JWTClaimsSet.Builder()
              .subject(subject)
              .issuer(issuer)
              .jwtID(UUID.randomUUID().toString());
      if (!audience.isEmpty()) {
        claims.audience(new ArrayList<>(audience));
      }
      if (!groups.isEmpty()) {
        claims.claim("groups", new ArrayList<>(groups));
      }
      if (issuedAt != null) {
        claims.issueTime(Date.from(issuedAt));
      }
      if (notBefore != null) {
        claims.notBeforeTime(Date.from(notBefore));
      }
      if (expiresAt != null) {
        claims.expirationTime(Date.from(expiresAt));
      }
      extra.forEach(claims::claim);
      return claims.build();
    }

    /** The token in compact serialisation, the value after {@code Bearer }. */
    public String build() {
      try {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static String read(String file) {
    Path demo = Path.of(System.getProperty("motcua.config.dir", "config"), "demo", file);
    try {
      return Files.readString(demo, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The demo portal's private key, PKCS#8 after a note for people. */
  private static final class DemoKey {
    static final PrivateKey PRIVATE = privateKey(read("portal-jwt-private.pem"));

    private static PrivateKey privateKey(String pem) {
      Matcher block = PEM.matcher(pem);
      if (!block.find() || !block.group(1).equals("PRIVATE KEY")) {
        throw new IllegalStateException("No PKCS#8 PRIVATE KEY block in the demo private key");
      }
      byte[] der = Base64.getDecoder().decode(block.group(2).replaceAll("\\s", ""));
      try {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      } finally {
        Arrays.fill(der, (byte) 0);
      }
    }
  }

  /** A key pair made for this run: a signer that is not the portal. */
  private static final class AnotherKey {
    static final PrivateKey PRIVATE = generate();

    private static PrivateKey generate() {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
