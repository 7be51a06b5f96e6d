package vn.motcua.dossier;

import vn.motcua.shared.problem.BusinessException;

/** An action tried in a state that does not allow it; names both. */
public class IllegalTransitionException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final DossierAction action;
  private final DossierStatus status;

  public IllegalTransitionException(String dossier, DossierAction action, DossierStatus status) {
    super(
        Kind.CONFLICT,
        "illegal-transition",
        "Dossier "
            + dossier
            + " is "
            + status
            + " (status "
            + status.code()
            + "): "
            + action
            + " is allowed only when it is "
            + action.from());
    this.action = action;
    this.status = status;
  }

  public DossierAction action() {
    return action;
  }

  public DossierStatus status() {
    return status;
  }
}
