package vn.motcua.dossier;

import vn.motcua.security.Actor;

/**
 * A dossier was just created or changed by one action: fired synchronously by {@link
 * DossierChanges} inside the change's transaction, after the change is written and before its audit
 * row, so that an observer (the portal's outbox) writes in the same transaction and a failure there
 * rolls the change back. The dossier knows nothing of its observers.
 *
 * <p>The dossier is the managed entity as the action left it: observers read it, never change it.
 *
 * @param dossier the dossier after the action
 * @param transition the action's entry in the history (the dossier's last)
 * @param actor who acted: a person, or a system of the province, which has no account
 */
public record DossierChanged(Dossier dossier, Transition transition, Actor actor) {

  /** Whether the action created the dossier (registered online or received at a counter). */
  public boolean created() {
    return transition.action() == DossierAction.REGISTER
        || transition.action() == DossierAction.RECEIVE;
  }

  /** Whether the action moved the dossier to another status (a creation counts). */
  public boolean statusChanged() {
    return created() || transition.from() != transition.to();
  }
}
