package vn.motcua.portal.sync.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.portal.sync.PortalMessages;
import vn.motcua.portal.sync.PortalOutbox;

/**
 * Writes the portal messages of every dossier change into the outbox, synchronously, in the
 * change's transaction: a change and its messages commit together or not at all. Every dossier is
 * synced, the counter's too: the portal's service index counts the dossiers synced to it.
 */
@ApplicationScoped
public class OutboxWriter {

  @Inject private PortalOutbox outbox;
  @Inject private ServiceDirectory directory;

  private PortalMessages messages;

  void on(@Observes DossierChanged change) {
    outbox.append(messages().of(change, () -> outbox.synced(change.dossier().code())));
  }

  private PortalMessages messages() {
    if (messages == null) {
      messages = new PortalMessages(directory);
    }
    return messages;
  }
}
