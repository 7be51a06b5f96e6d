package vn.motcua.portal.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox and the exchange log, in the caller's transaction. */
public interface OutboxRepository {

  /** Appends messages, in order: their ids give the order per dossier. */
  void add(List<OutboxDraft> drafts);

  /** Whether a sync dossier message of this dossier was ever written. */
  boolean hasSync(String dossierCode);

  /**
   * Takes up to {@code batch} messages due now under a row lease for {@code holder}: for each
   * dossier only its oldest message not yet sent or discarded, and only if that one is due and not
   * leased (a dead one holds its dossier). Rows another transaction is taking are skipped ({@code
   * FOR UPDATE SKIP LOCKED}), so instances never take the same message.
   */
  List<Claimed> claim(String holder, int batch, Duration lease);

  /** Marks messages sent, those whose lease {@code holder} still holds; how many it did. */
  int sent(List<Long> ids, String holder);

  /**
   * Records a failed attempt, if {@code holder} still holds the lease: DEAD when {@code dead}, else
   * FAILED with its next attempt after {@code retryIn}; whether it did.
   */
  boolean failed(long id, String holder, boolean dead, Duration retryIn, String error);

  /** How many messages are in each state (every state present, zero if none). */
  Map<OutboxState, Long> counts();

  List<OutboxMessage> page(OutboxFilter filter, int first, int max);

  long count(OutboxFilter filter);

  Optional<OutboxMessage> find(long id);

  Optional<String> payload(long id);

  /** A FAILED or DEAD message back to PENDING, due now, attempts from zero; whether it was. */
  boolean retry(long id);

  /** Every DEAD message back to PENDING; how many. */
  int retryDead();

  /** A DEAD message DISCARDED; whether it was. */
  boolean discard(long id);

  /** Appends an exchange to the log. */
  default void log(Exchange exchange) {
    log(List.of(exchange));
  }

  /** Appends exchanges to the log, in one statement. */
  void log(List<Exchange> exchanges);
}
