package vn.motcua.dossier;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * Reading dossiers for the people who may see them: one whose unit received it, handles one of its
 * steps or returns it; the province's administrators and auditors. To anyone else a dossier does
 * not exist.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DossierService {

  @Inject private DossierRepository dossiers;

  public DossierView dossier(@NotNull Actor actor, @NotBlank String code) {
    Dossier dossier =
        dossiers
            .find(code)
            .filter(d -> mayRead(actor, d))
            .orElseThrow(() -> DossierRefusal.notFound(code));
    return DossierView.of(dossier);
  }

  /**
   * The open steps waiting in the actor's unit for one of their roles, soonest due first.
   *
   * @throws DossierRefusal when the actor does not hold the role or works in no unit
   */
  public InboxPage inbox(@NotNull Actor actor, @NotNull Role role, int first, int max) {
    if (actor.unitId() == null || !actor.has(role)) {
      throw DossierRefusal.forbidden("No inbox for " + role + " here");
    }
    return dossiers.inbox(
        actor.unitId(), role, Math.max(0, first), Math.min(Math.max(1, max), 200));
  }

  private static boolean mayRead(Actor actor, Dossier dossier) {
    return actor.system()
        || actor.has(Role.PROVINCIAL_ADMIN)
        || actor.has(Role.AUDITOR)
        || dossier.concerns(actor.unitId());
  }
}
