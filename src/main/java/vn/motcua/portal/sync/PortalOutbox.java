package vn.motcua.portal.sync;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * The outbox's transactions: messages written in the transaction of the dossier change that makes
 * them ({@code MANDATORY}: never on their own), and the relay's short transactions of its own, to
 * take messages under a lease and to record how their delivery ended with the exchange log row.
 * Sending happens between them, outside any transaction.
 */
@Stateless
public class PortalOutbox {

  @Inject private OutboxRepository outbox;

  /** Writes a change's messages in the change's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void append(List<OutboxDraft> drafts) {
    outbox.add(drafts);
  }

  /** Whether the portal was ever sent (or is to be sent) a sync of this dossier. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean synced(String dossierCode) {
    return outbox.hasSync(dossierCode);
  }

  /** Takes the messages to send now, committed at once so other instances see the leases. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Claimed> claim(String holder, int batch, Duration lease) {
    return outbox.claim(holder, batch, lease);
  }

  /**
   * Records one delivery attempt and its exchange log row.
   *
   * @param failure null when the portal answered success; else why it failed
   * @param dead whether this failure was the last allowed attempt
   * @return whether the holder still held the message's lease (else another instance took it over
   *     and its own outcome counts; the exchange is logged either way)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean record(
      Claimed message,
      String holder,
      Exchange exchange,
      String failure,
      boolean dead,
      Duration retryIn) {
    outbox.log(exchange);
    return failure == null
        ? outbox.sent(message.id(), holder)
        : outbox.failed(message.id(), holder, dead, retryIn, failure);
  }
}
