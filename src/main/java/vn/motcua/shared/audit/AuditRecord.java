package vn.motcua.shared.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One row of the audit trail: who did what to which subject, with the state before and after (JSON,
 * or null), its place in the subject's chain and the hash of the previous row.
 */
public record AuditRecord(
    Instant occurredAt,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    int seq,
    String beforeState,
    String afterState,
    String prevHash) {

  public AuditRecord {
    Objects.requireNonNull(occurredAt);
    Objects.requireNonNull(actor);
    Objects.requireNonNull(action);
    Objects.requireNonNull(subjectType);
    Objects.requireNonNull(subjectId);
    // The database keeps microseconds: hash what is stored.
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * SHA-256 over every field, each length-prefixed so that no two different rows can produce the
   * same input, and over the previous hash, which chains the row to its predecessor.
   */
  public String hash() {
    return new FieldDigest()
        .add(
            occurredAt.toString(),
            actor,
            action,
            subjectType,
            subjectId,
            Integer.toString(seq),
            beforeState,
            afterState,
            prevHash)
        .hex();
  }
}
