package vn.motcua.security;

import java.util.Optional;

/** Where accounts are kept. */
public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);
}
