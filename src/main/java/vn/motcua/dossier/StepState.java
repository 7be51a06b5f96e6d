package vn.motcua.dossier;

/**
 * Where a step of a dossier stands: planned at reception, waiting in its unit, taken up by its
 * performer, done, sent back to the step before (and done again as a new step), or cancelled
 * because the dossier ended without it.
 */
public enum StepState {
  PLANNED,
  WAITING,
  IN_PROGRESS,
  DONE,
  SENT_BACK,
  CANCELLED;

  /** Whether the step is the dossier's current one. */
  public boolean open() {
    return this == WAITING || this == IN_PROGRESS;
  }
}
