package vn.motcua.shared.audit;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The head of one subject's audit chain as a seal saw it: the last row's id, its position in the
 * chain and its hash. The verifier expects the chain to reach at least that far, through that row.
 */
public record SealedHead(
    String subjectType, String subjectId, int seq, long eventId, String eventHash)
    implements Serializable {

  public SealedHead {
    Objects.requireNonNull(subjectType);
    Objects.requireNonNull(subjectId);
    Objects.requireNonNull(eventHash);
  }

  /** The chain this head belongs to, as {@link ChainWalk} keys chains. */
  String chain() {
    return ChainWalk.chainKey(subjectType, subjectId);
  }

  /**
   * The digest a seal keeps of its heads: every head in the order of its row's id (a number, so the
   * order does not depend on the database's collation).
   */
  static String digest(List<SealedHead> heads) {
    FieldDigest digest = new FieldDigest();
    heads.stream()
        .sorted(Comparator.comparingLong(SealedHead::eventId))
        .forEach(h -> h.addTo(digest));
    return digest.hex();
  }

  /** Adds this head to a seal's digest; heads must come in the order of their row's id. */
  void addTo(FieldDigest digest) {
    digest.add(Long.toString(eventId), subjectType, subjectId, Integer.toString(seq), eventHash);
  }
}
