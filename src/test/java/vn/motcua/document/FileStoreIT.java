package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.TestDatabase;

/**
 * The file store on the real runtime, its database and its folder: files read back, the same
 * content written once, nothing left by a rollback or a refusal, and the sweep of what a crash
 * leaves. Limits are those of {@code config/test.properties} (1 MB per file, 2 MB per dossier).
 */
@MotcuaIT
@RunAsClient
class FileStoreIT {

  private static final int MB = 1024 * 1024;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua(FileStoreProbeResource.class);
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aStoredFileIsReadBackAsItCame() throws Exception {
    byte[] pdf = SampleFiles.pdf(unique());
    String sha256 = SampleFiles.sha256(pdf);

    HttpResponse<String> response = store("Giấy khai sinh.pdf", pdf);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject stored = json(response);
    assertThat(stored.getString("sha256")).isEqualTo(sha256);
    assertThat(stored.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
    assertThat(stored.getString("contentType")).isEqualTo("application/pdf");
    assertThat(stored.getString("originalName")).isEqualTo("Giấy khai sinh.pdf");
    long id = stored.getJsonNumber("id").longValue();

    assertThat(content(id)).isEqualTo(pdf);
    assertThat(Files.readAllBytes(onDisk(sha256))).isEqualTo(pdf);
    assertThat(rows(sha256)).isOne();
    assertThat(createdBy(id)).isEqualTo(FileStoreProbeResource.ACTOR);
  }

  @Test
  void theSameContentIsOneFileWithARowPerUpload() throws Exception {
    byte[] png = SampleFiles.png(unique());
    String sha256 = SampleFiles.sha256(png);

    JsonObject first = json(store("front.png", png));
    JsonObject second = json(store("again.png", png));

    assertThat(second.getJsonNumber("id").longValue())
        .isNotEqualTo(first.getJsonNumber("id").longValue());
    assertThat(second.getString("originalName")).isEqualTo("again.png");
    assertThat(rows(sha256)).isEqualTo(2);
    try (Stream<Path> files = Files.list(onDisk(sha256).getParent())) {
      assertThat(files.filter(f -> f.getFileName().toString().equals(sha256))).hasSize(1);
    }
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aRollbackRemovesTheFileItWrote() throws Exception {
    byte[] jpeg = SampleFiles.jpeg(unique());
    String sha256 = SampleFiles.sha256(jpeg);

    HttpResponse<String> response = send("then-fail", "photo.jpg", jpeg);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
    assertThat(onDisk(sha256)).doesNotExist();
    assertThat(rows(sha256)).isZero();
  }

  @Test
  void aRollbackKeepsAFileACommittedRowRefersTo() throws Exception {
    byte[] pdf = SampleFiles.pdf(unique());
    String sha256 = SampleFiles.sha256(pdf);
    store("kept.pdf", pdf);

    assertThat(send("then-fail", "kept-again.pdf", pdf).statusCode()).isEqualTo(409);

    assertThat(onDisk(sha256)).exists();
    assertThat(rows(sha256)).isOne();
  }

  @Test
  void aWebPageNamedPdfIsRefusedAndNothingKept() throws Exception {
    byte[] html = SampleFiles.html(unique());

    HttpResponse<String> response = store("invoice.pdf", html);

    assertRefused(response, 422, "file-type-not-accepted");
    assertThat(json(response).getString("detail"))
        .isEqualTo("The file 'invoice.pdf' is text/html, not a PDF or an image (JPEG, PNG)");
    assertNothingKept(html);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"elf", "mz"})
  void aProgramRenamedPdfIsRefusedAndNothingKept(String kind) throws Exception {
    byte[] program =
        kind.equals("elf") ? SampleFiles.elf(unique()) : SampleFiles.windowsProgram(unique());

    HttpResponse<String> response = store("scan.pdf", program);

    assertRefused(response, 422, "file-type-not-accepted");
    assertThat(json(response).getString("detail"))
        .startsWith("The file 'scan.pdf' is application/x-")
        .endsWith(", not a PDF or an image (JPEG, PNG)");
    assertNothingKept(program);
  }

  @Test
  void anImageNamedPdfIsRefusedAndNothingKept() throws Exception {
    byte[] png = SampleFiles.png(unique());

    HttpResponse<String> response = store("scan.pdf", png);

    assertRefused(response, 422, "file-name-mismatch");
    assertThat(json(response).getString("detail"))
        .startsWith("The file 'scan.pdf' is a PNG image, not what its name says (application/pdf)");
    assertNothingKept(png);
  }

  @Test
  void aFileAboveTheLimitIsRefusedAndNothingKept() throws Exception {
    byte[] big = SampleFiles.pdfOfSize(MB + 1, unique());

    HttpResponse<String> response = store("big.pdf", big);

    assertRefused(response, 413, "file-too-large");
    assertThat(json(response).getString("detail"))
        .isEqualTo("The file 'big.pdf' is larger than 1 MB, the limit per file");
    assertNothingKept(big);
  }

  @Test
  void aFileOfExactlyTheLimitIsStored() throws Exception {
    assertThat(store("limit.pdf", SampleFiles.pdfOfSize(MB, unique())).statusCode()).isEqualTo(200);
  }

  @Test
  void aDossierAboveItsLimitIsRefused() throws Exception {
    long a = id(store("a.pdf", SampleFiles.pdfOfSize(MB, unique())));
    long b = id(store("b.pdf", SampleFiles.pdfOfSize(MB / 2, unique())));
    long c = id(store("c.pdf", SampleFiles.pdfOfSize(MB / 2 + 1, unique())));

    HttpResponse<String> within = post("dossier-total", "[" + a + "," + b + "," + b + "]");
    HttpResponse<String> above = post("dossier-total", "[" + a + "," + b + "," + c + "]");

    assertThat(within.statusCode()).as(within.body()).isEqualTo(200);
    assertThat(within.body()).isEqualTo(String.valueOf(MB + MB / 2));
    assertRefused(above, 413, "dossier-too-large");
    assertThat(json(above).getString("detail"))
        .isEqualTo(
            "The files of this dossier would take 2.1 MB together, more than the 2 MB allowed");
  }

  @Test
  void theSweepRemovesOldOrphansAndKeepsYoungOnesAndReferencedFiles() throws Exception {
    Instant now = Instant.now();
    // Left by crashes between writing and committing: no row refers to them.
    String oldOrphan = writeOrphan(SampleFiles.pdf(unique()), now.minus(Duration.ofHours(2)));
    String youngOrphan = writeOrphan(SampleFiles.pdf(unique()), now.minus(Duration.ofMinutes(10)));
    Path oldUpload = TestDatabase.filesDir().resolve("tmp/upload-crashed.part");
    Files.write(oldUpload, SampleFiles.pdf(unique()));
    Files.setLastModifiedTime(oldUpload, FileTime.from(now.minus(Duration.ofHours(2))));
    // Old, but a row refers to it.
    byte[] kept = SampleFiles.pdf(unique());
    store("kept.pdf", kept);
    Files.setLastModifiedTime(
        onDisk(SampleFiles.sha256(kept)), FileTime.from(now.minus(Duration.ofHours(2))));

    HttpResponse<String> response = post("sweep", "");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Integer.parseInt(response.body())).isGreaterThanOrEqualTo(1);
    assertThat(onDisk(oldOrphan)).as("older than the 60 minutes' grace").doesNotExist();
    assertThat(onDisk(youngOrphan)).as("younger than the grace period").exists();
    assertThat(oldUpload).doesNotExist();
    assertThat(onDisk(SampleFiles.sha256(kept))).exists();
  }

