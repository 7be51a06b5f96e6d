package vn.motcua.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The database folds names as {@link VietnameseText#fold} does, for every Vietnamese letter. */
class FoldingTranslationTest {

  private static final String BASES = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
  private static final String[] TONES = {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};

  @Test
  void everyVietnameseLetterWithEveryToneIsTranslated() {
    StringBuilder missing = new StringBuilder();
    for (char base : BASES.toCharArray()) {
      for (String tone : TONES) {
        String letter = Normalizer.normalize(base + tone, Normalizer.Form.NFC);
        assertThat(letter).hasSize(1);
        if (letter.charAt(0) > 127 && FoldingTranslation.FROM.indexOf(letter.charAt(0)) < 0) {
          missing.append(letter);
        }
      }
    }
    assertThat(missing.toString()).isEmpty();
    assertThat(FoldingTranslation.FROM).contains("đ", "Đ");
  }

  @Test
  void eachLetterFoldsToTheLetterAtTheSamePlace() {
    assertThat(FoldingTranslation.FROM).hasSameSizeAs(FoldingTranslation.TO);
    assertThat(FoldingTranslation.TO).matches("[a-z]+");
    for (int i = 0; i < FoldingTranslation.FROM.length(); i++) {
      String letter = String.valueOf(FoldingTranslation.FROM.charAt(i));
      assertThat(VietnameseText.fold(letter))
          .as(letter)
          .isEqualTo(String.valueOf(FoldingTranslation.TO.charAt(i)));
    }
    assertThat(FoldingTranslation.FROM.chars().distinct().count())
        .isEqualTo(FoldingTranslation.FROM.length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nguyễn Thị Lan",
        "ĐỖ VĂN HÙNG",
        "Bùi Thị Mai",
        "Phạm Thị Hoa",
        "Trần Văn Minh",
        "Hoàng Văn Nam",
        "Vũ Thị Thu",
        "Lê Ưng Ỷ",
        "Quách Thị Ngọc Ánh"
      })
  void translatingThenLoweringIsFolding(String name) {
    assertThat(lower(translate(name))).isEqualTo(VietnameseText.fold(name));
  }

  /** What PostgreSQL's translate(text, FROM, TO) does. */
  private static String translate(String text) {
    return text.chars()
        .mapToObj(
            c -> {
              int at = FoldingTranslation.FROM.indexOf(c);
              return String.valueOf(at < 0 ? (char) c : FoldingTranslation.TO.charAt(at));
            })
        .collect(Collectors.joining());
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
