package vn.motcua.dossier.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.dossier.DossierRefusal;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.SlipDossiers;
import vn.motcua.organization.UnitHeading;
import vn.motcua.shared.pdf.PdfRenderer;
import vn.motcua.shared.pdf.PdfTemplates;
import vn.motcua.testing.Pdfs;

/**
 * Every slip printed from a dossier at the point of its life that calls for it, read back from the
 * PDF: the wording of the form, the dossier's facts where the form puts them, the unit's heading,
 * the officer's name, and a QR code that leads to the dossier. The PDFs are left in {@code
 * target/slips} to look at ({@code pdftoppm -png}).
 */
class SlipsTest {

  private static final PdfTemplates TEMPLATES = new PdfTemplates("vn/motcua/dossier/slip");
  private static final PdfRenderer RENDERER = new PdfRenderer();

  private static final SlipFacts FACTS =
      new SlipFacts(
          "Thủ tục đăng ký khai sinh",
          "3 ngày làm việc",
          Map.of(
              SlipDossiers.CENTER,
              new UnitHeading(
                  SlipDossiers.CENTER,
                  "Trung tâm Phục vụ hành chính công phường Hạ Long",
                  "Ủy ban nhân dân phường Hạ Long",
                  "Hạ Long"),
              SlipDossiers.COMMITTEE,
              new UnitHeading(
                  SlipDossiers.COMMITTEE, "Ủy ban nhân dân phường Hạ Long", null, "Hạ Long")),
          Map.of(
              "clerk", "Trần Thị Bình",
              "specialist", "Lê Văn Cường",
              "leader", "Phạm Minh Đức"),
          "https://dichvucong.quangninh.gov.vn/",
          LocalDateTime.parse("2026-05-06T15:00").atZone(WorkingCalendar.ZONE).toInstant());

  @Test
  void theReceiptSaysWhatWasReceivedFromWhomAndWhenTheResultIsDue() {
    DossierView dossier = SlipDossiers.received();
    byte[] pdf = print(Slip.RECEIPT, dossier, "01-receipt");
    String text = Pdfs.text(pdf);

    assertThat(text)
        // The heading's columns interleave in the extracted text: their first lines.
        .contains("ỦY BAN NHÂN DÂN PHƯỜNG")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("Hạ Long, ngày 06 tháng 5 năm 2026")
        .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
        .contains("Mã hồ sơ: " + dossier.code())
        .contains("Ông/bà/tổ chức: Nguyễn Văn An")
        .contains("Số định danh cá nhân: 022090001234")
        .contains("Nội dung yêu cầu giải quyết: Thủ tục đăng ký khai sinh (mã thủ tục 1.001193)")
        .contains("Hình thức nộp: trực tiếp")
        .contains("1 Tờ khai Bản chính")
        .contains("2. Số lượng hồ sơ: 1 (bộ)")
        .contains("3. Thời gian giải quyết hồ sơ theo quy định là: 3 ngày làm việc")
        .contains("4. Thời gian nhận hồ sơ: 08 giờ 00 phút, ngày 28 tháng 4 năm 2026")
        .contains(
            "5. Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 00 phút, ngày 05 tháng 5 năm 2026")
        .contains("6. Đăng ký nhận kết quả: trực tiếp tại Trung tâm Phục vụ hành chính công phường")
        .contains("Lệ phí 8.000 2 16.000")
        .contains("Tổng cộng 16.000")
        .contains("số thứ tự: 0001")
        .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
        .contains("Trần Thị Bình")
        .doesNotContain("thay thế giấy tiếp nhận");
    assertThat(Pdfs.qrCode(pdf, Pdfs.pages(pdf) - 1))
        .isEqualTo("https://dichvucong.quangninh.gov.vn/tra-cuu?ma=" + dossier.code());
    assertThat(Pdfs.fonts(pdf)).allSatisfy(font -> assertThat(font.embedded()).isTrue());
    float[] a4 = Pdfs.pageSize(pdf);
    assertThat(a4[0]).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
    assertThat(Pdfs.pages(pdf)).as("one sheet for the applicant").isOne();
  }