  private String writeOrphan(byte[] content, Instant writtenAt) throws Exception {
    String sha256 = SampleFiles.sha256(content);
    Path file = onDisk(sha256);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    Files.setLastModifiedTime(file, FileTime.from(writtenAt));
    return sha256;
  }

  private void assertNothingKept(byte[] content) throws Exception {
    String sha256 = SampleFiles.sha256(content);
    assertThat(onDisk(sha256)).doesNotExist();
    assertThat(rows(sha256)).isZero();
    assertThat(temporaryFiles()).isEmpty();
  }

  private static void assertRefused(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response).getString("type")).isEqualTo("/problems/" + code);
  }

  private static String unique() {
    return UUID.randomUUID().toString();
  }

  private static Path onDisk(String sha256) {
    return TestDatabase.filesDir()
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  private static java.util.List<Path> temporaryFiles() throws Exception {
    try (Stream<Path> files = Files.list(TestDatabase.filesDir().resolve("tmp"))) {
      return files.filter(f -> !f.getFileName().toString().equals("upload-crashed.part")).toList();
    }
  }

  private static long rows(String sha256) throws Exception {
    return queryLong("SELECT count(*) FROM stored_file WHERE sha256 = ?", sha256);
  }

  private static String createdBy(long id) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT created_by FROM stored_file WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static long queryLong(String sql, String parameter) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private HttpResponse<String> store(String name, byte[] content) throws Exception {
    return send("", name, content);
  }

  private HttpResponse<String> send(String path, String name, byte[] content) throws Exception {
    URI uri =
        app(
            "api/v1/test-files"
                + (path.isEmpty() ? "" : "/" + path)
                + "?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(app("api/v1/test-files/" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private byte[] content(long id) throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(app("api/v1/test-files/" + id + "/content")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static long id(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getJsonNumber("id").longValue();
  }

  private URI app(String path) {
    return URI.create(base.toString()).resolve(path);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
