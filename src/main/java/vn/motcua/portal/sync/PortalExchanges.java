package vn.motcua.portal.sync;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The log of exchanges with the portal (append-only): the relay writes each delivery attempt; the
 * inbound API calls {@link #inbound} for each call it answers. Only the SHA-256 of a payload is
 * kept, never the payload.
 */
@Stateless
public class PortalExchanges {

  @Inject private OutboxRepository outbox;

  /**
   * Logs a call the portal made to MotCua's inbound API, in a transaction of its own, so that it
   * stays logged when the call's own work rolls back.
   *
   * @param messageId the id the portal gave its message (or one MotCua gave it)
   * @param path the path called, e.g. {@code /api/v1/portal/dossiers}
   * @param payload the bytes received, hashed here and never stored
   * @param httpStatus the status MotCua answered
   * @param result what became of it, e.g. ACCEPTED, DUPLICATE, REFUSED (at most 32 characters)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void inbound(
      @NotBlank String messageId,
      @NotBlank String path,
      @NotNull byte[] payload,
      int httpStatus,
      String errorCode,
      @NotBlank String result) {
    outbox.log(
        new Exchange(
            Exchange.Direction.IN,
            messageId,
            path,
            PortalSyncContract.sha256(payload),
            httpStatus,
            errorCode,
            result,
            null));
  }
}
