package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.document.SampleFiles;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.CounterPage;
import vn.motcua.testing.Downloads;
import vn.motcua.testing.Pdfs;
import vn.motcua.testing.TestDatabase;

/**
 * The counter as a receiving clerk of Hồng Gai uses it, checked on the screen and in the database:
 * a dossier received from the procedure search to the slip, and the refusals that save nothing.
 */
@RunAsClient
class CounterReceptionIT extends BrowserIT {

  /**
   * Recognition of a parent or child: non-territorial, so Hồng Gai may receive it; no other browser
   * test edits it.
   */
  private static final String RECOGNITION = "1.001022";

  /** The demo clerk's center (README). */
  private static final long HONG_GAI_CENTER = 10;

  @TempDir Path files;

  @Test
  void theClerkReceivesADossierFromTheProcedureSearchToTheSlip() throws Exception {
    String id = citizenId(1);
    signInAs("clerk");
    CounterPage counter = CounterPage.open(browser, base);

    counter.procedure("dang ky nhan cha me con", RECOGNITION).lookUp(id);
    assertThat(counter.messages()).contains("Cơ sở dữ liệu quốc gia về dân cư");
    String name = counter.value("fullName");
    assertThat(name).as("filled by the population database").isNotBlank();
    counter.type("phone", "0912345678").receiveAllDocuments();
    String code = counter.receive();

    assertThat(code).matches("000\\.20\\.09\\.H22-\\d{6}-\\d{4}");
    assertThat(counter.appointment()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    assertThat(counter.slipLink()).endsWith("/slips/receipt/" + code + ".pdf");
    // Enter opens the slip: its link takes the focus once the answer is shown.
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> "counter:receipt-slip".equals(d.switchTo().activeElement().getAttribute("id")));
    HttpResponse<byte[]> slip = Downloads.fetch(browser, counter.slipLink());
    assertThat(slip.statusCode()).isEqualTo(200);
    assertThat(slip.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(slip.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(Pdfs.text(slip.body()))
        .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
        .contains("Mã hồ sơ: " + code)
        .contains(name)
        .contains("Số định danh cá nhân: " + id)
        .contains("Nguyễn Thị Lan"); // the demo clerk, by her full name
    assertThat(Pdfs.qrCode(slip.body(), 0)).endsWith("/tra-cuu?ma=" + code);
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT status, channel, receiving_unit_id, applicant_id_number, applicant_phone,"
                    + " procedure_code, (SELECT count(*) FROM dossier_document d"
                    + " WHERE d.dossier_id = dossier.id) FROM dossier WHERE code = ?")) {
      q.setString(1, code);
      try (ResultSet r = q.executeQuery()) {
        assertThat(r.next()).isTrue();
        assertThat(r.getInt(1)).as("received").isEqualTo(2);
        assertThat(r.getString(2)).isEqualTo("COUNTER");
        assertThat(r.getLong(3)).isEqualTo(HONG_GAI_CENTER);
        assertThat(r.getString(4)).isEqualTo(id);
        assertThat(r.getString(5)).isEqualTo("0912345678");
        assertThat(r.getString(6)).isEqualTo(RECOGNITION);
        assertThat(r.getInt(7)).isPositive();
      }
    }
  }

  @Test
  void anIncompleteDossierIsNotReceivedAndTheMissingDocumentsAreNamed() throws Exception {
    String id = citizenId(2);
    signInAs("clerk");
    CounterPage counter =
        CounterPage.open(browser, base).procedure(RECOGNITION, RECOGNITION).lookUp(id);

    counter.receiveRefused();

    assertThat(counter.messages()).contains("còn thiếu");
    assertThat(counter.missing()).contains("1");
    assertThat(dossiersOf(id)).isZero();

    counter.guidanceSlip();
    assertThat(Pdfs.text(Downloads.file(browser, ".pdf")))
        .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
        .contains("Hướng dẫn hoàn thiện hồ sơ trước khi nộp")
        .contains("Nguyễn Thị Lan")
        .doesNotContain("Mã hồ sơ");
  }

