package vn.motcua.shared.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks the seals in order and notes where their own chain first stops being whole: a seal missing,
 * out of turn, not following its predecessor, or changed (its fields, or, when its heads are read
 * back, the heads it commits to). Seals after the first break are only counted.
 */
final class SealWalk {

  private long seals;
  private int expectedSeq = 1;
  private String expectedPrev;
  private ChainBreak firstBreak;

  /**
   * The next seal, with the hash stored beside it.
   *
   * @param heads the heads stored for it, to recompute its digest; null to trust the stored digest
   *     (a verification of one kind of subject or one subject reads only the seals themselves)
   */
  void accept(AuditSeal seal, String storedHash, List<SealedHead> heads) {
    seals++;
    if (firstBreak == null) {
      ChainBreak.Reason reason = reason(seal, storedHash, heads);
      if (reason != null) {
        int at = reason == ChainBreak.Reason.MISSING_ROW ? expectedSeq : seal.seq();
        firstBreak = new ChainBreak(AuditSeal.SUBJECT_TYPE, AuditSeal.SUBJECT_ID, at, reason);
      }
    }
    expectedPrev = storedHash;
    expectedSeq = seal.seq() + 1;
  }

  private ChainBreak.Reason reason(AuditSeal seal, String storedHash, List<SealedHead> heads) {
    if (seal.seq() > expectedSeq) {
      return ChainBreak.Reason.MISSING_ROW;
    }
    if (seal.seq() < expectedSeq) {
      return ChainBreak.Reason.OUT_OF_TURN;
    }
    if (!Objects.equals(seal.prevHash(), expectedPrev)) {
      return ChainBreak.Reason.NOT_FOLLOWING;
    }
    if (!seal.hash().equals(storedHash)) {
      return ChainBreak.Reason.CONTENT_CHANGED;
    }
    if (heads != null
        && (heads.size() != seal.heads() || !SealedHead.digest(heads).equals(seal.headsDigest()))) {
      return ChainBreak.Reason.CONTENT_CHANGED;
    }
    return null;
  }

  long seals() {
    return seals;
  }

  Optional<ChainBreak> firstBreak() {
    return Optional.ofNullable(firstBreak);
  }
}
