package vn.motcua.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.security.internal.PasswordHashing;
import vn.motcua.shared.problem.BusinessException;

/** Accounts: checking a password at login, finding and creating accounts. */
@Stateless
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordHashing hashing;

  /**
   * The enabled account with this login name and password, if both match. Unknown names take as
   * long as wrong passwords, so that timing does not reveal which names exist.
   */
  public Optional<UserAccount> authenticate(String username, char[] password) {
    Optional<UserAccount> account = accounts.findByUsername(username).filter(UserAccount::enabled);
    if (account.isEmpty()) {
      hashing.verifyDecoy(password);
      return Optional.empty();
    }
    return account.filter(a -> hashing.verify(password, a.passwordHash()));
  }

  public Optional<UserAccount> findByUsername(@NotBlank String username) {
    return accounts.findByUsername(username);
  }

  /** Creates an enabled account; the login name must be new. */
  public UserAccount create(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9._-]+") String username,
      @NotNull @Size(min = 12, max = 128) String password,
      @NotBlank @Size(max = 200) String fullName,
      @NotEmpty Set<Role> roles) {
    if (accounts.findByUsername(username).isPresent()) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT, "username-taken", "This login name is already in use");
    }
    UserAccount account =
        new UserAccount(username, hashing.hash(password.toCharArray()), fullName, roles);
    accounts.add(account);
    LOG.info(() -> "Account created: " + username + " with roles " + roles);
    return account;
  }
}
