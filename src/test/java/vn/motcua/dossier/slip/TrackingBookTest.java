package vn.motcua.dossier.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Resolution;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.organization.UnitHeading;
import vn.motcua.shared.pdf.PdfRenderer;
import vn.motcua.shared.pdf.PdfTemplates;
import vn.motcua.testing.Pdfs;

/** The tracking book (form 07) as a landscape PDF and as a workbook, one line per dossier. */
class TrackingBookTest {

  private static final UnitHeading CENTER =
      new UnitHeading(
          10,
          "Trung tâm Phục vụ hành chính công phường Hạ Long",
          "Ủy ban nhân dân phường Hạ Long",
          "Hạ Long");
  private static final LocalDate FROM = LocalDate.of(2026, 11, 2);
  private static final LocalDate TO = LocalDate.of(2026, 11, 6);

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(WorkingCalendar.ZONE).toInstant();
  }

  private static final TrackingEntry RETURNED_LATE =
      new TrackingEntry(
          "000.00.12.H22-261102-0001",
          "Đăng ký khai sinh",
          1,
          "Nguyễn Văn An",
          "Tổ 1, khu 2",
          "0912345678",
          "Ủy ban nhân dân phường Hạ Long",
          at("2026-11-02T08:05"),
          at("2026-11-05T08:05"),
          at("2026-11-05T16:00"),
          at("2026-11-06T09:00"),
          DossierStatus.RETURNED,
          Resolution.GRANTED,
          Timeliness.LATE,
          true);
  private static final TrackingEntry REFUSED =
      new TrackingEntry(
          "000.00.12.H22-261103-0002",
          "Cấp giấy phép xây dựng",
          2,
          "Công ty TNHH Hạ Long Xanh",
          null,
          null,
          "Sở Xây dựng",
          at("2026-11-03T14:30"),
          at("2026-11-20T14:30"),
          at("2026-11-04T10:00"),
          null,
          DossierStatus.FINISHED,
          Resolution.REFUSED,
          Timeliness.EARLY,
          false);

  @Test
  void thePdfIsALandscapeRegisterWithALinePerDossier() {
    byte[] pdf =
        new PdfRenderer()
            .render(
                new PdfTemplates("vn/motcua/dossier/slip")
                    .fill(
                        "07-tracking-book.xhtml",
                        TrackingBookModel.of(
                            CENTER,
                            FROM,
                            TO,
                            List.of(RETURNED_LATE, REFUSED),
                            at("2026-11-24T10:00"))));
    SlipsTest.keep("07-tracking-book", pdf);
    float[] size = Pdfs.pageSize(pdf);
    assertThat(size[0]).isGreaterThan(size[1]);
    assertThat(Pdfs.text(pdf))
        .contains("SỔ THEO DÕI HỒ SƠ")
        .contains("Từ ngày 02/11/2026 đến ngày 06/11/2026 (2 hồ sơ)")
        .contains("Nguyễn Văn An")
        .contains("Sở Xây dựng")
        .contains("08:05 08:05 16:00 09:00")
        .contains("02/11/2026 05/11/2026 05/11/2026 06/11/2026")
        .contains("trễ hạn")
        .contains("từ chối");
  }

  @Test
  void aLongBookRepeatsItsHeaderOnEveryPage() {
    List<TrackingEntry> lines = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      lines.add(RETURNED_LATE);
    }
    byte[] pdf =
        new PdfRenderer()
            .render(
                new PdfTemplates("vn/motcua/dossier/slip")
                    .fill(
                        "07-tracking-book.xhtml",
                        TrackingBookModel.of(CENTER, FROM, TO, lines, at("2026-11-24T10:00"))));
    int pages = Pdfs.pages(pdf);
    assertThat(pages).isGreaterThan(2);
    String text = Pdfs.text(pdf);
    assertThat(text.split("Tên thủ tục hành chính", -1)).hasSize(pages + 1);
  }

  @Test
  void theWorkbookHasRealDatesAFrozenHeaderAndTheSameLines() throws IOException {
    byte[] xlsx = TrackingBookWorkbook.write(CENTER, FROM, TO, List.of(RETURNED_LATE, REFUSED));
    SlipsTest.keep("07-tracking-book.xlsx", xlsx);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("SỔ THEO DÕI HỒ SƠ - Trung tâm Phục vụ hành chính công phường Hạ Long");
      assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Mã hồ sơ");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      var first = sheet.getRow(4);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo(RETURNED_LATE.code());
      assertThat(first.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(8).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.parse("2026-11-02T08:05"));
      assertThat(first.getCell(12).getStringCellValue()).isEqualTo("Đã trả kết quả");
      assertThat(first.getCell(13).getStringCellValue()).isEqualTo("Trễ hạn");
      var second = sheet.getRow(5);
      assertThat(second.getCell(11)).isNull();
      assertThat(second.getCell(13).getStringCellValue())
          .isEqualTo("Từ chối giải quyết; Trước hạn");
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
    }
  }
}
