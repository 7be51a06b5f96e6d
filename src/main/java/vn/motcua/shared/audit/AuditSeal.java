package vn.motcua.shared.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One seal of the audit trail: when it was made and by whom, the period it stands for (null when an
 * auditor asked for it), where the next seal starts reading ({@code watermark}), how many chain
 * heads it commits to and their digest, and the previous seal's hash, which chains the seals.
 */
public record AuditSeal(
    int seq,
    Instant sealedAt,
    Instant period,
    String sealedBy,
    long watermark,
    int heads,
    String headsDigest,
    String prevHash) {

  /** How a break of the seals' own chain is named among the subjects' chains. */
  public static final String SUBJECT_TYPE = "audit-seal";

  public static final String SUBJECT_ID = "seals";

  public AuditSeal {
    Objects.requireNonNull(sealedAt);
    Objects.requireNonNull(sealedBy);
    Objects.requireNonNull(headsDigest);
    // The database keeps microseconds: hash what is stored.
    sealedAt = sealedAt.truncatedTo(ChronoUnit.MICROS);
    period = period == null ? null : period.truncatedTo(ChronoUnit.MICROS);
  }

  /** SHA-256 over every field, length-prefixed, the previous seal's hash included. */
  public String hash() {
    return new FieldDigest()
        .add(
            Integer.toString(seq),
            sealedAt.toString(),
            period == null ? null : period.toString(),
            sealedBy,
            Long.toString(watermark),
            Integer.toString(heads),
            headsDigest,
            prevHash)
        .hex();
  }
}
