package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.Downloads;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.Pdfs;
import vn.motcua.testing.SearchPage;

/** Hồng Gai center's director finds the center's dossiers, and only those. */
@RunAsClient
class CenterSearchIT extends BrowserIT {

  private static final String RECOGNITION = "1.001022";
  private static final long HONG_GAI_CENTER = 10;
  private static final long BAI_CHAY_CENTER = 14;

  @Test
  void theDirectorFindsADossierByCodeAndByTheApplicantsIdNumber() throws Exception {
    String ours =
        OnlineDossiers.register(base, RECOGNITION, HONG_GAI_CENTER, citizenId(1), BORN, false);
    signInAs("director");

    assertThat(SearchPage.open(browser, base).by("code", ours).codes()).containsExactly(ours);
    assertThat(SearchPage.open(browser, base).by("applicant", citizenId(1)).codes())
        .containsExactly(ours);
    // The director oversees the dossier without handling it: its applicant's number is masked.
    assertThat(browser.getPageSource())
        .doesNotContain(citizenId(1))
        .contains("********" + citizenId(1).substring(8));
  }

  @Test
  void anotherCentersDossierIsNotFound() throws Exception {
    String theirs =
        OnlineDossiers.register(base, RECOGNITION, BAI_CHAY_CENTER, citizenId(2), BORN, false);
    signInAs("director");

    SearchPage search = SearchPage.open(browser, base).by("code", theirs);

    assertThat(search.codes()).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(citizenId(2));
    HttpResponse<byte[]> slip = Downloads.fetch(browser, base + "slips/control/" + theirs + ".pdf");
    assertThat(slip.statusCode()).isEqualTo(404);
    assertThat(new String(slip.body(), StandardCharsets.UTF_8)).doesNotContain(citizenId(2));
  }

  @Test
  void theDirectorPrintsTheTrackingBookOfAPeriodAsPdfAndExcel() throws Exception {
    String received =
        OnlineDossiers.register(base, RECOGNITION, HONG_GAI_CENTER, citizenId(3), BORN, true);
    String waiting =
        OnlineDossiers.register(base, RECOGNITION, HONG_GAI_CENTER, citizenId(4), BORN, false);
    signInAs("director");
    SearchPage search = SearchPage.open(browser, base);

    search.trackingBook("pdf");
    assertThat(search.messages()).contains("Chọn khoảng thời gian");

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    search.period(day.format(today.minusDays(1)), day.format(today)).trackingBook("pdf");
    String book = Pdfs.text(Downloads.file(browser, ".pdf"));
    assertThat(book)
        .contains("SỔ THEO DÕI HỒ SƠ")
        .contains("Từ ngày " + day.format(today.minusDays(1)) + " đến ngày " + day.format(today));

    search.trackingBook("xlsx");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(Downloads.file(browser, ".xlsx")))) {
      List<String> codes = new ArrayList<>();
      workbook
          .getSheetAt(0)
          .forEach(row -> codes.add(row.getCell(1) == null ? "" : row.getCell(1).toString()));
      assertThat(codes).contains(received).doesNotContain(waiting);
    }
  }

  @Test
  void aClerkMayNotSearchTheCenter() {
    signInAs("clerk");

    browser.get(base + "center/search.xhtml");

    assertThat(browser.findElement(By.id("error-title")).getText())
        .isEqualTo("Bạn không có quyền truy cập trang này.");
  }

  private static final String BORN = "1996-01-02";

  /** Valid ID numbers of women born in 1996, only this class's. */
  private static String citizenId(int n) {
    return String.format("0221968%05d", n);
  }
}
