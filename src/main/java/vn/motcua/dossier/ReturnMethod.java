package vn.motcua.dossier;

/** How the applicant gets the result: at the return center, by post, or electronically. */
public enum ReturnMethod {
  AT_CENTER,
  POST,
  ONLINE
}
