package vn.motcua.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.motcua.shared.config.Settings;

/**
 * Slows down password guessing, per login name and per client address, across every instance of a
 * cluster (the counts live in {@code login_throttle}). A blocked key is refused before its password
 * is looked at. Login names that do not exist are counted like any other, so a block says nothing
 * about which names exist. Each change commits on its own: a failure is counted even though the
 * login it belongs to fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

  /**
   * Request attribute set when a login was refused because its name or address is blocked (or has
   * just become so), for the login form to say so without asking the database again.
   */
  public static final String REFUSED_AS_BLOCKED = "motcua.loginBlocked";

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Inject private Config config;

  private LoginLimits perAccount;
  private LoginLimits perAddress;

  @PostConstruct
  void init() {
    Duration longest =
        Duration.ofMinutes(Long.parseLong(Settings.LOGIN_LONGEST_BLOCK.value(config)));
    perAccount =
        new LoginLimits(Integer.parseInt(Settings.LOGIN_ACCOUNT_FAILURES.value(config)), longest);
    perAddress =
        new LoginLimits(Integer.parseInt(Settings.LOGIN_ADDRESS_FAILURES.value(config)), longest);
  }

  /** Whether logins under this name, or from this address, are refused for now. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean blocked(String username, String address) {
    Number blocked =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM login_throttle WHERE key IN (?1, ?2) AND blocked_until > ?3")
                .setParameter(1, accountKey(username))
                .setParameter(2, addressKey(address))
                .setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
                .getSingleResult();
    return blocked.longValue() > 0;
  }

  /**
   * Counts a failed login against the name and the address, and blocks them if it is too many.
   *
   * @return whether this failure blocked the name or the address
   */
  public boolean failed(String username, String address) {
    boolean nameBlocked = count(accountKey(username), perAccount);
    boolean addressBlocked = count(addressKey(address), perAddress);
    return nameBlocked || addressBlocked;
  }

  /**
   * The name's count starts again; the address's does not (one good password must not let a guesser
   * go on from the same place).
   */
  public void succeeded(String username) {
    em.createNativeQuery("DELETE FROM login_throttle WHERE key = ?1")
        .setParameter(1, accountKey(username))
        .executeUpdate();
  }

  /** Counts one failure of the key; whether it is blocked now. */
  private boolean count(String key, LoginLimits limits) {
    Instant now = Instant.now();
    int failures =
        ((Number)
                em.createNativeQuery(
                        "INSERT INTO login_throttle AS t (key, failures, last_failure)"
                            + " VALUES (?1, 1, ?2) ON CONFLICT (key) DO UPDATE SET failures ="
                            + " CASE WHEN t.last_failure < ?3 THEN 1 ELSE t.failures + 1 END,"
                            + " last_failure = ?2 RETURNING failures")
                    .setParameter(1, key)
                    .setParameter(2, now.atOffset(ZoneOffset.UTC))
                    .setParameter(3, now.minus(LoginLimits.QUIET).atOffset(ZoneOffset.UTC))
                    .getSingleResult())
            .intValue();
    Duration block = limits.blockAfter(failures);
    if (!block.isZero()) {
      em.createNativeQuery("UPDATE login_throttle SET blocked_until = ?2 WHERE key = ?1")
          .setParameter(1, key)
          .setParameter(2, now.plus(block).atOffset(ZoneOffset.UTC))
          .executeUpdate();
      // The key's kind, never the name or address: operators see the attack, not who was named.
      LOG.warning(
          () ->
              "Logins blocked for "
                  + block.toMinutes()
                  + " min after "
                  + failures
                  + " failures in a row, per "
                  + key.substring(0, key.indexOf(':')));
    }
    return !block.isZero();
  }

  static String accountKey(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return "account:" + (name.length() > 100 ? name.substring(0, 100) : name);
  }

  static String addressKey(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }
}
