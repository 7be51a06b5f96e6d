package vn.motcua.dossier;

import java.io.Serializable;
import java.time.Instant;

/** A finished dossier whose result waits at the return desk of its return center. */
public record ReturnRow(
    String code,
    long version,
    String procedureName,
    String applicantName,
    String applicantIdNumber,
    Instant finishedAt,
    ReturnMethod returnMethod,
    String results)
    implements Serializable {}
