package vn.motcua.portal.sync.internal;

/**
 * How one delivery to the portal ended, as the exchange log and the outbox record it: never the
 * reply's text, which may quote personal data.
 *
 * @param httpStatus the HTTP status, or null when no answer came
 * @param errorCode the reply's {@code error_code}, or null
 * @param millis how long the exchange took
 */
record Delivery(Outcome outcome, Integer httpStatus, String errorCode, int millis) {

  /** The kinds of ending; all but OK are failures, tried again later. */
  enum Outcome {
    /** HTTP 2xx with error_code "0". */
    OK,
    /** HTTP 2xx with another error_code: the portal refused the message. */
    REFUSED,
    /** HTTP 2xx without a readable error_code. */
    MALFORMED,
    /** Any status other than 2xx. */
    HTTP_ERROR,
    /** No complete answer within the timeout. */
    TIMEOUT,
    /** No connection (refused, unknown host, reset...). */
    CONNECTION
  }

  boolean ok() {
    return outcome == Outcome.OK;
  }

  /** The outbox's last_error: the kind, the status and the code; no text from the reply. */
  String failure() {
    if (ok()) {
      return null;
    }
    StringBuilder text = new StringBuilder(outcome.name());
    if (httpStatus != null) {
      text.append(" HTTP ").append(httpStatus);
    }
    if (errorCode != null) {
      text.append(" error_code ").append(errorCode);
    }
    return text.toString();
  }
}
