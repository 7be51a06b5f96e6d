package vn.motcua.shared.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Walks audit rows in chain order (subject, then position) and notes where each chain stops being
 * whole: a row missing, a row that does not follow its predecessor, a row whose content no longer
 * matches the hash written with it, or, against the heads the seals saw, a chain that ends before
 * its sealed head or reaches it through another row. Only a chain's first break is reported:
 * everything after it is suspect anyway.
 */
final class ChainWalk {

  /** The most breaks kept for showing; the rest are only counted. */
  static final int KEPT = 500;

  private final List<ChainBreak> breaks = new ArrayList<>();

  /** Sealed heads of chains not reached yet, by chain. */
  private final Map<String, SealedHead> sealed = new HashMap<>();

  private String subject;
  private String subjectType;
  private String subjectId;
  private SealedHead head;
  private String expectedPrev;
  private int expectedSeq;
  private boolean broken;
  private long rows;
  private long chains;
  private long brokenChains;

  static String chainKey(String subjectType, String subjectId) {
    return subjectType + "\u0000" + subjectId;
  }

  /**
   * The latest sealed heads of chains the walk is about to read (or of chains gone altogether),
   * given before their rows. A chain without a sealed head is checked on its hashes alone.
   */
  void expect(Collection<SealedHead> heads) {
    heads.forEach(h -> sealed.put(h.chain(), h));
  }

  /** The next row, with the hash stored beside it. */
  void accept(AuditRecord record, String storedHash) {
    rows++;
    String key = chainKey(record.subjectType(), record.subjectId());
    if (!key.equals(subject)) {
      endChain();
      subject = key;
      subjectType = record.subjectType();
      subjectId = record.subjectId();
      head = sealed.remove(key);
      expectedPrev = null;
      expectedSeq = 1;
      broken = false;
      chains++;
    }
    if (!broken) {
      ChainBreak.Reason reason = reason(record, storedHash);
      if (reason != null) {
        int at = reason == ChainBreak.Reason.MISSING_ROW ? expectedSeq : record.seq();
        breakAt(at, reason);
      }
    }
    expectedPrev = storedHash;
    expectedSeq = record.seq() + 1;
  }

  private ChainBreak.Reason reason(AuditRecord record, String storedHash) {
    if (record.seq() > expectedSeq) {
      return ChainBreak.Reason.MISSING_ROW;
    }
    if (record.seq() < expectedSeq) {
      return ChainBreak.Reason.OUT_OF_TURN;
    }
    if (!Objects.equals(record.prevHash(), expectedPrev)) {
      return ChainBreak.Reason.NOT_FOLLOWING;
    }
    if (!record.hash().equals(storedHash)) {
      return ChainBreak.Reason.CONTENT_CHANGED;
    }
    if (head != null && record.seq() == head.seq() && !storedHash.equals(head.eventHash())) {
      return ChainBreak.Reason.SEALED_HEAD_CHANGED;
    }
    return null;
  }

  /** A whole chain that stops short of its sealed head has lost its last rows. */
  private void endChain() {
    if (subject != null && !broken && head != null && expectedSeq <= head.seq()) {
      breakAt(expectedSeq, ChainBreak.Reason.SEALED_ROWS_MISSING);
    }
  }

  private void breakAt(int seq, ChainBreak.Reason reason) {
    broken = true;
    brokenChains++;
    if (breaks.size() < KEPT) {
      breaks.add(new ChainBreak(subjectType, subjectId, seq, reason));
    }
  }

  ChainReport report(Duration took) {
    endChain();
    subject = null;
    // Sealed chains of which not one row is left.
    List<SealedHead> gone = new ArrayList<>(sealed.values());
    gone.sort(Comparator.comparing(SealedHead::subjectType).thenComparing(SealedHead::subjectId));
    for (SealedHead lost : gone) {
      chains++;
      subjectType = lost.subjectType();
      subjectId = lost.subjectId();
      breakAt(1, ChainBreak.Reason.SEALED_ROWS_MISSING);
    }
    sealed.clear();
    return new ChainReport(rows, chains, brokenChains, List.copyOf(breaks), 0, took);
  }
}
