package vn.motcua.portal.sync;

import java.time.Instant;

/**
 * One exchange with the portal for the exchange log: out (a delivery attempt) or in (a call of the
 * inbound API); never the payload, only its SHA-256.
 *
 * @param messageId OUT: the outbox message's id; IN: the caller's id of its message
 * @param service OUT: the portal service; IN: the path called
 * @param httpStatus the HTTP status answered, or null when no answer came
 * @param errorCode the portal's error code, if any
 * @param result OK, REFUSED, HTTP_ERROR, TIMEOUT, CONNECTION, MALFORMED (out), or the inbound API's
 *     own word (in)
 * @param durationMillis how long it took, or null
 * @param at when it happened, or null for the moment it is written (the relay writes at once; the
 *     inbound API's calls are written a moment later, in batches)
 */
public record Exchange(
    Direction direction,
    String messageId,
    String service,
    String payloadSha256,
    Integer httpStatus,
    String errorCode,
    String result,
    Integer durationMillis,
    Instant at) {

  /** Which way the message went. */
  public enum Direction {
    OUT,
    IN
  }
}
