package vn.motcua.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An account to create: the login name, the profile, and the first password, which {@link
 * PasswordRule} must accept.
 */
public record NewAccount(
    @NotNull @Pattern(regexp = NewAccount.USERNAME, message = "1 to 64 of a-z 0-9 . _ -")
        String username,
    @NotNull @Valid AccountProfile profile,
    @NotNull String password) {

  /** What a login name may hold; the schema checks the same characters. */
  public static final String USERNAME = "[a-z0-9._-]{1,64}";

  /** Never shows the password, wherever the record ends up. */
  @Override
  public String toString() {
    return "NewAccount[username=" + username + ", profile=" + profile + "]";
  }
}
