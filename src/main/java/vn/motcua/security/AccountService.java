package vn.motcua.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.motcua.security.internal.PasswordHashing;

/** Accounts: checking a password at login and finding an account. */
@Stateless
public class AccountService {

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordHashing hashing;

  /**
   * The enabled account with this login name and password, if both match. Unknown names take as
   * long as wrong passwords, so that timing does not reveal which names exist.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no connection held while hashing
  public Optional<UserAccount> authenticate(String username, char[] password) {
    Optional<UserAccount> account = accounts.findByUsername(username).filter(UserAccount::enabled);
    if (account.isEmpty()) {
      hashing.verifyDecoy(password);
      return Optional.empty();
    }
    return account.filter(a -> hashing.verify(password, a.passwordHash()));
  }

  /**
   * The generation a session of this account must carry to be alive; empty when the account is gone
   * or disabled, which ends every session of it.
   */
  public OptionalInt liveSessionGeneration(@NotBlank String username) {
    return accounts.liveSessionGeneration(username);
  }

  /** Ends every session of the account, on every instance, at its next request (logout). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void endSessions(@NotBlank String username) {
    accounts.endSessions(username);
  }

  public Optional<UserAccount> findByUsername(@NotBlank String username) {
    return accounts.findByUsername(username);
  }

  /** The enabled accounts of a unit holding a role: whom work there can be given to. */
  public List<AccountSummary> colleagues(long unitId, @NotNull Role role) {
    return accounts.page(new AccountFilter(null, unitId, role, true), 0, 500).stream()
        .map(AccountSummary::of)
        .toList();
  }

  /**
   * The full names of the people with these login names, in one query, for documents that name the
   * officers who acted (a login name without an account is left out).
   */
  public Map<String, String> fullNames(@NotNull Collection<String> usernames) {
    return accounts.fullNames(Set.copyOf(usernames));
  }
}
