package vn.motcua.shared.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over fields, each length-prefixed so that no two different lists of fields give the
 * same input: an audit row's hash, a seal's and its heads' digest. Fields are added one at a time,
 * so that a seal's heads, however many, are hashed without joining them into one string.
 */
final class FieldDigest {

  private final MessageDigest sha256;

  FieldDigest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  FieldDigest add(String... fields) {
    for (String field : fields) {
      String prefixed = (field == null ? "-1:" : field.length() + ":" + field) + "|";
      sha256.update(prefixed.getBytes(StandardCharsets.UTF_8));
    }
    return this;
  }

  String hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
