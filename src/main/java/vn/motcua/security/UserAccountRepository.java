package vn.motcua.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Where accounts are kept. */
public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);

  /**
   * The full names of the accounts with these login names, by login name; unknown ones left out.
   */
  Map<String, String> fullNames(Collection<String> usernames);

  /** The account with its unit, if it exists. */
  Optional<UserAccount> find(long id);

  /** One page of the accounts the filter lets through, by login name, with units and roles. */
  List<UserAccount> page(AccountFilter filter, int first, int max);

  long count(AccountFilter filter);

  /**
   * The session generation of the enabled account with this login name; empty when there is no such
   * account or it is disabled.
   */
  OptionalInt liveSessionGeneration(String username);

  /** Moves the account's session generation on: every session opened before ends. */
  void endSessions(String username);

  /** Forgets the account's second factor: the person enrols a new app at the next login. */
  void clearSecondFactor(String username);

  /** Keeps a new account; its login name must be free. */
  void add(UserAccount account);
}
