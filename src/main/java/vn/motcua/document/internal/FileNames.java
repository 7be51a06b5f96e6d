package vn.motcua.document.internal;

import java.text.Normalizer;

/**
 * Cleans the name a file came with before it is kept as metadata and shown back: the last part of a
 * path only, no control or invisible formatting characters (a right-to-left override can make
 * {@code gpj.exe} read as {@code exe.jpg}), no characters that file systems or a {@code
 * Content-Disposition} header would trip over, at most 255 characters with the extension kept. The
 * store never uses the name on disk.
 */
public final class FileNames {

  /** The name kept when nothing usable is left. */
  public static final String UNNAMED = "file";

  static final int MAX_LENGTH = 255;

  private FileNames() {}

  public static String clean(String name) {
    if (name == null) {
      return UNNAMED;
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    Normalizer.normalize(last, Normalizer.Form.NFC)
        .codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
              } else if (type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.UNASSIGNED
                  || type == Character.PRIVATE_USE
                  || type == Character.SURROGATE) {
                return;
              } else if ("\"<>:|?*;".indexOf(c) >= 0) {
                kept.append('_');
              } else {
                kept.appendCodePoint(c);
              }
            });
    String cleaned = kept.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
    if (cleaned.isEmpty()) {
      return UNNAMED;
    }
    return shorten(cleaned);
  }

  /**
   * At most {@link #MAX_LENGTH} code points, cutting the base name and keeping a short extension.
   */
  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String base = extension.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX_LENGTH - extension.length();
    return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
  }
}
