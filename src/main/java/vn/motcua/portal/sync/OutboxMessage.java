package vn.motcua.portal.sync;

import java.io.Serializable;
import java.time.Instant;

/** One outbox message as the administrator's screen lists it (without its payload). */
public record OutboxMessage(
    long id,
    String dossierCode,
    String service,
    OutboxState state,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant sentAt)
    implements Serializable {}
