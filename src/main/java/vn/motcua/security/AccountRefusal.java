package vn.motcua.security;

import java.util.Locale;
import java.util.Optional;
import vn.motcua.shared.problem.BusinessException;

/**
 * Why the administrator's change of an account was refused. Each has a stable problem code, which
 * the staff screen turns into a message on the field concerned ({@code staff.error.<code>}).
 */
public enum AccountRefusal {
  /** Someone already signs in with this login name. */
  USERNAME_TAKEN(BusinessException.Kind.CONFLICT),
  /** A role other than the provincial ones needs a unit. */
  UNIT_REQUIRED(BusinessException.Kind.INVALID),
  /** No unit with the id given. */
  UNIT_NOT_FOUND(BusinessException.Kind.INVALID),
  /** Fewer than {@value PasswordRule#MIN_LENGTH} characters. */
  PASSWORD_TOO_SHORT(BusinessException.Kind.INVALID),
  /** More than {@value PasswordRule#MAX_LENGTH} characters. */
  PASSWORD_TOO_LONG(BusinessException.Kind.INVALID),
  /** The password is, or contains, the login name. */
  PASSWORD_CONTAINS_USERNAME(BusinessException.Kind.INVALID),
  /** An administrator may not disable their own account nor drop their own administrator role. */
  SELF_LOCKOUT(BusinessException.Kind.FORBIDDEN),
  /** Someone else changed the account since it was read. */
  EDITED_CONCURRENTLY(BusinessException.Kind.CONFLICT),
  /** No account with the id given. */
  ACCOUNT_NOT_FOUND(BusinessException.Kind.NOT_FOUND);

  private final BusinessException.Kind kind;

  AccountRefusal(BusinessException.Kind kind) {
    this.kind = kind;
  }

  /** The problem code, e.g. {@code username-taken}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The refusal a business exception carries, if it is one of these. */
  public static Optional<AccountRefusal> of(BusinessException e) {
    for (AccountRefusal refusal : values()) {
      if (refusal.code().equals(e.code())) {
        return Optional.of(refusal);
      }
    }
    return Optional.empty();
  }

  /**
   * The exception that refuses the change.
   *
   * @param message for the caller, without personal data
   */
  public BusinessException exception(String message) {
    return new BusinessException(kind, code(), message);
  }
}
