package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.document.SampleFiles;
import vn.motcua.shared.problem.BusinessException;

/**
 * Proves a file's type comes from its content alone, that only PDF, JPEG and PNG are accepted, and
 * that a name saying another type than the content is refused with a message that says both.
 */
class ContentTypesTest {

  @TempDir Path dir;

  private String detect(byte[] content) throws Exception {
    Path file = Files.createTempFile(dir, "sample", "");
    Files.write(file, content);
    return ContentTypes.detect(file);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "pdf, application/pdf",
    "jpeg, image/jpeg",
    "png, image/png",
    "html, text/html",
    "elf, application/x-executable",
    "windowsProgram, application/x-msdownload",
    "text, text/plain"
  })
  void typeComesFromTheContent(String kind, String type) throws Exception {
    assertThat(detect(sample(kind).apply("x"))).isEqualTo(type);
  }

  @Test
  void unknownContentIsOctetStreamWhateverItsName() throws Exception {
    byte[] noise = new byte[256];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = 0x13;
    Path named = dir.resolve("scan.pdf");
    Files.write(named, noise);

    assertThat(ContentTypes.detect(named)).isEqualTo("application/octet-stream");
  }

  @ParameterizedTest(name = "{1} named {0}")
  @CsvSource({
    "scan.pdf, pdf",
    "SCAN.PDF, pdf",
    "photo.jpg, jpeg",
    "photo.JPEG, jpeg",
    "photo.jfif, jpeg",
    "photo.png, png",
    "scan, pdf", // no extension: the content decides
    "CMND mặt trước.2023, jpeg" // an extension nobody knows: the content decides
  })
  void acceptedTypesWithANameThatAgrees(String name, String kind) throws Exception {
    String type = detect(sample(kind).apply(name));

    assertThat(ContentTypes.accept(type, name)).isEqualTo(type);
  }

  @Test
  void htmlNamedPdfIsRefusedAsHtml() throws Exception {
    String type = detect(SampleFiles.html("invoice"));

    assertThatThrownBy(() -> ContentTypes.accept(type, "invoice.pdf"))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.code()).isEqualTo("file-type-not-accepted");
              assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
            })
        .hasMessage("The file 'invoice.pdf' is text/html, not a PDF or an image (JPEG, PNG)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "elf, application/x-executable",
    "windowsProgram, application/x-msdownload",
    "text, text/plain"
  })
  void programsAndTextRenamedPdfAreRefused(String kind, String type) throws Exception {
    String detected = detect(sample(kind).apply("x"));

    assertThatThrownBy(() -> ContentTypes.accept(detected, "scan.pdf"))
        .hasMessage("The file 'scan.pdf' is " + type + ", not a PDF or an image (JPEG, PNG)");
  }

  @Test
  void unrecognisedContentIsRefusedSayingSo() {
    assertThatThrownBy(() -> ContentTypes.accept("application/octet-stream", "scan.pdf"))
        .hasMessageContaining("of a type that cannot be recognised");
  }

  @ParameterizedTest(name = "{1} named {0}")
  @CsvSource({
    "scan.pdf, png, PNG image, application/pdf",
    "photo.png, jpeg, JPEG image, image/png",
    "setup.exe, pdf, PDF, application/x-dosexec",
    "notes.txt, pdf, PDF, text/plain",
    "page.html, png, PNG image, text/html"
  })
  void aNameThatSaysAnotherTypeIsRefused(String name, String kind, String is, String says)
      throws Exception {
    String type = detect(sample(kind).apply(name));

    assertThatThrownBy(() -> ContentTypes.accept(type, name))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("file-name-mismatch"))
        .hasMessageStartingWith(
            "The file '" + name + "' is a " + is + ", not what its name says (" + says + ")");
  }

  private static Function<String, byte[]> sample(String kind) {
    return switch (kind) {
      case "pdf" -> SampleFiles::pdf;
      case "jpeg" -> SampleFiles::jpeg;
      case "png" -> SampleFiles::png;
      case "html" -> SampleFiles::html;
      case "elf" -> SampleFiles::elf;
      case "windowsProgram" -> SampleFiles::windowsProgram;
      case "text" -> SampleFiles::text;
      default -> throw new IllegalArgumentException(kind);
    };
  }
}