  @Test
  void anInvalidIdNumberShowsNextToItsFieldAndNothingIsSaved() throws Exception {
    String id = "022191700003";
    signInAs("clerk");
    CounterPage counter = CounterPage.open(browser, base).procedure(RECOGNITION, RECOGNITION);
    counter
        .type("idNumber", id)
        .type("fullName", "Trần Thị Thử")
        .type("birthDate_input", "01/01/1985") // the number says born in 1991
        .receiveAllDocuments()
        .receiveRefused();

    assertThat(counter.fieldError("idNumber")).contains("không hợp lệ");
    assertThat(dossiersOf(id)).isZero();
  }

  @Test
  void aScanIsKeptAndAProgramPosingAsPdfIsRefused() throws Exception {
    signInAs("clerk");
    CounterPage counter =
        CounterPage.open(browser, base).procedure(RECOGNITION, RECOGNITION).lookUp(citizenId(4));
    Path scan = Files.write(files.resolve("to-khai.pdf"), SampleFiles.pdf("counter scan"));
    Path program = Files.write(files.resolve("giay-to.pdf"), SampleFiles.windowsProgram("counter"));

    counter.upload(0, scan);
    assertThat(counter.scan(0)).isEqualTo("to-khai.pdf");

    counter.upload(1, program);
    assertThat(counter.messages()).contains("PDF, JPG hoặc PNG");
    assertThat(counter.scan(1)).isEmpty();

    String code = counter.receiveAllDocuments().receive();
    long document = scannedDocument(code);
    String url = base + "documents/" + code + "/" + document;
    HttpResponse<byte[]> viewed = get(url, browser.manage().getCookieNamed("JSESSIONID"));
    assertThat(viewed.statusCode()).isEqualTo(200);
    assertThat(viewed.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(viewed.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(viewed.body()).isEqualTo(Files.readAllBytes(scan));
    assertThat(
            get(
                    base + "documents/" + code + "/" + (document + 1),
                    browser.manage().getCookieNamed("JSESSIONID"))
                .statusCode())
        .as("a document of another dossier, or none")
        .isEqualTo(404);
    HttpResponse<byte[]> anonymous = get(url, null);
    assertThat(anonymous.headers().firstValue("Content-Type").orElse(""))
        .as("nobody signed in gets the login page, not the scan")
        .doesNotContain("application/pdf");
    assertThat(anonymous.body()).isNotEqualTo(Files.readAllBytes(scan));
  }

  private static HttpResponse<byte[]> get(String url, Cookie session) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (session != null) {
      request.header("Cookie", session.getName() + "=" + session.getValue());
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static long scannedDocument(String code) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT x.id FROM dossier_document x JOIN dossier d ON d.id = x.dossier_id"
                    + " WHERE d.code = ? AND x.file_id IS NOT NULL")) {
      q.setString(1, code);
      try (ResultSet r = q.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getLong(1);
      }
    }
  }

  @Test
  void theSuggestionsAreOnlyWhatThisCenterMayReceive() {
    signInAs("clerk");
    CounterPage counter = CounterPage.open(browser, base);

    // Both extend a temporary residence; only the commune-level one may be received in a ward.
    assertThat(counter.suggestions("gia han tam tru"))
        .contains("1.002755")
        .doesNotContain("1.002411");
  }

  @Test
  void onlyReceivingClerksOpenTheCounter() {
    signInAs("specialist");

    browser.get(base + "reception/counter.xhtml");

    assertThat(browser.findElement(By.id("error-title")).getText())
        .isEqualTo("Bạn không có quyền truy cập trang này.");
  }

  /** Valid citizen ID numbers (Quảng Ninh, a woman born in 1991) that only this class uses. */
  private static String citizenId(int n) {
    return String.format("0221917%05d", n);
  }

  private static int dossiersOf(String id) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement("SELECT count(*) FROM dossier WHERE applicant_id_number = ?")) {
      q.setString(1, id);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