  @Test
  void aReceiptPrintedAfterASupplementCarriesTheMovedAppointmentAndReplacesTheFirst() {
    String text = Pdfs.text(print(Slip.RECEIPT, SlipDossiers.supplemented(), "01-receipt-again"));
    assertThat(text)
        .contains("17 giờ 00 phút, ngày 05 tháng 5 năm 2026")
        .contains("bổ sung ngày 04/05/2026")
        .contains("thay thế giấy tiếp nhận")
        .contains("(bổ sung lần 1)");
  }

  @Test
  void theSupplementRequestListsEachLineOfTheRequestUnderTheUnitThatAsked() {
    String text =
        Pdfs.text(print(Slip.SUPPLEMENT, SlipDossiers.supplementRequested(), "02-supplement"));
    assertThat(text)
        .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
        .contains("1 Bản sao giấy chứng nhận kết hôn")
        .contains("2 Giấy xác nhận cư trú của người mẹ")
        .contains("ngày 29/04/2026 đến khi nhận đủ hồ sơ bổ sung")
        .contains("NGƯỜI HƯỚNG DẪN")
        .contains("Lê Văn Cường");
    // The committee heads it: no parent body above a People's Committee.
    assertThat(text).startsWith("ỦY BAN NHÂN DÂN PHƯỜNG").doesNotContain("TRUNG TÂM");
  }

  @Test
  void aRefusalAtIntakeIsSignedByTheReceiverAndOneAfterReviewByTheAgency() {
    String atIntake =
        Pdfs.text(print(Slip.REFUSAL, SlipDossiers.refusedAtIntake(), "03-refusal-intake"));
    assertThat(atIntake)
        .contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ")
        .contains("thông báo không tiếp nhận hồ sơ này")
        .contains("1 Tờ khai không có chữ ký")
        .contains("2 Ảnh chụp căn cước bị mờ")
        .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
        .contains("Trần Thị Bình");

    String afterReview =
        Pdfs.text(print(Slip.REFUSAL, SlipDossiers.refusedAfterReview(), "03-refusal-review"));
    assertThat(afterReview)
        .contains("thông báo không giải quyết hồ sơ này")
        .contains("1 Người yêu cầu không có quyền đăng ký")
        .contains("THỦ TRƯỞNG CƠ QUAN")
        .contains("Lê Văn Cường");
  }

  @Test
  void theApologyGivesTheMissedAppointmentTheReasonAndTheNewOne() {
    String text = Pdfs.text(print(Slip.APOLOGY, SlipDossiers.apologized(), "04-apology"));
    assertThat(text)
        .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
        .contains("Kính gửi: Nguyễn Văn An")
        .contains("Thời gian hẹn trả kết quả giải quyết hồ sơ: 08 giờ 00 phút, ngày 05 tháng 5")
        .contains("Lý do: Chờ xác minh của cơ quan công an")
        .contains("xin lỗi ông/bà")
        .contains("17 giờ 00 phút, ngày 08 tháng 5 năm 2026")
        .contains("Phạm Minh Đức");
  }

  @Test
  void theNoticeToStopSaysSinceWhenAndWhy() {
    String text = Pdfs.text(print(Slip.STOP, SlipDossiers.stopped(), "05-stop"));
    assertThat(text)
        .contains("THÔNG BÁO")
        .contains("Về việc dừng xử lý hồ sơ thủ tục hành chính")
        .contains("kể từ 08 giờ 00 phút, ngày 29 tháng 4 năm 2026")
        .contains("Lý do: Người nộp đề nghị dừng để nộp lại");
  }

