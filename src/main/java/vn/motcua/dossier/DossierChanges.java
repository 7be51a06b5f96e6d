package vn.motcua.dossier;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Consumer;
import java.util.logging.Logger;
import vn.motcua.security.Actor;
import vn.motcua.shared.audit.AuditTrail;

/**
 * How the dossier services write, in their transaction: a new dossier, or one action on an existing
 * one, each followed by its audit row. One place for the locking, scoping and conflict rules that
 * every use case must follow alike.
 *
 * <p>Every write fires {@link DossierChanged} synchronously, after the change is flushed and before
 * its audit row, for observers that must write in the same transaction (the portal's outbox). The
 * demo data generator ({@code internal.DossierGenerator}) writes with COPY and does not come here:
 * its dossiers fire nothing.
 */
@Dependent
public class DossierChanges {

  private static final Logger LOG = Logger.getLogger(DossierChanges.class.getName());

  @Inject private DossierRepository dossiers;
  @Inject private AuditTrail audit;
  @Inject private Event<DossierChanged> changed;

  /** Saves a dossier just registered or received, with the audit row of its creation. */
  Receipt added(Dossier dossier, Actor actor) {
    dossiers.add(dossier);
    dossiers.flush();
    changed.fire(new DossierChanged(dossier, dossier.lastTransition(), actor));
    audit.recordCreationAs(
        actor.username(),
        dossier.lastTransition().action().name(),
        "dossier",
        dossier.code(),
        AuditState.of(dossier));
    // FINE: the audit row above is the record of every creation; at the portal's rates a line
    // each at INFO flooded the log and took 1.6 % of the server's CPU.
    LOG.fine(() -> "Dossier " + dossier.code() + " " + dossier.status());
    return Receipt.of(dossier);
  }

  /**
   * Loads and locks the dossier, refuses a version other than the one the actor saw, applies the
   * action, writes it now and audits it. Two actions at once take turns on the lock; the second
   * then sees the first's version and is refused as a conflict. A dossier none of the actor's
   * unit's business does not exist for them.
   */
  Receipt change(Actor actor, String code, long version, Consumer<Dossier> action) {
    Dossier dossier = dossiers.findForChange(code).orElseThrow(() -> DossierRefusal.notFound(code));
    if (!dossier.concerns(actor.unitId()) && !actor.system()) {
      throw DossierRefusal.notFound(code);
    }
    if (dossier.version() != version) {
      throw DossierRefusal.conflict(code);
    }
    AuditState before = AuditState.of(dossier);
    action.accept(dossier);
    try {
      dossiers.flush();
    } catch (OptimisticLockException e) {
      throw DossierRefusal.conflict(code);
    }
    changed.fire(new DossierChanged(dossier, dossier.lastTransition(), actor));
    audit(dossier, actor, before);
    return Receipt.of(dossier);
  }

  private void audit(Dossier dossier, Actor actor, AuditState before) {
    audit.recordAs(
        actor.username(),
        dossier.lastTransition().action().name(),
        "dossier",
        dossier.code(),
        before,
        AuditState.of(dossier));
  }
}
