package vn.motcua.dossier;

import java.time.Instant;

/**
 * A line of a center's tracking book (form 07): a dossier the center received, from reception to
 * return.
 */
public record TrackingEntry(
    String code,
    String procedureName,
    int sets,
    String applicantName,
    String applicantAddress,
    String applicantPhone,
    String competentUnitName,
    Instant receivedAt,
    Instant appointmentAt,
    Instant finishedAt,
    Instant returnedAt,
    DossierStatus status,
    Resolution resolution,
    Timeliness outcome,
    boolean apologized) {}
