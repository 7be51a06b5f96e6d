package vn.motcua.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

  // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" in base32.
  private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  private final TotpCodes codes = new TotpCodes();

  @Test
  void theCodesAreThoseOfRfc6238() {
    // The RFC's eight-digit values end with these six digits.
    assertThat(codes.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
    assertThat(codes.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
    assertThat(codes.code(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
  }

  @Test
  void aCodeCountsForItsStepAndOneStepEitherSideOnly() {
    Instant now = Instant.parse("2026-11-24T08:00:15Z");
    long current = TotpCodes.stepAt(now);
    for (long offset = -1; offset <= 1; offset++) {
      String code = codes.code(RFC_SECRET, current + offset);
      assertThat(codes.stepOf(RFC_SECRET, code, now)).hasValue(current + offset);
    }
    assertThat(codes.stepOf(RFC_SECRET, codes.code(RFC_SECRET, current - 2), now)).isEmpty();
    assertThat(codes.stepOf(RFC_SECRET, codes.code(RFC_SECRET, current + 2), now)).isEmpty();
  }

  @Test
  void whatIsNotSixDigitsIsNoCode() {
    Instant now = Instant.parse("2026-11-24T08:00:15Z");
    assertThat(codes.stepOf(RFC_SECRET, null, now)).isEmpty();
    assertThat(codes.stepOf(RFC_SECRET, "12345", now)).isEmpty();
    assertThat(codes.stepOf(RFC_SECRET, "12345a", now)).isEmpty();
    assertThat(codes.stepOf(null, "123456", now)).isEmpty();
  }

  @Test
  void aNewSecretIsOneHundredSixtyBitsOfBase32AndTheEnrolmentUriCarriesIt() {
    String secret = TotpCodes.newSecret();
    assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(TotpCodes.newSecret());
    assertThat(TotpCodes.enrolmentUri("MotCua", "admin", secret))
        .startsWith("otpauth://totp/")
        .contains("secret=" + secret, "issuer=MotCua", "digits=6", "period=30");
  }
}
