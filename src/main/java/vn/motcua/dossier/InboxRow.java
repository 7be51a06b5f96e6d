package vn.motcua.dossier;

import java.io.Serializable;
import java.time.Instant;

/** An open step in a unit's work inbox, with what the row shows of its dossier. */
public record InboxRow(
    String code,
    long version,
    String procedureCode,
    String procedureName,
    String applicantName,
    DossierStatus status,
    int step,
    String stepName,
    String assignee,
    Instant arrivedAt,
    Instant dueAt,
    DeadlineFlag flag,
    Instant dossierDueAt)
    implements Serializable {}
