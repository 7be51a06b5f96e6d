package vn.motcua.portal.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.portal.IdempotentRequest;
import vn.motcua.portal.PortalReply;
import vn.motcua.shared.problem.BusinessException;

/**
 * The portal's idempotency keys and the dossiers it submitted, in the caller's transaction.
 *
 * <p>{@link #claim} inserts the key's row before any work: PostgreSQL makes a second transaction
 * inserting the same key wait until the first ends. If the first committed, the second finds its
 * reply; if it rolled back (a refused request), the second does the work itself. So two requests
 * with one key, however close, make one dossier.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class PortalRequests {

  /** What a request does; a key names one operation only. */
  public enum Operation {
    SUBMIT,
    SUPPLEMENT,
    WITHDRAW
  }

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  /**
   * Takes the key for this request, or returns the reply the same request got before.
   *
   * @return empty when the caller is the first with this key and must do the work, then {@link
   *     #complete} it
   * @throws BusinessException (422) when the key was used for another body or operation
   */
  public Optional<PortalReply> claim(
      IdempotentRequest request, Operation operation, String dossierCode) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO portal_request"
                    + " (idempotency_key, operation, dossier_code, request_sha256, received_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (idempotency_key) DO NOTHING")
            .setParameter(1, request.key())
            .setParameter(2, operation.name())
            .setParameter(3, dossierCode)
            .setParameter(4, request.sha256())
            .setParameter(5, Timestamp.from(Instant.now()))
            .executeUpdate();
    if (inserted == 1) {
      return Optional.empty();
    }
    Object[] earlier =
        (Object[])
            em.createNativeQuery(
                    "SELECT operation, request_sha256, response_status, response_location,"
                        + " response_body FROM portal_request WHERE idempotency_key = ?1")
                .setParameter(1, request.key())
                .getSingleResult();
    if (!operation.name().equals(earlier[0]) || !request.sha256().equals(earlier[1])) {
      throw new BusinessException(
          BusinessException.Kind.INVALID,
          "idempotency-key-reused",
          "The Idempotency-Key "
              + request.key()
              + " was already used for another request; a new request needs a new key");
    }
    if (earlier[2] == null) {
      // Not expected: the first request's insert made this one wait until it committed, reply
      // and all. Said as a conflict rather than replayed as nothing.
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "request-in-progress",
          "The request with Idempotency-Key " + request.key() + " is still being done");
    }
    return Optional.of(
        new PortalReply(
            ((Number) earlier[2]).intValue(), (String) earlier[3], (String) earlier[4]));
  }

  /** Keeps the reply the work gave, for the same request again. */
  public void complete(IdempotentRequest request, String dossierCode, PortalReply reply) {
    em.createNativeQuery(
            "UPDATE portal_request SET dossier_code = ?2, response_status = ?3,"
                + " response_location = ?4, response_body = ?5 WHERE idempotency_key = ?1")
        .setParameter(1, request.key())
        .setParameter(2, dossierCode)
        .setParameter(3, reply.status())
        .setParameter(4, reply.location())
        .setParameter(5, reply.body())
        .executeUpdate();
  }

  /**
   * Records that the portal submitted this dossier under its reference.
   *
   * @throws BusinessException (409) when the reference already names another dossier
   */
  public void submitted(String dossierCode, String portalReference, Instant at) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO portal_dossier (dossier_code, portal_reference, submitted_at)"
                    + " VALUES (?1, ?2, ?3) ON CONFLICT (portal_reference) DO NOTHING")
            .setParameter(1, dossierCode)
            .setParameter(2, portalReference)
            .setParameter(3, Timestamp.from(at))
            .executeUpdate();
    if (inserted == 0) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "portal-reference-taken",
          "The portal reference "
              + portalReference
              + " was already submitted as dossier "
              + dossierOf(portalReference).orElse("(unknown)"));
    }
  }

  /** Whether the portal submitted this dossier. */
  @Transactional(TxType.SUPPORTS)
  public boolean isPortals(String dossierCode) {
    return !em.createNativeQuery("SELECT 1 FROM portal_dossier WHERE dossier_code = ?1")
        .setParameter(1, dossierCode)
        .getResultList()
        .isEmpty();
  }

  private Optional<String> dossierOf(String portalReference) {
    List<?> codes =
        em.createNativeQuery("SELECT dossier_code FROM portal_dossier WHERE portal_reference = ?1")
            .setParameter(1, portalReference)
            .getResultList();
    return codes.stream().map(String::valueOf).findFirst();
  }
}
