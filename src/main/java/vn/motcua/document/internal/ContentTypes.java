package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import vn.motcua.document.FileRefusal;

/**
 * Decides what a file is from its content, with Apache Tika's magic-byte signatures ({@code
 * tika-core} alone: no parser ever runs on a file), and accepts only PDF, JPEG and PNG. The name a
 * file came with never decides its type; it is only checked against what the content is, so that a
 * file that is not what its name says is refused.
 */
public final class ContentTypes {

  /** The accepted types and how people call them. */
  static final Map<String, String> ACCEPTED =
      Map.of("application/pdf", "PDF", "image/jpeg", "JPEG image", "image/png", "PNG image");

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  private ContentTypes() {}

  /**
   * The type of a file's content by its signature alone; {@code application/octet-stream} when no
   * signature matches.
   */
  public static String detect(Path file) throws IOException {
    byte[] head = new byte[LONGEST_SIGNATURE];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    for (Signature signature : ACCEPTED_SIGNATURES) {
      if (signature.starts(head, read)) {
        return signature.type();
      }
    }
    return byTika(file);
  }

  /**
   * What Tika finds, trying every signature it knows: 0.3 ms for a 10 KB file, so {@link #detect}
   * asks only for files that do not begin like the accepted types. Tika names such files the same
   * but for one: a PDF written by Adobe Illustrator ({@code %AI5_FileFormat} in its first 8 KB) is
   * {@code application/illustrator+ps} to Tika, refused, and a PDF here, accepted: it is one.
   */
  static String byTika(Path file) throws IOException {
    try (InputStream in = TikaInputStream.get(file)) {
      // No resource name in the metadata: a name could turn an unknown content into its type.
      return TYPES.detect(in, new Metadata()).getBaseType().toString();
    }
  }

  /** The first bytes of a file of an accepted type, as Tika's own signatures for it say. */
  private record Signature(String type, byte[] bytes) {

    boolean starts(byte[] head, int length) {
      return length >= bytes.length && Arrays.equals(head, 0, bytes.length, bytes, 0, bytes.length);
    }
  }

  private static final List<Signature> ACCEPTED_SIGNATURES =
      List.of(
          new Signature("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
          new Signature("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
          new Signature(
              "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}));

  private static final int LONGEST_SIGNATURE = 8;

  /**
   * The type a file is kept under, or the refusal of it.
   *
   * @param detected the type of its content, from {@link #detect(Path)}
   * @param name the cleaned name it came with, only checked against the content
   */
  public static String accept(String detected, String name) {
    String content = ACCEPTED.get(detected);
    if (content == null) {
      throw FileRefusal.FILE_TYPE_NOT_ACCEPTED.exception(
          "The file '"
              + name
              + "' is "
              + (MediaType.OCTET_STREAM.toString().equals(detected)
                  ? "of a type that cannot be recognised"
                  : detected)
              + ", not a PDF or an image (JPEG, PNG)");
    }
    String claimed = claimedType(name);
    if (claimed != null && !claimed.equals(detected)) {
      throw FileRefusal.FILE_NAME_MISMATCH.exception(
          "The file '"
              + name
              + "' is a "
              + content
              + ", not what its name says ("
              + claimed
              + "); rename it or choose the right file");
    }
    return detected;
  }

  /** The type a name's extension stands for, or null when the extension is unknown or missing. */
  static String claimedType(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String type = TYPES.getMimeType(name.toLowerCase(Locale.ROOT)).getType().toString();
    return MediaType.OCTET_STREAM.toString().equals(type) ? null : type;
  }
}
