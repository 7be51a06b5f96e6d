package vn.motcua.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.MustacheException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Pdfs;

/** The renderer, the templates and the values they print, without a container. */
class PdfRendererTest {

  enum Channel {
    COUNTER,
    ONLINE
  }

  record Sample(
      String title,
      FormDate dated,
      String name,
      String amount,
      Map<String, Boolean> channel,
      String note,
      String qr) {}

  private final PdfTemplates templates = new PdfTemplates("vn/motcua/shared/pdf");
  private final PdfRenderer renderer = new PdfRenderer();

  private byte[] render(String name, String note) {
    Sample sample =
        new Sample(
            "Mẫu thử",
            FormDate.of(Instant.parse("2026-02-04T17:30:00Z")),
            name,
            FormValues.money(1_250_000),
            FormValues.choice(Channel.class, Channel.ONLINE),
            note,
            QrCode.pngDataUri("https://motcua.example/tra-cuu?ma=000.20.09.H22-260205-0001"));
    return renderer.render(templates.fill("sample.xhtml", sample));
  }

  @Test
  void vietnameseTextIsPrintedInEmbeddedSubsetLiberationSerif() {
    byte[] pdf = render("Nguyễn Thị Ánh Tuyết", null);

    String text = Pdfs.text(pdf);
    assertThat(text)
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("Người nộp: Nguyễn Thị Ánh Tuyết")
        .contains("Số tiền: 1.250.000 đồng")
        .contains("Trực tuyến")
        .doesNotContain("Trực tiếp")
        .doesNotContain("Ghi chú");
    assertThat(Pdfs.fonts(pdf))
        .isNotEmpty()
        .allSatisfy(
            font -> {
              assertThat(font.embedded()).as(font.name()).isTrue();
              assertThat(font.name()).matches("[A-Z]{6}\\+LiberationSerif.*");
            });
    assertThat(Pdfs.fonts(pdf)).extracting(Pdfs.Font::name).anyMatch(n -> n.endsWith("-Bold"));
  }

  @Test
  void lettersTypedWithCombiningMarksPrintAsTheirComposedLetters() {
    String decomposed =
        java.text.Normalizer.normalize("Nguyễn Thị Ánh Tuyết", java.text.Normalizer.Form.NFD);
    assertThat(decomposed).hasSizeGreaterThan("Nguyễn Thị Ánh Tuyết".length());

    assertThat(Pdfs.text(render(decomposed, null))).contains("Người nộp: Nguyễn Thị Ánh Tuyết");
  }

  @Test
  void ligaturesAreNotSubstitutedSoTheTextReadsBackWhole() {
    assertThat(Pdfs.text(render("Office fifty flats", null))).contains("Office fifty flats");
  }

  @Test
  void datesAreInVietnamTimeWithTheLeadingZerosOfDecree30() {
    // 17:30 UTC on 4 February is 00:30 on 5 February in Vietnam.
    assertThat(Pdfs.text(render("A", null))).contains("Quảng Ninh, ngày 05 tháng 02 năm 2026");
    FormDate march = FormDate.of(Instant.parse("2026-03-09T01:05:00Z"));
    assertThat(march.day()).isEqualTo("09");
    assertThat(march.month()).isEqualTo("3");
    assertThat(march.hour() + ":" + march.minute()).isEqualTo("08:05");
    assertThat(march.date()).isEqualTo("09/03/2026");
    assertThat(FormDate.of((Instant) null)).isNull();
  }

  @Test
  void valuesAreEscapedSoThatNoValueBreaksOrChangesThePage() {
    byte[] pdf = render("<b>Trần & Lê</b> \"'", "a < b");

    assertThat(Pdfs.text(pdf)).contains("<b>Trần & Lê</b> \"'").contains("Ghi chú: a < b");
  }

  @Test
  void theQrCodeReadsBack() {
    assertThat(Pdfs.qrCode(render("A", null), 0))
        .isEqualTo("https://motcua.example/tra-cuu?ma=000.20.09.H22-260205-0001");
  }

  @Test
  void aMisspeltNameFailsInsteadOfPrintingNothing() {
    PdfTemplates broken = new PdfTemplates("vn/motcua/shared/pdf");
    assertThatThrownBy(() -> broken.fill("sample.xhtml", Map.of("title", "x")))
        .isInstanceOf(MustacheException.class);
  }
}
