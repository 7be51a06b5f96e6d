package vn.motcua.portal.simulator;

/**
 * How the simulated portal answers a sync call. There is no "down" (connection refused): the
 * simulator lives in the server that sends, so a test of refused connections points the sender's
 * URL at a closed port instead.
 */
public enum FaultMode {
  /** Checks, records and answers at once. */
  NORMAL,
  /** HTTP 503 with a plain-text body, at once; nothing is recorded. */
  SERVER_ERROR,
  /**
   * Checks and records the call as usual, then answers only after a delay longer than a sender
   * waits: the portal processed a request whose answer the sender never sees.
   */
  TIMEOUT,
  /** HTTP 200 with {@code error_code} 99 ("busy"); nothing is recorded. */
  ERROR_REPLY
}
