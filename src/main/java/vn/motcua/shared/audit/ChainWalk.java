package vn.motcua.shared.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Walks audit rows in chain order (subject, then position) and notes where each chain stops being
 * whole: a row missing, a row that does not follow its predecessor, or a row whose content no
 * longer matches the hash written with it. Only a chain's first break is reported: everything after
 * it is suspect anyway.
 */
final class ChainWalk {

  /** The most breaks kept for showing; the rest are only counted. */
  static final int KEPT = 500;

  private final List<ChainBreak> breaks = new ArrayList<>();
  private String subject;
  private String expectedPrev;
  private int expectedSeq;
  private boolean broken;
  private long rows;
  private long chains;
  private long brokenChains;

  /** The next row, with the hash stored beside it. */
  void accept(AuditRecord record, String storedHash) {
    rows++;
    String key = record.subjectType() + "\u0000" + record.subjectId();
    if (!key.equals(subject)) {
      subject = key;
      expectedPrev = null;
      expectedSeq = 1;
      broken = false;
      chains++;
    }
    if (!broken) {
      ChainBreak.Reason reason = reason(record, storedHash);
      if (reason != null) {
        broken = true;
        brokenChains++;
        if (breaks.size() < KEPT) {
          int at = reason == ChainBreak.Reason.MISSING_ROW ? expectedSeq : record.seq();
          breaks.add(new ChainBreak(record.subjectType(), record.subjectId(), at, reason));
        }
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
    return null;
  }

  ChainReport report(Duration took) {
    return new ChainReport(rows, chains, brokenChains, List.copyOf(breaks), took);
  }
}
