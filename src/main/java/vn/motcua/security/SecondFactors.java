package vn.motcua.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import vn.motcua.security.internal.TotpCodes;

/**
 * The second factor at login: a six-digit code from the person's authenticator app (TOTP), asked
 * after a right password of an account that must have one. Which accounts must: those holding a
 * role of {@code motcua.login.second-factor-roles} (the provincial administrators by default), and
 * any account marked so. An account that must but has no secret yet enrols at that login, by
 * scanning a QR code and typing its first code. Each code's time step is accepted once, by a
 * conditional update, so that a code seen over a shoulder is worth nothing, on every instance.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecondFactors {

  /** Request attribute: the {@link Need} of a login refused for want of its second factor. */
  public static final String NEEDED = "motcua.secondFactorNeeded";

  /** What a login still needs after its password. */
  public enum Need {
    NOTHING,
    CODE,
    ENROLMENT
  }

  private static final Logger LOG = Logger.getLogger(SecondFactors.class.getName());

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Inject private SecondFactorPolicy policy;

  private final TotpCodes codes = new TotpCodes();
  private final Clock clock = Clock.systemUTC();

  /** What the account must still show, its password being right. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Need needOf(UserAccount account) {
    Object[] row = state(account.username());
    boolean enrolled = row[0] != null;
    boolean marked = Boolean.TRUE.equals(row[1]);
    if (enrolled) {
      return Need.CODE;
    }
    return policy.requiredFor(account.roles()) || marked ? Need.ENROLMENT : Need.NOTHING;
  }

  /** Whether the code is the account's, for now, and its time step has not been used before. */
  public boolean accept(@NotBlank String username, String code) {
    Object[] row = state(username);
    var step = codes.stepOf((String) row[0], code, clock.instant());
    if (step.isEmpty()) {
      return false;
    }
    int taken =
        em.createNativeQuery(
                "UPDATE app_user SET totp_last_step = ?1 WHERE username = ?2"
                    + " AND (totp_last_step IS NULL OR totp_last_step < ?1)")
            .setParameter(1, step.getAsLong())
            .setParameter(2, username)
            .executeUpdate();
    if (taken == 0) {
      LOG.info("Second factor refused: a code already used");
    }
    return taken == 1;
  }

  /**
   * Keeps the secret the person's app was just given, if the code is its current one and the
   * account had none (a second enrolment at once loses).
   */
  public boolean enrol(@NotBlank String username, @NotBlank String secret, String code) {
    var step = codes.stepOf(secret, code, clock.instant());
    if (step.isEmpty()) {
      return false;
    }
    int kept =
        em.createNativeQuery(
                "UPDATE app_user SET totp_secret = ?1, totp_last_step = ?2 WHERE username = ?3"
                    + " AND totp_secret IS NULL")
            .setParameter(1, secret)
            .setParameter(2, step.getAsLong())
            .setParameter(3, username)
            .executeUpdate();
    if (kept == 1) {
      LOG.info(() -> "Second factor enrolled: " + username);
    }
    return kept == 1;
  }

  /** A new secret and the address its QR code carries, for an enrolment. */
  public static Enrolment newEnrolment(String username) {
    String secret = TotpCodes.newSecret();
    return new Enrolment(secret, TotpCodes.enrolmentUri("MotCua", username, secret));
  }

  /** A secret offered to a person's authenticator app, and the address its QR code carries. */
  public record Enrolment(String secret, String uri) {}

  private Object[] state(String username) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT totp_secret, second_factor_required FROM app_user WHERE username = ?1")
            .setParameter(1, username)
            .getResultList();
    return rows.isEmpty() ? new Object[] {null, false} : rows.get(0);
  }
}
