package vn.motcua.security.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app makes them: six digits,
 * HMAC-SHA1, a new code every 30 seconds. The library makes the secrets and the codes; this class
 * decides which time steps count (the current one and one either side, for a phone's clock that is
 * a little off) and says which step a code belongs to, so that a used step can be refused again.
 */
public final class TotpCodes {

  static final int PERIOD_SECONDS = 30;
  static final int DIGITS = 6;
  private static final Pattern CODE = Pattern.compile("\\d{6}");

  private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

  /** A new shared secret: 32 base32 characters, 160 bits (RFC 4226's recommended length). */
  public static String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  /** The {@code otpauth://} address an authenticator app reads from the enrolment's QR code. */
  public static String enrolmentUri(String issuer, String username, String secret) {
    return new QrData.Builder()
        .label(username)
        .secret(secret)
        .issuer(issuer)
        .algorithm(HashingAlgorithm.SHA1)
        .digits(DIGITS)
        .period(PERIOD_SECONDS)
        .build()
        .getUri();
  }

  /** The code of a time step (for tests, and for the check below). */
  public String code(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalArgumentException("Not a usable TOTP secret", e);
    }
  }

  /**
   * The time step the code was made for, if it is the current step's or a neighbour's; empty for
   * anything else, including what is not six digits. Compared in constant time.
   */
  public OptionalLong stepOf(String secret, String code, Instant now) {
    if (secret == null || code == null || !CODE.matcher(code.strip()).matches()) {
      return OptionalLong.empty();
    }
    byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
    long current = now.getEpochSecond() / PERIOD_SECONDS;
    OptionalLong found = OptionalLong.empty();
    for (long step = current - 1; step <= current + 1; step++) {
      byte[] expected = code(secret, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given) && found.isEmpty()) {
        found = OptionalLong.of(step);
      }
    }
    return found;
  }

  /** The time step of an instant. */
  public static long stepAt(Instant instant) {
    return instant.getEpochSecond() / PERIOD_SECONDS;
  }
}
