package vn.motcua.dossier;

import java.io.Serializable;
import java.time.Instant;

/** A dossier as a search lists it. */
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
    implements Serializable {}
