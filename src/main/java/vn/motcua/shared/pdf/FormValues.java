package vn.motcua.shared.pdf;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Values in the shape templates print them, without any wording (the wording is the template's).
 */
public final class FormValues {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private FormValues() {}

  /** An amount of đồng with Vietnamese grouping: 1.250.000. */
  public static String money(long amount) {
    return NumberFormat.getIntegerInstance(VIETNAMESE).format(amount);
  }

  /**
   * An enum constant as a set of flags, one per constant of its type, so that a logic-less template
   * chooses its own words: {@code {{#provision.ORIGINAL}}Bản chính{{/provision.ORIGINAL}}}. Every
   * constant is present (false but the one given; all false for null), so a misspelt name fails the
   * rendering instead of printing nothing.
   */
  public static <E extends Enum<E>> Map<String, Boolean> choice(Class<E> type, E value) {
    Map<String, Boolean> flags = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      flags.put(constant.name(), constant == value);
    }
    return flags;
  }
}
