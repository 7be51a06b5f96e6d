package vn.motcua.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.motcua.shared.problem.BusinessException;

/**
 * How large a file and the files of one dossier together may be ({@code motcua.files.*}). Sizes are
 * shown in binary units, as file managers show them: 1 MB is 1,048,576 bytes.
 *
 * @param maxFileBytes the largest file accepted
 * @param maxDossierBytes the most the files of one dossier may take together
 */
public record FileLimits(long maxFileBytes, long maxDossierBytes) {

  private static final long KB = 1024;
  private static final long MB = KB * KB;
  private static final long GB = MB * KB;

  public FileLimits {
    if (maxFileBytes < 1 || maxDossierBytes < 1) {
      throw new IllegalArgumentException("Limits are at least 1 byte");
    }
  }

  /** The refusal of a file that has more bytes than {@link #maxFileBytes()}. */
  public BusinessException fileTooLarge(String name) {
    return FileRefusal.FILE_TOO_LARGE.exception(
        "The file '"
            + name
            + "' is larger than "
            + describe(maxFileBytes)
            + ", the limit per file");
  }

  /**
   * Refuses a dossier whose files would take more than {@link #maxDossierBytes()} together.
   *
   * @param totalBytes the size of all the dossier's files, those about to be added included
   */
  public void checkDossierTotal(long totalBytes) {
    if (totalBytes > maxDossierBytes) {
      throw FileRefusal.DOSSIER_TOO_LARGE.exception(
          "The files of this dossier would take "
              + describe(totalBytes)
              + " together, more than the "
              + describe(maxDossierBytes)
              + " allowed");
    }
  }

  /** A size for people: {@code 20 MB}, {@code 1.5 MB}, {@code 300 KB}, {@code 12 bytes}. */
  public static String describe(long bytes) {
    if (bytes >= GB) {
      return units(bytes, GB) + " GB";
    }
    if (bytes >= MB) {
      return units(bytes, MB) + " MB";
    }
    if (bytes >= KB) {
      return units(bytes, KB) + " KB";
    }
    return bytes == 1 ? "1 byte" : bytes + " bytes";
  }

  /** One decimal at most, none when it is zero; rounded up so that a size over a limit shows so. */
  private static String units(long bytes, long unit) {
    return BigDecimal.valueOf(bytes)
        .divide(BigDecimal.valueOf(unit), 1, RoundingMode.UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
