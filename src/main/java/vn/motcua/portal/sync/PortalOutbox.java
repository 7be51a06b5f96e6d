package vn.motcua.portal.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.List;

/**
 * The outbox's transactions: messages written in the transaction of the dossier change that makes
 * them ({@code MANDATORY}: never on their own), and the relay's short transactions of its own, to
 * take messages under a lease and to record how their delivery ended with the exchange log row.
 * Sending happens between them, outside any transaction. A CDI bean, not an EJB, as every service
 * an online submission calls often (docs/architecture.md).
 */
@ApplicationScoped
public class PortalOutbox {

  @Inject private OutboxRepository outbox;

  /** Writes a change's messages in the change's transaction. */
  @Transactional(TxType.MANDATORY)
  public void append(List<OutboxDraft> drafts) {
    outbox.add(drafts);
  }

  /** Whether the portal was ever sent (or is to be sent) a sync of this dossier. */
  @Transactional(TxType.MANDATORY)
  public boolean synced(String dossierCode) {
    return outbox.hasSync(dossierCode);
  }

  /** Takes the messages to send now, committed at once so other instances see the leases. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Claimed> claim(String holder, int batch, Duration lease) {
    return outbox.claim(holder, batch, lease);
  }

  /**
   * How one delivery attempt ended.
   *
   * @param exchange its exchange log row
   * @param failure null when the portal answered success; else why it failed
   * @param dead whether this failure was the last allowed attempt
   * @param retryIn when to try a failure again
   */
  public record Ending(
      Claimed message, Exchange exchange, String failure, boolean dead, Duration retryIn) {}

  /**
   * Records how the attempts of a round ended, with their exchange log rows, in one transaction: a
   * round of a hundred messages is a few statements, not a transaction per message. An ending
   * counts only if {@code holder} still holds its message's lease (else another instance took the
   * message over and its own ending counts); the exchange is logged either way.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(List<Ending> endings, String holder) {
    outbox.log(endings.stream().map(Ending::exchange).toList());
    outbox.sent(
        endings.stream()
            .filter(ending -> ending.failure() == null)
            .map(ending -> ending.message().id())
            .toList(),
        holder);
    for (Ending ending : endings) {
      if (ending.failure() != null) {
        outbox.failed(
            ending.message().id(), holder, ending.dead(), ending.retryIn(), ending.failure());
      }
    }
  }
}
