package vn.motcua.shared.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of a subject's audit chain as a screen shows it: who did what when, and the state before
 * and after as JSON.
 */
public record AuditEntry(
    int seq, Instant occurredAt, String actor, String action, String before, String after)
    implements Serializable {}
