package vn.motcua.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The platform's PBKDF2 with the parameters of OWASP's password storage advice (HMAC-SHA512,
 * 210,000 iterations, 32-byte salt). One place, so that hashing at sign-up and checking at login
 * never disagree.
 */
@ApplicationScoped
public class PasswordHashing {

  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject private Pbkdf2PasswordHash hash;

  /** Verified against when the login name is unknown, so that both cases cost the same time. */
  private String decoy;

  @PostConstruct
  void init() {
    hash.initialize(PARAMETERS);
    decoy = hash.generate("decoy password".toCharArray());
  }

  public String hash(char[] password) {
    return hash.generate(password);
  }

  public boolean verify(char[] password, String storedHash) {
    return hash.verify(password, storedHash);
  }

  /** Spends the time a real check would, for an unknown login name. */
  public void verifyDecoy(char[] password) {
    hash.verify(password, decoy);
  }
}
