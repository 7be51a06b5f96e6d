package vn.motcua.shared.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.UUID;

/**
 * Cluster-wide leases on periodic jobs: an instance runs a job's tick only while it holds the job's
 * lease. Payara Micro's timers are not coordinated across a cluster (STACK.md), so every instance
 * ticks and the lease decides which one works.
 */
@Stateless
public class Leases {

  /** This instance, as lease holder; unique per start. */
  public static final String INSTANCE = UUID.randomUUID().toString();

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  /**
   * Takes or renews the lease for {@code term}, in the caller's transaction.
   *
   * @return whether {@code holder} holds it now; false while another holder's term runs
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean take(String name, String holder, Duration term) {
    return em.createNativeQuery(
                "INSERT INTO lease (name, holder, expires_at)"
                    + " VALUES (?1, ?2, now() + ?3 * interval '1 millisecond')"
                    + " ON CONFLICT (name) DO UPDATE"
                    + " SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at"
                    + " WHERE lease.expires_at < now() OR lease.holder = EXCLUDED.holder")
            .setParameter(1, name)
            .setParameter(2, holder)
            .setParameter(3, term.toMillis())
            .executeUpdate()
        == 1;
  }
}