  @Test
  void theControlSlipTracesEveryHandOverWithItsTimeliness() {
    DossierView dossier = SlipDossiers.returned();
    String text = Pdfs.text(print(Slip.CONTROL, dossier, "06-control"));
    assertThat(text)
        .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
        .contains("Cơ quan (bộ phận) giải quyết hồ sơ: Ủy ban nhân dân phường Hạ Long")
        .contains("Người nộp hồ sơ")
        .contains("Thẩm định")
        .contains("Lê Văn Cường")
        .contains("Trả kết quả cho")
        .contains("Kết quả giải quyết hồ sơ: quá hạn");
    // One row per step the dossier reached, and the hand-over to the applicant.
    long steps = dossier.steps().stream().filter(s -> s.arrivedAt() != null).count();
    assertThat(text).contains((steps + 1) + " Trung tâm Phục vụ Người nộp hồ sơ");
    assertThat(text).contains("Quá hạn");
  }

  @Test
  void aSlipTheDossierHadNoOccasionForDoesNotExist() {
    DossierView received = SlipDossiers.received();
    for (Slip slip : List.of(Slip.SUPPLEMENT, Slip.REFUSAL, Slip.APOLOGY, Slip.STOP)) {
      assertThatThrownBy(() -> SlipModels.model(slip, received, FACTS))
          .isInstanceOfSatisfying(
              DossierRefusal.class, e -> assertThat(e.code()).isEqualTo("slip-not-issued"));
    }
    DossierView refused = SlipDossiers.refusedAtIntake();
    assertThatThrownBy(() -> SlipModels.model(Slip.RECEIPT, refused, FACTS))
        .isInstanceOf(DossierRefusal.class);
  }

  @Test
  void valuesCannotChangeTheLayout() {
    DossierView dossier = SlipDossiers.refusedAtIntake();
    Map<String, Object> model = SlipModels.model(Slip.REFUSAL, dossier, FACTS);
    model.put("reasons", List.of("<b>thiếu</b> & \"sai\""));
    String text = Pdfs.text(RENDERER.render(TEMPLATES.fill(Slip.REFUSAL.template(), model)));
    assertThat(text).contains("<b>thiếu</b> & \"sai\"");
  }

  @Test
  void theGuidanceSlipListsWhatIsMissingWithoutADossierCode() {
    var procedure =
        new vn.motcua.catalog.ProcedureSummary(
            "1.001193",
            "Thủ tục đăng ký khai sinh",
            "ho-tich",
            "Hộ tịch",
            "COMMUNE",
            true,
            "FULL",
            new java.math.BigDecimal("3"),
            null,
            null);
    Map<String, Object> model =
        SlipModels.guidance(
            FACTS.heading(SlipDossiers.CENTER),
            procedure,
            "Nguyễn Văn An",
            List.of("Tờ khai đăng ký khai sinh", "Giấy chứng sinh"),
            "Trần Thị Bình",
            FACTS.printedAt());
    byte[] pdf = RENDERER.render(TEMPLATES.fill(Slip.SUPPLEMENT.template(), model));
    keep("02-guidance", pdf);
    assertThat(Pdfs.text(pdf))
        .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
        .contains("Hướng dẫn hoàn thiện hồ sơ trước khi nộp")
        .contains("Hồ sơ của: Nguyễn Văn An")
        .contains("tại bất kỳ trung tâm phục vụ hành chính công nào")
        .contains("1 Tờ khai đăng ký khai sinh")
        .contains("2 Giấy chứng sinh")
        .contains("Trần Thị Bình")
        .doesNotContain("Mã hồ sơ")
        .doesNotContain("tạm dừng");
    assertThat(Pdfs.hasQrCode(pdf, 0)).isFalse();
  }

  private static byte[] print(Slip slip, DossierView dossier, String name) {
    byte[] pdf =
        RENDERER.render(TEMPLATES.fill(slip.template(), SlipModels.model(slip, dossier, FACTS)));
    keep(name, pdf);
    return pdf;
  }

  static void keep(String name, byte[] content) {
    try {
      Path folder = Path.of("target", "slips");
      Files.createDirectories(folder);
      Files.write(folder.resolve(name + (name.endsWith(".xlsx") ? "" : ".pdf")), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
