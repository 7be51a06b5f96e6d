package vn.motcua.dossier;

/**
 * What the deadline watch last saw of an open dossier or step: nothing to say, due soon (within the
 * configured share of its budget), or overdue.
 */
public enum DeadlineFlag {
  NONE,
  DUE_SOON,
  OVERDUE
}
