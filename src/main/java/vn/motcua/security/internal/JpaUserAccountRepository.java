package vn.motcua.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.motcua.security.AccountFilter;
import vn.motcua.security.UserAccount;
import vn.motcua.security.UserAccountRepository;
import vn.motcua.shared.text.FoldingTranslation;
import vn.motcua.shared.text.VietnameseText;

/**
 * Accounts in PostgreSQL through JPA. The text filter folds both sides ({@link FoldingTranslation})
 * so that "nguyen lan" finds "Nguyễn Thị Lan"; each word must appear in the login name or the full
 * name. A province has a few thousand accounts: no index is needed for that.
 */
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

  @Override
  public Map<String, String> fullNames(Collection<String> usernames) {
    Map<String, String> names = new HashMap<>();
    if (usernames.isEmpty()) {
      return names;
    }
    em.createQuery(
            "SELECT u.username, u.fullName FROM UserAccount u WHERE u.username IN :names",
            Object[].class)
        .setParameter("names", usernames)
        .getResultList()
        .forEach(row -> names.put((String) row[0], (String) row[1]));
    return names;
  }

  @Override
  public Optional<UserAccount> find(long id) {
    return em.createQuery(
            "SELECT u FROM UserAccount u LEFT JOIN FETCH u.unit WHERE u.id = :id",
            UserAccount.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UserAccount> page(AccountFilter filter, int first, int max) {
    return filtered(
            "SELECT u FROM UserAccount u LEFT JOIN FETCH u.unit",
            filter,
            " ORDER BY u.username",
            UserAccount.class)
        // The roles of the whole page in one more query, not one per account.
        .setHint("eclipselink.batch", "u.roles")
        .setHint("eclipselink.batch.type", "IN")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(AccountFilter filter) {
    return filtered("SELECT count(u) FROM UserAccount u", filter, "", Long.class).getSingleResult();
  }

  @Override
  public OptionalInt liveSessionGeneration(String username) {
    // Read afresh on every call (not through the entity): another instance may just have moved it.
    return em.createNativeQuery(
            "SELECT session_generation FROM app_user WHERE username = ?1 AND enabled")
        .setParameter(1, username)
        .getResultStream()
        .mapToInt(generation -> ((Number) generation).intValue())
        .findFirst();
  }

  @Override
  public void endSessions(String username) {
    em.createNativeQuery(
            "UPDATE app_user SET session_generation = session_generation + 1 WHERE username = ?1")
        .setParameter(1, username)
        .executeUpdate();
  }

  @Override
  public void clearSecondFactor(String username) {
    em.createNativeQuery(
            "UPDATE app_user SET totp_secret = NULL, totp_last_step = NULL WHERE username = ?1")
        .setParameter(1, username)
        .executeUpdate();
  }

  @Override
  public void add(UserAccount account) {
    em.persist(account);
  }

  private <T> TypedQuery<T> filtered(
      String select, AccountFilter filter, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    List<String> words = words(filter.text());
    for (int i = 0; i < words.size(); i++) {
      jpql.append(" AND (u.username LIKE :w")
          .append(i)
          .append(" OR LOWER(FUNCTION('translate', u.fullName, :from, :to)) LIKE :w")
          .append(i)
          .append(")");
      parameters.put("w" + i, "%" + escape(words.get(i)) + "%");
    }
    if (!words.isEmpty()) {
      parameters.put("from", FoldingTranslation.FROM);
      parameters.put("to", FoldingTranslation.TO);
    }
    if (filter.unitId() != null) {
      jpql.append(" AND u.unit.id = :unit");
      parameters.put("unit", filter.unitId());
    }
    if (filter.role() != null) {
      jpql.append(" AND :role MEMBER OF u.roles");
      parameters.put("role", filter.role());
    }
    if (filter.enabled() != null) {
      jpql.append(" AND u.enabled = :enabled");
      parameters.put("enabled", filter.enabled());
    }
    TypedQuery<T> query = em.createQuery(jpql + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /** The folded words of a search text, none for a blank one. */
  static List<String> words(String text) {
    String folded = VietnameseText.fold(text);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  private static String escape(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
