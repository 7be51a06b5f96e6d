package vn.motcua.shared.problem;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A use case refused for a reason the caller can understand and act on: an illegal transition, a
 * missing document, a conflict. Unchecked, and rolls the transaction back. Its message is meant for
 * the caller and must hold no personal data.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How the refusal maps onto HTTP. */
  public enum Kind {
    INVALID(422),
    NOT_FOUND(404),
    CONFLICT(409),
    FORBIDDEN(403),
    /** Content larger than a limit allows: a file, or the files of a dossier together. */
    TOO_LARGE(413);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;
  private final String code;

  /**
   * @param kind how the refusal maps onto HTTP
   * @param code a stable, kebab-case name of the problem type, e.g. {@code illegal-transition}
   * @param message what went wrong, for the caller
   */
  public BusinessException(Kind kind, String code, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind);
    this.code = Objects.requireNonNull(code);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }
}
