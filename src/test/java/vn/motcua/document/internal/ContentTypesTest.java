package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
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

  @ParameterizedTest(name = "{0}")
  @CsvSource({"pdf", "jpeg", "png", "html", "elf", "windowsProgram", "text"})
  void theQuickLookAtTheFirstBytesNamesWhatTikaWould(String kind) throws Exception {
    Path file = Files.write(Files.createTempFile(dir, "sample", ""), sample(kind).apply("x"));

    assertThat(ContentTypes.detect(file)).isEqualTo(ContentTypes.byTika(file));
  }

  @Test
  void filesThatBeginOrAlmostBeginLikeAnAcceptedTypeAreNamedAsTikaNamesThem() throws Exception {
    byte[][] beginnings = {
      "%PDF-".getBytes(StandardCharsets.US_ASCII),
      "%PDF".getBytes(StandardCharsets.US_ASCII),
      "\uFEFF%PDF-1.7".getBytes(StandardCharsets.UTF_8),
      " %PDF-1.4".getBytes(StandardCharsets.US_ASCII),
      {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
      {(byte) 0xff, (byte) 0xd8},
      {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a},
      {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a},
      {}
    };
    Random random = new Random(7);
    for (byte[] beginning : beginnings) {
      for (int length : new int[] {0, 1, 16, 600, 10_240}) {
        byte[] rest = new byte[length];
        random.nextBytes(rest);
        byte[] content = Arrays.copyOf(beginning, beginning.length + length);
        System.arraycopy(rest, 0, content, beginning.length, length);
        Path file = Files.write(Files.createTempFile(dir, "sample", ""), content);

        assertThat(ContentTypes.detect(file))
            .as("%s then %d random bytes", Arrays.toString(beginning), length)
            .isEqualTo(ContentTypes.byTika(file));
      }
    }
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
