package vn.motcua.dossier.slip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.dossier.Resolution;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.organization.UnitHeading;
import vn.motcua.shared.pdf.FormDate;

/**
 * The tracking book as an Excel workbook (Apache POI, streaming: only a window of rows is kept in
 * memory): one row per dossier, instants as real Excel date-times in Vietnam time so that a
 * director can sort and filter them, the header frozen and filtered.
 */
final class TrackingBookWorkbook {

  private static final String[] HEADERS = {
    "STT",
    "Mã hồ sơ",
    "Tên thủ tục hành chính",
    "Số bộ",
    "Tên cá nhân, tổ chức",
    "Địa chỉ",
    "Số điện thoại",
    "Cơ quan chủ trì giải quyết",
    "Nhận hồ sơ",
    "Hẹn trả kết quả",
    "Có kết quả",
    "Trả kết quả",
    "Trạng thái",
    "Kết quả xử lý"
  };
  private static final int[] WIDTHS = {6, 26, 50, 7, 28, 40, 14, 36, 17, 17, 17, 17, 22, 16};

  // The book is a Vietnamese register whatever the director's language: the Vietnamese bundle.
  private static final ResourceBundle WORDS =
      ResourceBundle.getBundle("vn.motcua.i18n.messages", Locale.forLanguageTag("vi"));

  private TrackingBookWorkbook() {}

  private static String outcome(TrackingEntry line) {
    StringBuilder words = new StringBuilder();
    if (line.resolution() == Resolution.REFUSED) {
      words.append(WORDS.getString("resolution.REFUSED"));
    }
    if (line.outcome() != null) {
      words
          .append(words.isEmpty() ? "" : "; ")
          .append(WORDS.getString("timeliness." + line.outcome().name()));
    }
    return words.toString();
  }

  static byte[] write(
      UnitHeading heading, LocalDate from, LocalDate to, List<TrackingEntry> lines) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      SXSSFSheet sheet = workbook.createSheet("Sổ theo dõi hồ sơ");
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle title = workbook.createCellStyle();
      title.setFont(bold);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      CellStyle instant = workbook.createCellStyle();
      instant.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));

      DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
      text(sheet.createRow(0), 0, "SỔ THEO DÕI HỒ SƠ - " + heading.name(), title);
      text(
          sheet.createRow(1),
          0,
          "Từ ngày "
              + day.format(from)
              + " đến ngày "
              + day.format(to)
              + ": "
              + lines.size()
              + " hồ sơ",
          null);
      Row head = sheet.createRow(3);
      for (int c = 0; c < HEADERS.length; c++) {
        text(head, c, HEADERS[c], header);
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      int r = 4;
      for (TrackingEntry line : lines) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r - 3);
        text(row, 1, line.code(), null);
        text(row, 2, line.procedureName(), null);
        row.createCell(3).setCellValue(line.sets());
        text(row, 4, line.applicantName(), null);
        text(row, 5, line.applicantAddress(), null);
        text(row, 6, line.applicantPhone(), null);
        text(row, 7, line.competentUnitName(), null);
        time(row, 8, line.receivedAt(), instant);
        time(row, 9, line.appointmentAt(), instant);
        time(row, 10, line.finishedAt(), instant);
        time(row, 11, line.returnedAt(), instant);
        text(row, 12, WORDS.getString("status." + line.status().name()), null);
        text(row, 13, outcome(line), null);
        r++;
      }
      sheet.createFreezePane(2, 4);
      sheet.setAutoFilter(new CellRangeAddress(3, Math.max(3, r - 1), 0, HEADERS.length - 1));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the tracking book", e);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    if (value == null) {
      return;
    }
    var cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void time(Row row, int column, Instant value, CellStyle style) {
    if (value == null) {
      return;
    }
    var cell = row.createCell(column);
    cell.setCellValue(LocalDateTime.ofInstant(value, FormDate.VIETNAM));
    cell.setCellStyle(style);
  }
}
