package vn.motcua.dossier;

import java.io.Serializable;
import java.time.Instant;

/**
 * What reception tells the applicant: the dossier code and, once the clock runs, the appointment.
 * The receipt and appointment slip (form 01) is printed from it.
 */
public record Receipt(
    String code,
    DossierStatus status,
    Instant registeredAt,
    Instant receivedAt,
    Instant dueAt,
    Instant appointmentAt,
    long version)
    implements Serializable {

  static Receipt of(Dossier dossier) {
    return new Receipt(
        dossier.code(),
        dossier.status(),
        dossier.registeredAt(),
        dossier.receivedAt(),
        dossier.dueAt(),
        dossier.appointmentAt(),
        dossier.version());
  }
}
