package vn.motcua.dossier;

/**
 * How a document of the checklist was provided: a paper original or copy received, shown only, a
 * digitised file sent online, taken from the applicant's earlier dossier, or supplied by a national
 * database.
 */
public enum Provision {
  ORIGINAL,
  COPY,
  SHOWN,
  DIGITISED,
  REUSED,
  NATIONAL_DATABASE;

  /** Whether the document counts as reused data (the reuse rate's numerator). */
  public boolean reused() {
    return this == REUSED || this == NATIONAL_DATABASE;
  }
}
