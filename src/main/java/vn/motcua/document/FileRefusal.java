package vn.motcua.document;

import java.util.Locale;
import java.util.Optional;
import vn.motcua.shared.problem.BusinessException;

/**
 * Why the file store refused a file. Each has a stable problem code, which screens turn into a
 * message in the user's language ({@code file.error.<code>}); nothing of a refused file is kept.
 */
public enum FileRefusal {
  /** The file holds no bytes. */
  FILE_EMPTY(BusinessException.Kind.INVALID),
  /** Its content is not a PDF, JPEG or PNG, whatever its name says. */
  FILE_TYPE_NOT_ACCEPTED(BusinessException.Kind.INVALID),
  /** Its content is an accepted type, but its name says another one. */
  FILE_NAME_MISMATCH(BusinessException.Kind.INVALID),
  /** Larger than {@code motcua.files.max-file-bytes}. */
  FILE_TOO_LARGE(BusinessException.Kind.TOO_LARGE),
  /**
   * The files of a dossier together would take more than {@code motcua.files.max-dossier-bytes}.
   */
  DOSSIER_TOO_LARGE(BusinessException.Kind.TOO_LARGE),
  /** No stored file with the id given. */
  FILE_NOT_FOUND(BusinessException.Kind.NOT_FOUND);

  private final BusinessException.Kind kind;

  FileRefusal(BusinessException.Kind kind) {
    this.kind = kind;
  }

  /** The problem code, e.g. {@code file-too-large}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The refusal a business exception carries, if it is one of these. */
  public static Optional<FileRefusal> of(BusinessException e) {
    for (FileRefusal refusal : values()) {
      if (refusal.code().equals(e.code())) {
        return Optional.of(refusal);
      }
    }
    return Optional.empty();
  }

  /**
   * The exception that refuses the file.
   *
   * @param message for the person who gave the file; may name the file, never anything else
   */
  public BusinessException exception(String message) {
    return new BusinessException(kind, code(), message);
  }
}
