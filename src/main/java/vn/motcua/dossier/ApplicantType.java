package vn.motcua.dossier;

/** Who applies: a citizen (12-digit ID number) or an organisation (tax code). */
public enum ApplicantType {
  CITIZEN,
  ORGANIZATION
}
