package vn.motcua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A bearer token of the national portal, as the portal signs it (RS256, iss the portal, aud motcua,
 * groups portal), made with the JDK alone from a PKCS#8 PEM key: the demo key of {@code
 * config/demo}. One token serves a whole run, as the portal reuses a token for its lifetime; the
 * server still verifies its signature on every request.
 */
final class BenchToken {

  static final String ISSUER = "https://dichvucong.gov.vn";

  private BenchToken() {}

  static String sign(Path privateKeyPem, String subject, Duration lifetime) {
    Instant now = Instant.now();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":\""
            + ISSUER
            + "\",\"aud\":\"motcua\",\"sub\":\""
            + subject
            + "\",\"groups\":[\"portal\"],\"iat\":"
            + now.getEpochSecond()
            + ",\"exp\":"
            + now.plus(lifetime).getEpochSecond()
            + "}";
    String signingInput = base64Url(header) + "." + base64Url(claims);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(privateKey(privateKeyPem));
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign with " + privateKeyPem, e);
    }
  }

  private static PrivateKey privateKey(Path pem) throws GeneralSecurityException {
    String text;
    try {
      text = Files.readString(pem, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "No portal signing key at " + pem + " (the demo key comes with the portal's auth)", e);
    }
    int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
    int end = text.indexOf("-----END PRIVATE KEY-----");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(pem + " holds no PKCS#8 private key");
    }
    String body =
        text.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end).replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
