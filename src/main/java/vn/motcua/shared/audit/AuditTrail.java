package vn.motcua.shared.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.shared.persistence.InstantConverter;

/**
 * Records changes in the audit trail, in the transaction of the change itself: a change that rolls
 * back leaves no audit row, and no change commits without one. Also checks that the chains are
 * whole.
 */
@Stateless
public class AuditTrail {

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Inject private SecurityContext security;

  private Jsonb json;

  @PostConstruct
  void init() {
    json = JsonbBuilder.create();
  }

  /**
   * Appends a row to the subject's chain.
   *
   * @param before the state before (serialized as JSON), or null for a creation
   * @param after the state after, or null for a removal
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(
      String action, String subjectType, String subjectId, Object before, Object after) {
    recordAs(actor(), action, subjectType, subjectId, before, after);
  }

  /**
   * Appends a row for a change made by a named actor: a person acting through a service that was
   * told who acts, or a system (the portal, the deadline watch).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordAs(
      String actor,
      String action,
      String subjectType,
      String subjectId,
      Object before,
      Object after) {
    @SuppressWarnings("unchecked")
    List<Object[]> last =
        em.createNativeQuery(
                "SELECT seq, hash FROM audit_event WHERE subject_type = ?1 AND subject_id = ?2"
                    + " ORDER BY seq DESC LIMIT 1")
            .setParameter(1, subjectType)
            .setParameter(2, subjectId)
            .getResultList();
    int seq = last.isEmpty() ? 1 : ((Number) last.get(0)[0]).intValue() + 1;
    String prevHash = last.isEmpty() ? null : (String) last.get(0)[1];
    AuditRecord record =
        new AuditRecord(
            Instant.now(),
            actor,
            action,
            subjectType,
            subjectId,
            seq,
            before == null ? null : json.toJson(before),
            after == null ? null : json.toJson(after),
            prevHash);
    // Two changes of one subject at once both claim the same seq: the unique key lets one through.
    em.createNativeQuery(
            "INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, seq,"
                + " before_state, after_state, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                + " ?9, ?10)")
        .setParameter(1, record.occurredAt().atOffset(ZoneOffset.UTC))
        .setParameter(2, record.actor())
        .setParameter(3, record.action())
        .setParameter(4, record.subjectType())
        .setParameter(5, record.subjectId())
        .setParameter(6, record.seq())
        .setParameter(7, record.beforeState())
        .setParameter(8, record.afterState())
        .setParameter(9, record.prevHash())
        .setParameter(10, record.hash())
        .executeUpdate();
  }

  /** Every place where a chain is not whole: a row changed, removed or inserted out of turn. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ChainBreak> verify() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT occurred_at, actor, action, subject_type, subject_id, seq, before_state,"
                    + " after_state, prev_hash, hash FROM audit_event ORDER BY subject_type,"
                    + " subject_id, seq")
            .getResultList();
    List<ChainBreak> breaks = new ArrayList<>();
    String subject = null;
    String expectedPrev = null;
    int expectedSeq = 0;
    boolean broken = false;
    for (Object[] row : rows) {
      AuditRecord record =
          new AuditRecord(
              InstantConverter.instant(row[0]),
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              ((Number) row[5]).intValue(),
              (String) row[6],
              (String) row[7],
              (String) row[8]);
      String key = record.subjectType() + "\u0000" + record.subjectId();
      if (!key.equals(subject)) {
        subject = key;
        expectedPrev = null;
        expectedSeq = 1;
        broken = false;
      }
      if (broken) {
        continue;
      }
      String reason = null;
      if (record.seq() != expectedSeq) {
        reason = "row " + expectedSeq + " is missing";
      } else if (!Objects.equals(record.prevHash(), expectedPrev)) {
        reason = "does not follow the previous row";
      } else if (!record.hash().equals(row[9])) {
        reason = "content changed after it was written";
      }
      if (reason != null) {
        breaks.add(new ChainBreak(record.subjectType(), record.subjectId(), record.seq(), reason));
        broken = true;
      }
      expectedPrev = (String) row[9];
      expectedSeq++;
    }
    return breaks;
  }

  /** The newest {@code max} rows of one subject's chain, the newest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AuditEntry> history(String subjectType, String subjectId, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT seq, occurred_at, actor, action, before_state, after_state FROM audit_event"
                    + " WHERE subject_type = ?1 AND subject_id = ?2 ORDER BY seq DESC")
            .setParameter(1, subjectType)
            .setParameter(2, subjectId)
            .setMaxResults(max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AuditEntry(
                    ((Number) r[0]).intValue(),
                    InstantConverter.instant(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5]))
        .toList();
  }

  private String actor() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? "system" : caller.getName();
  }
}
