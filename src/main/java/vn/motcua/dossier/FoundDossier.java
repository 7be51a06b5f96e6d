package vn.motcua.dossier;

import java.io.Serializable;
import java.time.Instant;

/** A dossier as a search lists it; the center's search shows it {@link #masked()}. */
public record FoundDossier(
    String code,
    String procedureCode,
    String procedureName,
    String applicantName,
    String applicantIdNumber,
    Channel channel,
    DossierStatus status,
    Instant registeredAt,
    Instant dueAt,
    Timeliness outcome,
    DeadlineFlag flag)
    implements Serializable {

  /** The same line with the applicant's ID number masked (for those who do not handle it). */
  public FoundDossier masked() {
    return new FoundDossier(
        code,
        procedureCode,
        procedureName,
        applicantName,
        IdentityNumbers.masked(applicantIdNumber),
        channel,
        status,
        registeredAt,
        dueAt,
        outcome,
        flag);
  }
}
