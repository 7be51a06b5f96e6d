package vn.motcua.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.motcua.security.UserAccount;
import vn.motcua.security.UserAccountRepository;

/** Accounts in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery(
            "SELECT u FROM UserAccount u LEFT JOIN FETCH u.unit WHERE u.username = :username",
            UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
