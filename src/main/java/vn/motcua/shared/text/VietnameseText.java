package vn.motcua.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text for searching: "Đăng ký khai sinh", "dang ky khai sinh" and "ĐĂNG KÝ KHAI SINH"
 * fold to the same key, as people type them with or without diacritics.
 */
public final class VietnameseText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private VietnameseText() {}

  /** Lower case, without tone and vowel marks, đ as d, single spaces. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
