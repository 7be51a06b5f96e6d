package vn.motcua.shared.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Records every opening of personal data: who opened which subject's data, when, and how. One
 * insert, in the reader's transaction if it has one, else in its own: a read that fails after it
 * still counts as an opening.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AccessLog {

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  /**
   * @param actor the login name (or system) that opened it
   * @param subjectType e.g. {@code dossier}
   * @param subjectId e.g. the dossier's code
   * @param what how it was opened, e.g. {@code DOSSIER_PAGE}, {@code DOCUMENT}, {@code SLIP}
   */
  public void opened(String actor, String subjectType, String subjectId, String what) {
    em.createNativeQuery(
            "INSERT INTO personal_data_access (accessed_at, actor, subject_type, subject_id, what)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC))
        .setParameter(2, actor)
        .setParameter(3, subjectType)
        .setParameter(4, subjectId)
        .setParameter(5, what)
        .executeUpdate();
  }
}
