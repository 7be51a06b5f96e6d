package vn.motcua.shared.config;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSA public keys given by a setting as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509
 * SubjectPublicKeyInfo, as {@code openssl pkey -pubout} writes it): either the PEM text itself or
 * the path of a file holding it, a relative path being read from the configuration folder ({@value
 * EnvironmentFileConfigSource#DIRECTORY_PROPERTY}). Several blocks may follow each other, for a key
 * rotation; text outside the blocks is ignored, so a file may say what it holds before its first
 * block. The JDK decodes the keys; nothing here is cryptography.
 */
public final class PemPublicKeys {

  /** Shorter RSA keys are refused (NIST SP 800-131A). */
  public static final int MIN_BITS = 2048;

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END ([A-Z0-9 ]+)-----");

  private PemPublicKeys() {}

  /**
   * The keys a setting's value names, read from the configuration folder of this process when the
   * value is a relative path.
   *
   * @throws IllegalArgumentException saying what is wrong, never quoting the value
   */
  public static List<RSAPublicKey> read(String value) {
    String directory = System.getProperty(EnvironmentFileConfigSource.DIRECTORY_PROPERTY);
    return read(value, directory == null ? null : Path.of(directory));
  }

  /**
   * The keys a setting's value names.
   *
   * @param configDirectory the folder a relative path is read from; {@code null}: the working
   *     folder
   * @throws IllegalArgumentException saying what is wrong, never quoting the value
   */
  public static List<RSAPublicKey> read(String value, Path configDirectory) {
    String text = value.strip();
    return parse(text.contains("-----BEGIN") ? text : fileText(text, configDirectory));
  }

  /** SHA-256 of a key's DER encoding, in hex: how a key is recognised without quoting it. */
  public static String fingerprint(PublicKey key) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private static String fileText(String path, Path configDirectory) {
    Path file;
    try {
      file = Path.of(path);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("neither PEM text nor the path of a file");
    }
    if (!file.isAbsolute() && configDirectory != null) {
      file = configDirectory.resolve(file);
    }
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the PEM file " + file.toAbsolutePath());
    }
  }

  private static List<RSAPublicKey> parse(String pem) {
    List<RSAPublicKey> keys = new ArrayList<>();
    Matcher block = BLOCK.matcher(pem);
    while (block.find()) {
      String label = block.group(1);
      if (!label.equals(block.group(3))) {
        throw new IllegalArgumentException("a PEM block ends with another label than it began");
      }
      if (!label.equals("PUBLIC KEY")) {
        throw new IllegalArgumentException(
            "a PEM block labelled "
                + label
                + " where PUBLIC KEY was expected (an X.509 public key: openssl pkey -pubout)");
      }
      keys.add(rsaKey(block.group(2)));
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no -----BEGIN PUBLIC KEY----- block");
    }
    return List.copyOf(keys);
  }

  private static RSAPublicKey rsaKey(String base64) {
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a PEM block that is not Base64");
    }
    PublicKey key;
    try {
      key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("a PEM block that is not an RSA public key");
    }
    BigInteger modulus = ((RSAPublicKey) key).getModulus();
    if (modulus.bitLength() < MIN_BITS) {
      throw new IllegalArgumentException(
          "an RSA key of " + modulus.bitLength() + " bits; at least " + MIN_BITS + " are needed");
    }
    return (RSAPublicKey) key;
  }
}
