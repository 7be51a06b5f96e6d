package vn.motcua.dossier;

/** A citizen's gender as the population database records it. */
public enum Gender {
  MALE,
  FEMALE
}
