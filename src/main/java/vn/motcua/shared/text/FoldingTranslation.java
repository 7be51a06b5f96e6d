package vn.motcua.shared.text;

/**
 * {@link VietnameseText#fold} for the database, where the text is stored as typed: the letters with
 * marks (and đ) in {@link #FROM}, each with the plain letter it folds to at the same place in
 * {@link #TO}. {@code LOWER(translate(column, FROM, TO))} in PostgreSQL folds text in Unicode NFC
 * like {@code fold} does, with no extension to install.
 */
public final class FoldingTranslation {

  /** Every letter of Latin-1, Latin Extended-A/B and Latin Extended Additional with marks. */
  public static final String FROM;

  /** The plain lower-case letter of each letter of {@link #FROM}. */
  public static final String TO;

  static {
    StringBuilder from = new StringBuilder();
    StringBuilder to = new StringBuilder();
    for (int[] range : new int[][] {{0x00C0, 0x024F}, {0x1E00, 0x1EFF}}) {
      for (char c = (char) range[0]; c <= range[1]; c++) {
        String folded = VietnameseText.fold(String.valueOf(c));
        if (folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z') {
          from.append(c);
          to.append(folded);
        }
      }
    }
    FROM = from.toString();
    TO = to.toString();
  }

  private FoldingTranslation() {}
}
