package vn.motcua.shared.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.shared.persistence.InstantConverter;

/**
 * Writes the seals of the audit trail and reads them back for the verifier. A seal commits to the
 * head of every chain changed since the previous seal and to that seal's hash. Sealing only reads
 * the trail (the rows written since the previous seal's watermark, by their index, then each
 * chain's last row by the chain index): it takes no lock that an audit write waits for.
 */
@Stateless
public class AuditSeals {

  /**
   * The transaction-level advisory lock that lets one sealer at a time work, on any instance: the
   * seals form a chain, so two sealers would otherwise both claim the next position.
   */
  private static final int SEAL_LOCK = 7318;

  /** Seals and heads read at a time when verifying. */
  private static final int VERIFY_BATCH = 1_000;

  private static final Logger LOG = Logger.getLogger(AuditSeals.class.getName());

  /** Heads read back at a time to digest a seal. */
  private static final int DIGEST_BATCH = 5_000;

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  /**
   * The seal of the period that began at the latest multiple of {@code period} (on the database's
   * clock), unless it is sealed already or another instance is sealing now. Every instance of a
   * cluster calls this on its own timer; two guards keep it to one seal per period: a non-blocking
   * advisory lock ({@code pg_try_advisory_xact_lock}, so a second instance does not even read the
   * trail while the first seals), and, the real guarantee, the unique key on the seal's period,
   * which refuses a second seal of a period whatever happens.
   *
   * @return the seal written, or empty when the period was sealed or is being sealed elsewhere
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<AuditSeal> sealPeriod(String sealedBy, Duration period) {
    Boolean locked =
        (Boolean)
            em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, SEAL_LOCK)
                .getSingleResult();
    if (!locked) {
      return Optional.empty();
    }
    Instant now = databaseNow();
    long seconds = period.toSeconds();
    Instant start = Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds);
    Number sealed =
        (Number)
            em.createNativeQuery("SELECT count(*) FROM audit_seal WHERE period = ?1")
                .setParameter(1, start.atOffset(ZoneOffset.UTC))
                .getSingleResult();
    if (sealed.longValue() > 0) {
      return Optional.empty();
    }
    return Optional.of(seal(sealedBy, start));
  }

  /**
   * A seal now, on demand (an auditor's), after any seal under way elsewhere: it waits for the
   * advisory lock instead of giving up.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditSeal sealNow(String sealedBy) {
    // Counted, so that the query answers a number rather than the lock function's void.
    em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1)) l")
        .setParameter(1, SEAL_LOCK)
        .getSingleResult();
    return seal(sealedBy, null);
  }

  private AuditSeal seal(String sealedBy, Instant period) {
    @SuppressWarnings("unchecked")
    List<Object[]> last =
        em.createNativeQuery(
                "SELECT seq, hash, watermark FROM audit_seal ORDER BY seq DESC LIMIT 1")
            .getResultList();
    int seq = last.isEmpty() ? 1 : ((Number) last.get(0)[0]).intValue() + 1;
    String prevHash = last.isEmpty() ? null : (String) last.get(0)[1];
    // Read before the heads, in an earlier statement (and so an earlier snapshot): every
    // transaction older than this has ended, so its rows are either seen below or never commit.
    long watermark =
        ((Number)
                em.createNativeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                    .getSingleResult())
            .longValue();
    Instant sealedAt = databaseNow();
    int heads = writeHeads(seq, last.isEmpty() ? null : ((Number) last.get(0)[2]).longValue());
    AuditSeal seal =
        new AuditSeal(
            seq, sealedAt, period, sealedBy, watermark, heads, digestOfHeads(seq), prevHash);
    em.createNativeQuery(
            "INSERT INTO audit_seal (seq, sealed_at, period, sealed_by, watermark, heads,"
                + " heads_digest, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .setParameter(1, seal.seq())
        .setParameter(2, seal.sealedAt().atOffset(ZoneOffset.UTC))
        .setParameter(3, period == null ? null : seal.period().atOffset(ZoneOffset.UTC))
        .setParameter(4, seal.sealedBy())
        .setParameter(5, seal.watermark())
        .setParameter(6, seal.heads())
        .setParameter(7, seal.headsDigest())
        .setParameter(8, seal.prevHash())
        .setParameter(9, seal.hash())
        .executeUpdate();
    LOG.info(() -> "Audit trail sealed: seal " + seal.seq() + ", " + seal.heads() + " chain heads");
    return seal;
  }

  /**
   * Writes, in one statement (one snapshot), the heads of the chains that have a row written by a
   * transaction from {@code since} on (every chain, for the first seal), leaving out heads an
   * earlier seal already holds; returns how many it wrote. Nothing comes back to the JVM: the first
   * seal holds a head for every chain ever written (one per dossier).
   */
  private int writeHeads(int sealSeq, Long since) {
    String changed =
        since == null
            ? "SELECT DISTINCT subject_type, subject_id FROM audit_event"
            : "SELECT DISTINCT subject_type, subject_id FROM audit_event WHERE xact >= ?2";
    var insert =
        em.createNativeQuery(
                "INSERT INTO audit_seal_head (seal_seq, event_id, subject_type, subject_id, seq,"
                    + " hash) SELECT ?1, h.id, c.subject_type, c.subject_id, h.seq, h.hash FROM ("
                    + changed
                    + ") c CROSS JOIN LATERAL (SELECT e.id, e.seq, e.hash FROM audit_event e"
                    + " WHERE e.subject_type = c.subject_type AND e.subject_id = c.subject_id"
                    + " ORDER BY e.seq DESC LIMIT 1) h WHERE NOT EXISTS (SELECT 1 FROM"
                    + " audit_seal_head s WHERE s.subject_type = c.subject_type"
                    + " AND s.subject_id = c.subject_id AND s.seq = h.seq)")
            .setParameter(1, sealSeq);
    if (since != null) {
      insert.setParameter(2, since);
    }
    return insert.executeUpdate();
  }

