package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves the names kept for stored files are safe to show and to send back in a header. */
class FileNamesTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "Giấy khai sinh.pdf|Giấy khai sinh.pdf",
        "C:\\Users\\An\\Desktop\\CCCD.jpg|CCCD.jpg",
        "../../etc/passwd|passwd",
        "  scan   1 .pdf  |scan 1 .pdf",
        "a\"b<c>d:e?f*g;h.png|a_b_c_d_e_f_g_h.png",
        "..|file",
        "report.|report"
      })
  void namesAreCleaned(String given, String kept) {
    assertThat(FileNames.clean(given)).isEqualTo(kept);
  }

  @Test
  void aPipeIsReplaced() {
    assertThat(FileNames.clean("a|b.pdf")).isEqualTo("a_b.pdf");
  }

  @Test
  void decomposedVietnameseIsComposed() {
    String decomposed = "Gia\u0301y to\u031B\u0300.pdf";
    assertThat(FileNames.clean(decomposed)).isEqualTo("Giáy tờ.pdf");
  }

  @Test
  void controlAndDirectionCharactersAreDropped() {
    // A right-to-left override would show "photo\u202Egpj.exe" as "photoexe.jpg".
    assertThat(FileNames.clean("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
    assertThat(FileNames.clean("a\u0000b\nc\td.pdf")).isEqualTo("ab c d.pdf");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "/", "\u202E", "..."})
  void nothingUsableBecomesFile(String given) {
    assertThat(FileNames.clean(given)).isEqualTo("file");
  }

  @Test
  void longNamesKeepTheirExtension() {
    String kept = FileNames.clean("ả".repeat(300) + ".pdf");

    assertThat(kept.codePointCount(0, kept.length())).isEqualTo(FileNames.MAX_LENGTH);
    assertThat(kept).endsWith("ả.pdf");
  }
}
