package vn.motcua.portal.sync.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.portal.sync.Claimed;
import vn.motcua.portal.sync.Exchange;
import vn.motcua.portal.sync.OutboxDraft;
import vn.motcua.portal.sync.OutboxFilter;
import vn.motcua.portal.sync.OutboxMessage;
import vn.motcua.portal.sync.OutboxRepository;
import vn.motcua.portal.sync.OutboxState;
import vn.motcua.portal.sync.PortalSyncContract;
import vn.motcua.shared.persistence.InstantConverter;

/**
 * The outbox in SQL ({@code portal_outbox}, {@code portal_exchange}, migration V21). Times that
 * decide who sends what (due, leases) are the database's clock, the one clock every instance of a
 * cluster shares.
 */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

  /** The columns of the exchange log each exchange fills. */
  private static final int EXCHANGE_COLUMNS = 9;

  /** The states that hold a dossier's later messages back (OutboxState.holdsBack). */
  private static final String HOLDING = "('PENDING', 'FAILED', 'DEAD')";

  private static final String COLUMNS =
      "id, dossier_code, service, state, attempts, next_attempt_at, last_error, created_at,"
          + " sent_at";

  /**
   * Takes the head of each dossier whose turn it is: its first message still holding the later ones
   * back. A head that another instance is claiming right now is locked and skipped; once claimed,
   * its lease excludes it. The head test is a scalar subquery, looked up in {@code
   * portal_outbox_unsent_idx} for each candidate: written as NOT EXISTS, the planner turned it into
   * an anti join whose inner side, when the statistics said the queue was empty, read the whole
   * index for every candidate.
   */
  static final String CLAIM =
      "WITH picked AS ("
          + " SELECT m.id FROM portal_outbox m"
          + " WHERE m.state IN ('PENDING', 'FAILED') AND m.next_attempt_at <= now()"
          + " AND (m.lease_until IS NULL OR m.lease_until < now())"
          + " AND m.id = (SELECT min(e.id) FROM portal_outbox e"
          + " WHERE e.dossier_code = m.dossier_code AND e.state IN "
          + HOLDING
          + ")"
          + " ORDER BY m.id LIMIT ?1 FOR UPDATE SKIP LOCKED)"
          + " UPDATE portal_outbox o SET lease_holder = ?2,"
          + " lease_until = now() + ?3 * interval '1 millisecond'"
          + " FROM picked WHERE o.id = picked.id"
          + " RETURNING o.id, o.dossier_code, o.service, o.payload, o.attempts";

  /**
   * Set for the claim's transaction only (a query, so that it runs at once, before the claim): walk
   * {@code portal_outbox_due_idx} in id order and stop after the batch. The statistics of a queue
   * are always stale (autovacuum analyses it at most once a minute, while thousands of messages
   * come and go); when they said few messages waited, the planner fetched every waiting message,
   * tested each and sorted them, so that a claim cost 25-75 ms at a backlog of 4,000-15,000 instead
   * of under one.
   */
  static final String WALK_IN_ORDER = "SELECT set_config('enable_sort', 'off', true)";

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public void add(List<OutboxDraft> drafts) {
    if (drafts.isEmpty()) {
      return;
    }
    // One statement for a change's messages (a sync and a progress), one round trip; rows are
    // inserted, and their ids drawn, in the arrays' order.
    em.createNativeQuery(
            "INSERT INTO portal_outbox (dossier_code, service, payload, payload_sha256)"
                + " SELECT c, s, p, h FROM unnest(CAST(?1 AS text[]), CAST(?2 AS text[]),"
                + " CAST(?3 AS text[]), CAST(?4 AS text[])) WITH ORDINALITY AS x (c, s, p, h, n)"
                + " ORDER BY n")
        .setParameter(1, drafts.stream().map(OutboxDraft::dossierCode).toArray(String[]::new))
        .setParameter(2, drafts.stream().map(OutboxDraft::service).toArray(String[]::new))
        .setParameter(3, drafts.stream().map(OutboxDraft::payload).toArray(String[]::new))
        .setParameter(
            4,
            drafts.stream()
                .map(draft -> PortalSyncContract.sha256(draft.payload()))
                .toArray(String[]::new))
        .executeUpdate();
  }

  @Override
  public boolean hasSync(String dossierCode) {
    return !em.createNativeQuery(
            "SELECT 1 FROM portal_outbox WHERE dossier_code = ?1 AND service = ?2 LIMIT 1")
        .setParameter(1, dossierCode)
        .setParameter(2, PortalSyncContract.SYNC)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Claimed> claim(String holder, int batch, Duration lease) {
    em.createNativeQuery(WALK_IN_ORDER).getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CLAIM)
            .setParameter(1, batch)
            .setParameter(2, holder)
            .setParameter(3, lease.toMillis())
            .getResultList();
    List<Claimed> claimed = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      claimed.add(
          new Claimed(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).intValue()));
    }
    claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
    return claimed;
  }

  /**
   * The holder alone says a message is still this round's: it is unique to the round, and every
   * other change of state clears it. A condition on the state would tempt the planner, with the
   * queue's stale statistics, into reading every waiting message instead of the batch's.
   */
  @Override
  public int sent(List<Long> ids, String holder) {
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(
            "UPDATE portal_outbox SET state = 'SENT', sent_at = now(), attempts = attempts + 1,"
                + " last_error = NULL, lease_holder = NULL, lease_until = NULL"
                + " WHERE id = ANY (CAST(?1 AS bigint[])) AND lease_holder = ?2")
        .setParameter(1, ids.toArray(Long[]::new))
        .setParameter(2, holder)
        .executeUpdate();
  }

  @Override
  public boolean failed(long id, String holder, boolean dead, Duration retryIn, String error) {
    return em.createNativeQuery(
                "UPDATE portal_outbox SET state = ?3, attempts = attempts + 1, last_error = ?4,"
                    + " next_attempt_at = now() + ?5 * interval '1 millisecond',"
                    + " lease_holder = NULL, lease_until = NULL"
                    + " WHERE id = ?1 AND lease_holder = ?2 AND state IN ('PENDING', 'FAILED')")
            .setParameter(1, id)
            .setParameter(2, holder)
            .setParameter(3, dead ? OutboxState.DEAD.name() : OutboxState.FAILED.name())
            .setParameter(4, truncate(error, 200))
            .setParameter(5, dead ? 0 : retryIn.toMillis())
            .executeUpdate()
        == 1;
  }

  @Override
  public Map<OutboxState, Long> counts() {
    Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
    for (OutboxState state : OutboxState.values()) {
      counts.put(state, 0L);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT state, count(*) FROM portal_outbox GROUP BY state")
            .getResultList();
    rows.forEach(r -> counts.put(OutboxState.valueOf((String) r[0]), ((Number) r[1]).longValue()));
    return counts;
  }

  @Override
  public List<OutboxMessage> page(OutboxFilter filter, int first, int max) {
    Where where = where(filter);
    int n = where.values().size();
    Query query =
        em.createNativeQuery(
            "SELECT "
                + COLUMNS
                + " FROM portal_outbox"
                + where.sql()
                + " ORDER BY id DESC OFFSET ?"
                + (n + 1)
                + " LIMIT ?"
                + (n + 2));
    where.bind(query);
    query.setParameter(n + 1, first).setParameter(n + 2, max);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(JpaOutboxRepository::message).toList();
  }

  @Override
  public long count(OutboxFilter filter) {
    Where where = where(filter);
    Query query = em.createNativeQuery("SELECT count(*) FROM portal_outbox" + where.sql());
    where.bind(query);
    return ((Number) query.getSingleResult()).longValue();
  }

  /** A filter's conditions, with positional parameters from 1, and their values. */
  private record Where(String sql, List<Object> values) {
    void bind(Query query) {
      for (int i = 0; i < values.size(); i++) {
        query.setParameter(i + 1, values.get(i));
      }
    }
  }

  private static Where where(OutboxFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (filter.state() != null) {
      values.add(filter.state().name());
      conditions.add("state = ?" + values.size());
    }
    if (filter.dossierCode() != null) {
      // A prefix, its LIKE wildcards taken literally.
      values.add(filter.dossierCode().replaceAll("([\\\\%_])", "\\\\$1") + "%");
      conditions.add("dossier_code LIKE ?" + values.size() + " ESCAPE '\\'");
    }
    return new Where(
        conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
  }

  @Override
  public Optional<OutboxMessage> find(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + COLUMNS + " FROM portal_outbox WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(JpaOutboxRepository::message);
  }

  @Override
  public Optional<String> payload(long id) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery("SELECT payload FROM portal_outbox WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst();
  }

  @Override
  public boolean retry(long id) {
    return em.createNativeQuery(
                "UPDATE portal_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = now(),"
                    + " lease_holder = NULL, lease_until = NULL"
                    + " WHERE id = ?1 AND state IN ('FAILED', 'DEAD')")
            .setParameter(1, id)
            .executeUpdate()
        == 1;
  }

  @Override
  public int retryDead() {
    return em.createNativeQuery(
            "UPDATE portal_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = now(),"
                + " lease_holder = NULL, lease_until = NULL WHERE state = 'DEAD'")
        .executeUpdate();
  }

  @Override
  public boolean discard(long id) {
    return em.createNativeQuery(
                "UPDATE portal_outbox SET state = 'DISCARDED', lease_holder = NULL,"
                    + " lease_until = NULL WHERE id = ?1 AND state = 'DEAD'")
            .setParameter(1, id)
            .executeUpdate()
        == 1;
  }

  /**
   * One statement whatever the number of rows: each column is bound as one array and unnested
   * (binding nine parameters a row, EclipseLink's native query takes time quadratic in their
   * number).
   */
  @Override
  public void log(List<Exchange> exchanges) {
    if (exchanges.isEmpty()) {
      return;
    }
    int rows = exchanges.size();
    String[][] columns = new String[EXCHANGE_COLUMNS][rows];
    for (int row = 0; row < rows; row++) {
      Exchange exchange = exchanges.get(row);
      columns[0][row] = exchange.direction().name();
      columns[1][row] = truncate(exchange.messageId(), 100);
      columns[2][row] = truncate(exchange.service(), 200);
      columns[3][row] = exchange.payloadSha256();
      columns[4][row] = exchange.httpStatus() == null ? null : exchange.httpStatus().toString();
      columns[5][row] = truncate(exchange.errorCode(), 32);
      columns[6][row] = truncate(exchange.result(), 32);
      columns[7][row] =
          exchange.durationMillis() == null ? null : exchange.durationMillis().toString();
      columns[8][row] = exchange.at() == null ? null : exchange.at().toString();
    }
    Query insert =
        em.createNativeQuery(
            "INSERT INTO portal_exchange (direction, message_id, service, payload_sha256,"
                + " http_status, error_code, result, duration_ms, exchanged_at)"
                + " SELECT d, m, s, h, CAST(st AS integer), e, r, CAST(ms AS integer),"
                + " COALESCE(CAST(at AS timestamptz), now())"
                + " FROM unnest(CAST(?1 AS text[]), CAST(?2 AS text[]), CAST(?3 AS text[]),"
                + " CAST(?4 AS text[]), CAST(?5 AS text[]), CAST(?6 AS text[]), CAST(?7 AS text[]),"
                + " CAST(?8 AS text[]), CAST(?9 AS text[])) AS x (d, m, s, h, st, e, r, ms, at)");
    for (int column = 0; column < EXCHANGE_COLUMNS; column++) {
      insert.setParameter(column + 1, columns[column]);
    }
    insert.executeUpdate();
  }

  private static OutboxMessage message(Object[] r) {
    return new OutboxMessage(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        OutboxState.valueOf((String) r[3]),
        ((Number) r[4]).intValue(),
        InstantConverter.instant(r[5]),
        (String) r[6],
        InstantConverter.instant(r[7]),
        InstantConverter.instant(r[8]));
  }

  /** At most {@code max} characters, without NUL, which PostgreSQL refuses in text. */
  private static String truncate(String text, int max) {
    if (text == null) {
      return null;
    }
    String clean = text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    return clean.length() <= max ? clean : clean.substring(0, max);
  }
}