  /**
   * The digest of the heads a seal just wrote, read back in batches along its primary key (the
   * order of the rows' ids), so that memory stays flat however many chains it holds.
   */
  private String digestOfHeads(int sealSeq) {
    FieldDigest digest = new FieldDigest();
    long after = Long.MIN_VALUE;
    while (true) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT subject_type, subject_id, seq, event_id, hash FROM audit_seal_head"
                      + " WHERE seal_seq = ?1 AND event_id > ?2 ORDER BY event_id LIMIT ?3")
              .setParameter(1, sealSeq)
              .setParameter(2, after)
              .setParameter(3, DIGEST_BATCH)
              .getResultList();
      rows.stream().map(AuditSeals::head).forEach(h -> h.addTo(digest));
      if (rows.size() < DIGEST_BATCH) {
        return digest.hex();
      }
      after = ((Number) rows.get(rows.size() - 1)[3]).longValue();
    }
  }

  /**
   * The latest sealed head of each chain in scope whose key lies after {@code (afterType, afterId)}
   * and, unless {@code uptoType} is null, not after {@code (uptoType, uptoId)}: the heads of the
   * chains of one batch of the verifier, in the database's own order of chains.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<SealedHead> latestHeads(
      String subjectType,
      String subjectId,
      String afterType,
      String afterId,
      String uptoType,
      String uptoId) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT DISTINCT ON (subject_type, subject_id) subject_type, subject_id, seq,"
                + " event_id, hash FROM audit_seal_head"
                + " WHERE (subject_type, subject_id) > (?1, ?2)");
    if (uptoType != null) {
      sql.append(" AND (subject_type, subject_id) <= (?3, ?4)");
    }
    if (subjectType != null) {
      sql.append(" AND subject_type = ?5");
      if (subjectId != null) {
        sql.append(" AND subject_id = ?6");
      }
    }
    sql.append(" ORDER BY subject_type, subject_id, seq DESC");
    var query =
        em.createNativeQuery(sql.toString()).setParameter(1, afterType).setParameter(2, afterId);
    if (uptoType != null) {
      query.setParameter(3, uptoType).setParameter(4, uptoId);
    }
    if (subjectType != null) {
      query.setParameter(5, subjectType);
      if (subjectId != null) {
        query.setParameter(6, subjectId);
      }
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(AuditSeals::head).toList();
  }

  /**
   * The report with the walk of the seals' own chain added. With {@code withHeads}, each seal's
   * heads are read back and its digest recomputed (a full verification); otherwise the stored
   * digest is trusted, which keeps the verification of one kind of subject or one subject short.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainReport addSealsTo(ChainReport report, boolean withHeads) {
    SealWalk walk = walk(withHeads);
    return report.withSeals(walk.seals(), walk.firstBreak());
  }

  private SealWalk walk(boolean withHeads) {
    SealWalk walk = new SealWalk();
    HeadCursor cursor = withHeads ? new HeadCursor() : null;
    int after = 0;
    while (true) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT seq, sealed_at, period, sealed_by, watermark, heads, heads_digest,"
                      + " prev_hash, hash FROM audit_seal WHERE seq > ?1 ORDER BY seq")
              .setParameter(1, after)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (Object[] row : rows) {
        AuditSeal seal =
            new AuditSeal(
                ((Number) row[0]).intValue(),
                InstantConverter.instant(row[1]),
                row[2] == null ? null : InstantConverter.instant(row[2]),
                (String) row[3],
                ((Number) row[4]).longValue(),
                ((Number) row[5]).intValue(),
                (String) row[6],
                (String) row[7]);
        walk.accept(seal, (String) row[8], cursor == null ? null : cursor.headsOf(seal.seq()));
      }
      if (rows.size() < VERIFY_BATCH) {
        return walk;
      }
      after = ((Number) rows.get(rows.size() - 1)[0]).intValue();
    }
  }

  private static SealedHead head(Object[] row) {
    return new SealedHead(
        (String) row[0],
        (String) row[1],
        ((Number) row[2]).intValue(),
        ((Number) row[3]).longValue(),
        (String) row[4]);
  }

  private Instant databaseNow() {
    return InstantConverter.instant(em.createNativeQuery("SELECT now()").getSingleResult());
  }

  /**
   * The heads of every seal, read in batches in the order of their key (seal, then row id), and
   * handed out seal by seal: seals come in order, so the cursor only moves forward.
   */
  private final class HeadCursor {

    private List<Object[]> batch = List.of();
    private int next;
    private int afterSeal;
    private long afterEvent;
    private boolean exhausted;

    List<SealedHead> headsOf(int sealSeq) {
      List<SealedHead> heads = new ArrayList<>();
      while (true) {
        if (next == batch.size()) {
          if (exhausted || !fetch()) {
            return heads;
          }
        }
        Object[] row = batch.get(next);
        int seal = ((Number) row[5]).intValue();
        if (seal > sealSeq) {
          return heads;
        }
        next++;
        if (seal == sealSeq) {
          heads.add(head(row));
        }
      }
    }

    private boolean fetch() {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  // A head's columns as head(row) reads them, then the seal's number.
                  "SELECT subject_type, subject_id, seq, event_id, hash, seal_seq"
                      + " FROM audit_seal_head WHERE (seal_seq, event_id) > (?1, ?2)"
                      + " ORDER BY seal_seq, event_id")
              .setParameter(1, afterSeal)
              .setParameter(2, afterEvent)
              .setMaxResults(VERIFY_BATCH * 5)
              .getResultList();
      exhausted = rows.isEmpty();
      if (exhausted) {
        return false;
      }
      Object[] last = rows.get(rows.size() - 1);
      afterSeal = ((Number) last[5]).intValue();
      afterEvent = ((Number) last[3]).longValue();
      batch = rows;
      next = 0;
      return true;
    }
  }
}
