package vn.motcua.dossier;

import vn.motcua.shared.problem.BusinessException;

/**
 * A dossier use case refused for a business reason other than the state: wrong center for a
 * territorial procedure, missing document, an actor who may not act, a stale version. The code
 * names the reason for screens and for the problem type.
 */
public class DossierRefusal extends BusinessException {

  private static final long serialVersionUID = 1L;

  public DossierRefusal(Kind kind, String code, String message) {
    super(kind, code, message);
  }

  public static DossierRefusal invalid(String code, String message) {
    return new DossierRefusal(Kind.INVALID, code, message);
  }

  public static DossierRefusal forbidden(String message) {
    return new DossierRefusal(Kind.FORBIDDEN, "not-your-dossier", message);
  }

  public static DossierRefusal notFound(String code) {
    return new DossierRefusal(Kind.NOT_FOUND, "dossier-not-found", "No dossier " + code);
  }

  /** A slip the dossier had no occasion for: no refusal slip for a dossier nobody refused. */
  public static DossierRefusal noSlip(String code, String slip) {
    return new DossierRefusal(
        Kind.NOT_FOUND, "slip-not-issued", "Dossier " + code + " has no " + slip + " slip");
  }

  public static DossierRefusal conflict(String code) {
    return new DossierRefusal(
        Kind.CONFLICT,
        "dossier-changed",
        "Dossier " + code + " was changed by someone else meanwhile; reload it and try again");
  }
}
