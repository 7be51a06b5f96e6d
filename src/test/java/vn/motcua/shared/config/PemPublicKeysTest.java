package vn.motcua.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's keys as an operator gives them: PEM text or a file, one key or two. */
class PemPublicKeysTest {

  @TempDir Path folder;

  static RSAPublicKey rsaKey(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return (RSAPublicKey) generator.generateKeyPair().getPublic();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As {@code openssl pkey -pubout} writes it. */
  static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  @Test
  void pemTextIsReadWhateverItsLineBreaks() {
    RSAPublicKey key = rsaKey(2048);

    assertThat(PemPublicKeys.read(pem(key), null)).containsExactly(key);
    assertThat(PemPublicKeys.read(pem(key).replace("\n", ""), null))
        .as("one line, as a properties file or an environment variable may hold it")
        .containsExactly(key);
    assertThat(PemPublicKeys.read("  " + pem(key).replace("\n", "\r\n"), null))
        .containsExactly(key);
  }

  @Test
  void aRelativePathIsReadFromTheConfigFolderAndTextBeforeTheBlockIsANote() throws Exception {
    RSAPublicKey key = rsaKey(2048);
    Files.writeString(folder.resolve("portal.pem"), "The portal's key, 2026.\n\n" + pem(key));

    assertThat(PemPublicKeys.read("portal.pem", folder)).containsExactly(key);
    assertThat(PemPublicKeys.read(folder.resolve("portal.pem").toString(), Path.of("elsewhere")))
        .as("an absolute path")
        .containsExactly(key);
  }

  @Test
  void twoBlocksAreTwoKeysForARotation() {
    RSAPublicKey old = rsaKey(2048);
    RSAPublicKey next = rsaKey(3072);

    assertThat(PemPublicKeys.read(pem(old) + "\nnext key:\n" + pem(next), null))
        .containsExactly(old, next);
  }

  @Test
  void whatIsNoRsaPublicKeyOfEnoughBitsIsRefusedWithoutQuotingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PemPublicKeys.read("missing.pem", folder))
        .withMessageContaining("cannot read the PEM file");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PemPublicKeys.read(pem(rsaKey(1024)), null))
        .withMessageContaining("1024 bits");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PemPublicKeys.read(pem(rsaKey(2048)).replace("PUBLIC KEY", "RSA PUBLIC KEY"), null))
        .withMessageContaining("labelled RSA PUBLIC KEY");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PemPublicKeys.read(
                    "-----BEGIN PUBLIC KEY-----c2VjcmV0-----END PUBLIC KEY-----", null))
        .withMessage("a PEM block that is not an RSA public key");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PemPublicKeys.read(
                    "-----BEGIN PUBLIC KEY-----not*base64-----END PUBLIC KEY-----", null))
        .withMessage("a PEM block that is not Base64");
  }
}
