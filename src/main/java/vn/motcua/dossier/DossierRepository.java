package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where dossiers are kept. */
public interface DossierRepository {

  void add(Dossier dossier);

  /** The dossier with its steps, documents, pauses and history. */
  Optional<Dossier> find(String code);

  /**
   * The next code for a dossier received by this unit at this instant: {@code {electronic
   * id}-{yyMMdd}-{sequence}}, the sequence restarting each day (Vietnam time) per unit. Taken in
   * the caller's transaction, so a reception that rolls back gives its number back.
   */
  String nextCode(long unitId, String electronicId, Instant at);

  /** Whether this document belongs to a dossier of this applicant (for reuse). */
  boolean documentOfApplicant(long documentId, String applicantIdNumber);

  /** The applicant's dossiers, newest first. */
  List<Dossier> byApplicant(String applicantIdNumber, int max);

  /** Writes pending changes now, so that a concurrent change is detected inside the use case. */
  void flush();
}
