package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.shared.problem.BusinessException;

/** Proves the limits say sizes as people read them and refuse just above the limit. */
class FileLimitsTest {

  private final FileLimits limits = new FileLimits(20 * 1024 * 1024, 100 * 1024 * 1024);

  @ParameterizedTest(name = "{0} bytes -> {1}")
  @CsvSource({
    "0, 0 bytes",
    "1, 1 byte",
    "1023, 1023 bytes",
    "1024, 1 KB",
    "1536, 1.5 KB",
    "307200, 300 KB",
    "1048576, 1 MB",
    "1572864, 1.5 MB",
    "20971520, 20 MB",
    "20971521, 20.1 MB", // rounded up: above a limit never reads as the limit
    "104857600, 100 MB",
    "1073741824, 1 GB"
  })
  void sizesAreDescribedInBinaryUnits(long bytes, String described) {
    assertThat(FileLimits.describe(bytes)).isEqualTo(described);
  }

  @Test
  void aFileAboveTheLimitIsRefusedWithTheLimit() {
    BusinessException refusal = limits.fileTooLarge("scan.pdf");

    assertThat(refusal.kind()).isEqualTo(BusinessException.Kind.TOO_LARGE);
    assertThat(refusal.code()).isEqualTo("file-too-large");
    assertThat(refusal).hasMessage("The file 'scan.pdf' is larger than 20 MB, the limit per file");
  }

  @Test
  void aDossierUpToTheLimitIsAccepted() {
    assertThatCode(() -> limits.checkDossierTotal(100 * 1024 * 1024)).doesNotThrowAnyException();
  }

  @Test
  void aDossierOneByteAboveTheLimitIsRefused() {
    assertThatThrownBy(() -> limits.checkDossierTotal(100 * 1024 * 1024 + 1))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.kind().status()).isEqualTo(413);
              assertThat(e.code()).isEqualTo("dossier-too-large");
            })
        .hasMessage(
            "The files of this dossier would take 100.1 MB together, more than the 100 MB allowed");
  }

  @Test
  void limitsAreAtLeastOneByte() {
    assertThatThrownBy(() -> new FileLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
