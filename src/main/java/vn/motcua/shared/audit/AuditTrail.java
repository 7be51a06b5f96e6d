package vn.motcua.shared.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.motcua.shared.persistence.InstantConverter;

/**
 * Records changes in the audit trail, in the transaction of the change itself: a change that rolls
 * back leaves no audit row, and no change commits without one. Also checks that the chains are
 * whole. A CDI bean, not an EJB, as every service an online submission calls often
 * (docs/architecture.md).
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

  /** Rows read at a time when verifying. */
  private static final int VERIFY_BATCH = 5_000;

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Inject private SecurityContext security;

  @Inject private AuditSeals seals;

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
  @Transactional(TxType.MANDATORY)
  public void record(
      String action, String subjectType, String subjectId, Object before, Object after) {
    recordAs(actor(), action, subjectType, subjectId, before, after);
  }

  /**
   * Appends a row for a change made by a named actor: a person acting through a service that was
   * told who acts, or a system (the portal, the deadline watch).
   */
  @Transactional(TxType.MANDATORY)
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
    append(actor, action, subjectType, subjectId, seq, prevHash, before, after);
  }

  /**
   * Starts the chain of a subject created just now under an identity never used before (a dossier
   * and its freshly numbered code): its first row, without looking for an earlier one. Were there
   * one after all, the chain's unique key would refuse the row and the change with it.
   */
  @Transactional(TxType.MANDATORY)
  public void recordCreationAs(
      String actor, String action, String subjectType, String subjectId, Object after) {
    append(actor, action, subjectType, subjectId, 1, null, null, after);
  }

  private void append(
      String actor,
      String action,
      String subjectType,
      String subjectId,
      int seq,
      String prevHash,
      Object before,
      Object after) {
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

  /**
   * Checks the chains of one kind of subject (or of all, when {@code subjectType} is null), or of
   * one subject when {@code subjectId} is given too, each against the latest head a seal saw of it,
   * and the seals' own chain. Reads the trail in batches along its chain key, so memory stays flat
   * however long the trail; each batch is its own short read, with the sealed heads of the same
   * range of chains.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public ChainReport verify(String subjectType, String subjectId) {
    long started = System.nanoTime();
    ChainWalk walk = new ChainWalk();
    String afterType = "";
    String afterId = "";
    int afterSeq = 0;
    while (true) {
      List<Object[]> rows = batch(subjectType, subjectId, afterType, afterId, afterSeq);
      boolean lastBatch = rows.size() < VERIFY_BATCH;
      Object[] lastRow = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      // The ranges of chains of successive batches follow each other without gap or overlap, the
      // last one open: every sealed chain in scope is expected once, even one with no row left.
      walk.expect(
          seals.latestHeads(
              subjectType,
              subjectId,
              afterType,
              afterId,
              lastBatch ? null : (String) lastRow[3],
              lastBatch ? null : (String) lastRow[4]));
      for (Object[] row : rows) {
        walk.accept(
            new AuditRecord(
                InstantConverter.instant(row[0]),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                ((Number) row[5]).intValue(),
                (String) row[6],
                (String) row[7],
                (String) row[8]),
            (String) row[9]);
      }
      if (lastBatch) {
        break;
      }
      afterType = (String) lastRow[3];
      afterId = (String) lastRow[4];
      afterSeq = ((Number) lastRow[5]).intValue();
    }
    ChainReport report = seals.addSealsTo(walk.report(Duration.ZERO), subjectType == null);
    return new ChainReport(
        report.rows(),
        report.chains(),
        report.brokenChains(),
        report.breaks(),
        report.seals(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** The next rows after a chain key, in chain order (the chain's unique index serves it). */
  private List<Object[]> batch(
      String subjectType, String subjectId, String afterType, String afterId, int afterSeq) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT occurred_at, actor, action, subject_type, subject_id, seq, before_state,"
                + " after_state, prev_hash, hash FROM audit_event"
                + " WHERE (subject_type, subject_id, seq) > (?1, ?2, ?3)");
    if (subjectType != null) {
      sql.append(" AND subject_type = ?4");
      if (subjectId != null) {
        sql.append(" AND subject_id = ?5");
      }
    }
    sql.append(" ORDER BY subject_type, subject_id, seq");
    var query =
        em.createNativeQuery(sql.toString())
            .setParameter(1, afterType)
            .setParameter(2, afterId)
            .setParameter(3, afterSeq)
            .setMaxResults(VERIFY_BATCH);
    if (subjectType != null) {
      query.setParameter(4, subjectType);
      if (subjectId != null) {
        query.setParameter(5, subjectId);
      }
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }

  /** The kinds of subject the trail holds (a skip scan of the chain index: fast on any size). */
  public List<String> subjectTypes() {
    @SuppressWarnings("unchecked")
    List<String> types =
        em.createNativeQuery(
                "WITH RECURSIVE t (type) AS (SELECT min(subject_type) FROM audit_event UNION ALL"
                    + " SELECT (SELECT min(subject_type) FROM audit_event WHERE subject_type > t.type)"
                    + " FROM t WHERE t.type IS NOT NULL) SELECT type FROM t WHERE type IS NOT NULL")
            .getResultList();
    return types;
  }

  /** The newest {@code max} rows of one subject's chain, the newest first. */
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
