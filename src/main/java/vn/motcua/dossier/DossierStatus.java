package vn.motcua.dossier;

import java.util.Arrays;

/**
 * The states of a dossier, one for each status code of the National Public Service Portal
 * (DOMAIN.md): the code is stored as it is, so MotCua and the portal never disagree.
 */
public enum DossierStatus {
  /** 1: registered online, not yet accepted by a center. */
  REGISTERED(1),
  /** 2: received; the clock runs, the reception step is under way. */
  RECEIVED(2),
  /** 3: refused at intake (not received). */
  NOT_RECEIVED(3),
  /** 4: in the steps of the internal process. */
  PROCESSING(4),
  /** 5: waiting for the applicant to supplement the dossier; the clock is stopped. */
  SUPPLEMENT_REQUESTED(5),
  /** 6: waiting for the applicant to fulfil a financial obligation; the clock is stopped. */
  OBLIGATION_REQUESTED(6),
  /** 7: withdrawn by the applicant. */
  WITHDRAWN(7),
  /** 8: processing stopped at the applicant's request. */
  STOPPED(8),
  /** 9: processing finished: the result (or the refusal) waits at the return center. */
  FINISHED(9),
  /** 10: the result was returned to the applicant. */
  RETURNED(10);

  private final int code;

  DossierStatus(int code) {
    this.code = code;
  }

  /** The national portal's status code. */
  public int code() {
    return code;
  }

  public static DossierStatus ofCode(int code) {
    return Arrays.stream(values())
        .filter(status -> status.code == code)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No dossier status " + code));
  }

  /** Whether the clock is stopped waiting for the applicant. */
  public boolean paused() {
    return this == SUPPLEMENT_REQUESTED || this == OBLIGATION_REQUESTED;
  }

  /** Whether nothing more happens to the dossier. */
  public boolean closed() {
    return this == NOT_RECEIVED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
  }
}
