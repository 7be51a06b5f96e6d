package vn.motcua.portal.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import vn.motcua.portal.sync.internal.ExchangeLogWriter;

/**
 * The log of exchanges with the portal (append-only): the relay writes each delivery attempt; the
 * inbound API calls {@link #inbound} for each call it answers. Only the SHA-256 of a payload is
 * kept, never the payload.
 */
@ApplicationScoped
public class PortalExchanges {

  @Inject private ExchangeLogWriter writer;

  /**
   * Logs a call the portal made to MotCua's inbound API, at the instant of this call, in a
   * transaction of its own written a moment later with other calls' ({@link ExchangeLogWriter}): it
   * stays logged when the call's own work rolls back, and costs the call no transaction.
   *
   * @param messageId the id the portal gave its message (or one MotCua gave it)
   * @param path the path called, e.g. {@code /api/v1/portal/dossiers}
   * @param payload the bytes received, hashed here and never stored
   * @param httpStatus the status MotCua answered
   * @param result what became of it, e.g. ACCEPTED, DUPLICATE, REFUSED (at most 32 characters)
   */
  public void inbound(
      @NotBlank String messageId,
      @NotBlank String path,
      @NotNull byte[] payload,
      int httpStatus,
      String errorCode,
      @NotBlank String result) {
    writer.append(
        new Exchange(
            Exchange.Direction.IN,
            messageId,
            path,
            PortalSyncContract.sha256(payload),
            httpStatus,
            errorCode,
            result,
            null,
            Instant.now()));
  }
}
