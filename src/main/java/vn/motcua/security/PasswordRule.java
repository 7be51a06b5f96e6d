package vn.motcua.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password set by an administrator must be (OWASP ASVS 5.0, V6.2): 12 to 128 characters
 * counted as Unicode code points, any characters including spaces, no composition rules, never
 * truncated, and not the login name nor containing it (letter case aside).
 */
public final class PasswordRule {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordRule() {}

  /** Why this password may not be used for this login name, or empty when it may. */
  public static Optional<AccountRefusal> check(String username, String password) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(AccountRefusal.PASSWORD_TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(AccountRefusal.PASSWORD_TOO_LONG);
    }
    if (username != null
        && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of(AccountRefusal.PASSWORD_CONTAINS_USERNAME);
    }
    return Optional.empty();
  }
}
