package vn.motcua.dossier;

/**
 * How processing ended: the result was granted, or the agency refused to settle (with a refusal
 * slip as the result to return). Both count in the on-time rate.
 */
public enum Resolution {
  GRANTED,
  REFUSED
}
