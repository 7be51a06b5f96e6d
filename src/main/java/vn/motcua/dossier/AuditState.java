package vn.motcua.dossier;

import java.time.Instant;

/**
 * A dossier as the audit trail records it before and after each change: its state, where it is and
 * who acts, its clocks, and the unit the actor acted from.
 */
public record AuditState(
    int status,
    Integer step,
    Long stepUnit,
    String assignee,
    Instant dueAt,
    Instant appointmentAt,
    String resolution,
    String outcome,
    Long actorUnit,
    String note) {

  static AuditState of(Dossier dossier) {
    DossierStep step = dossier.current().orElse(null);
    Transition last = dossier.history().isEmpty() ? null : dossier.lastTransition();
    return new AuditState(
        dossier.status().code(),
        step == null ? null : step.position(),
        step == null ? null : step.unitId(),
        step == null ? null : step.assignee(),
        dossier.dueAt(),
        dossier.appointmentAt(),
        dossier.resolution().map(Enum::name).orElse(null),
        dossier.outcome().map(Enum::name).orElse(null),
        last == null ? null : last.unitId(),
        last == null ? null : last.note());
  }
}
