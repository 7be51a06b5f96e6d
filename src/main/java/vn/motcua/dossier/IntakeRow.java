package vn.motcua.dossier;

import java.io.Serializable;
import java.time.Instant;

/** A dossier registered online, waiting for its center to accept or refuse it. */
public record IntakeRow(
    String code,
    long version,
    Instant registeredAt,
    String procedureCode,
    String procedureName,
    ApplicantType applicantType,
    String applicantName,
    int documents)
    implements Serializable {}
