package vn.motcua.portal.sync;

/** Where an outbox message stands. */
public enum OutboxState {
  /** Written, not yet tried. */
  PENDING,
  /** Tried and failed; tried again at its next attempt. */
  FAILED,
  /** The portal answered success. */
  SENT,
  /**
   * Failed its last allowed attempt: no more tries until an administrator retries it. Its dossier's
   * later messages wait behind it, so the portal never sees them out of order.
   */
  DEAD,
  /** An administrator gave a dead message up: its dossier's later messages go on. */
  DISCARDED;

  /** Whether the message still holds its dossier's later messages back. */
  public boolean holdsBack() {
    return this == PENDING || this == FAILED || this == DEAD;
  }
}
