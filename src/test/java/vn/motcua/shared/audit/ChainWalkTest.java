package vn.motcua.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verifier finds every kind of tampering, at the row where it shows, once per chain. */
class ChainWalkTest {

  private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

  /** A whole chain of {@code length} rows for one subject. */
  private static List<AuditRecord> chain(String subject, int length) {
    List<AuditRecord> rows = new ArrayList<>();
    String prev = null;
    for (int seq = 1; seq <= length; seq++) {
      AuditRecord row =
          new AuditRecord(
              T0.plusSeconds(seq),
              "clerk",
              "STEP_" + seq,
              "dossier",
              subject,
              seq,
              null,
              "{\"n\":" + seq + "}",
              prev);
      rows.add(row);
      prev = row.hash();
    }
    return rows;
  }

  private static ChainReport walk(List<AuditRecord> rows, List<String> storedHashes) {
    ChainWalk walk = new ChainWalk();
    for (int i = 0; i < rows.size(); i++) {
      walk.accept(rows.get(i), storedHashes.get(i));
    }
    return walk.report(Duration.ZERO);
  }

  private static ChainReport walk(List<AuditRecord> rows) {
    return walk(rows, rows.stream().map(AuditRecord::hash).toList());
  }

  @Test
  void wholeChainsPass() {
    List<AuditRecord> rows = new ArrayList<>(chain("A", 3));
    rows.addAll(chain("B", 2));
    ChainReport report = walk(rows);
    assertThat(report.whole()).isTrue();
    assertThat(report.rows()).isEqualTo(5);
    assertThat(report.chains()).isEqualTo(2);
  }

  @Test
  void aChangedRowIsFoundWhereItWasChanged() {
    List<AuditRecord> rows = chain("A", 3);
    List<String> stored = rows.stream().map(AuditRecord::hash).toList();
    AuditRecord second = rows.get(1);
    List<AuditRecord> tampered = new ArrayList<>(rows);
    tampered.set(
        1,
        new AuditRecord(
            second.occurredAt(),
            "someone else",
            second.action(),
            "dossier",
            "A",
            2,
            null,
            second.afterState(),
            second.prevHash()));
    ChainReport report = walk(tampered, stored);
    assertThat(report.breaks())
        .containsExactly(new ChainBreak("dossier", "A", 2, ChainBreak.Reason.CONTENT_CHANGED));
  }

  @Test
  void aRowWithItsHashRecomputedStillBreaksTheLinkOfTheNextRow() {
    List<AuditRecord> rows = new ArrayList<>(chain("A", 3));
    AuditRecord second = rows.get(1);
    AuditRecord forged =
        new AuditRecord(
            second.occurredAt(),
            second.actor(),
            second.action(),
            "dossier",
            "A",
            2,
            null,
            "{\"n\":99}",
            second.prevHash());
    rows.set(1, forged);
    ChainReport report = walk(rows);
    assertThat(report.breaks())
        .containsExactly(new ChainBreak("dossier", "A", 3, ChainBreak.Reason.NOT_FOLLOWING));
  }

  @Test
  void aRemovedRowIsNamed() {
    List<AuditRecord> rows = new ArrayList<>(chain("A", 4));
    rows.remove(1);
    assertThat(walk(rows).breaks())
        .containsExactly(new ChainBreak("dossier", "A", 2, ChainBreak.Reason.MISSING_ROW));
  }

  @Test
  void aChainWithoutItsFirstRowIsBroken() {
    List<AuditRecord> rows = new ArrayList<>(chain("A", 2));
    rows.remove(0);
    assertThat(walk(rows).breaks())
        .containsExactly(new ChainBreak("dossier", "A", 1, ChainBreak.Reason.MISSING_ROW));
  }

  @Test
  void eachBrokenChainIsReportedOnceAndOthersStayWhole() {
    List<AuditRecord> a = new ArrayList<>(chain("A", 5));
    a.remove(3);
    a.remove(1);
    List<AuditRecord> rows = new ArrayList<>(a);
    rows.addAll(chain("B", 3));
    ChainReport report = walk(rows);
    assertThat(report.brokenChains()).isEqualTo(1);
    assertThat(report.chains()).isEqualTo(2);
    assertThat(report.breaks()).extracting(ChainBreak::subjectId).containsExactly("A");
  }

  @Test
  void onlyTheFirstBreaksAreKeptButAllAreCounted() {
    List<AuditRecord> rows = new ArrayList<>();
    for (int i = 0; i < ChainWalk.KEPT + 7; i++) {
      List<AuditRecord> chain = chain("S" + i, 2);
      rows.add(chain.get(1));
    }
    ChainReport report = walk(rows);
    assertThat(report.brokenChains()).isEqualTo(ChainWalk.KEPT + 7);
    assertThat(report.breaks()).hasSize(ChainWalk.KEPT);
  }

  /** The head a seal would record of a chain: its last row. */
  private static SealedHead sealedHead(List<AuditRecord> chain) {
    AuditRecord last = chain.get(chain.size() - 1);
    return new SealedHead(
        last.subjectType(), last.subjectId(), last.seq(), 1000 + last.seq(), last.hash());
  }

  private static ChainReport walkSealed(List<SealedHead> heads, List<AuditRecord> rows) {
    ChainWalk walk = new ChainWalk();
    walk.expect(heads);
    rows.forEach(row -> walk.accept(row, row.hash()));
    return walk.report(Duration.ZERO);
  }

  @Test
  void chainsThatReachTheirSealedHeadOrGrewBeyondItPass() {
    List<AuditRecord> a = chain("A", 3);
    List<AuditRecord> b = chain("B", 5);
    List<AuditRecord> rows = new ArrayList<>(a);
    rows.addAll(b);
    ChainReport report = walkSealed(List.of(sealedHead(a), sealedHead(b.subList(0, 2))), rows);
    assertThat(report.whole()).isTrue();
    assertThat(report.chains()).isEqualTo(2);
  }

  @Test
  void aChainWhoseLastRowsWereRemovedAfterTheSealIsFoundAtTheFirstMissingRow() {
    List<AuditRecord> a = chain("A", 4);
    List<AuditRecord> rows = new ArrayList<>(a.subList(0, 2));
    rows.addAll(chain("B", 2));
    ChainReport report = walkSealed(List.of(sealedHead(a)), rows);
    assertThat(report.breaks())
        .containsExactly(new ChainBreak("dossier", "A", 3, ChainBreak.Reason.SEALED_ROWS_MISSING));
    assertThat(report.brokenChains()).isEqualTo(1);
  }

  @Test
  void aSealedChainOfWhichNoRowIsLeftIsFoundAtItsFirstRow() {
    List<AuditRecord> gone = chain("A", 2);
    ChainReport report = walkSealed(List.of(sealedHead(gone)), chain("B", 2));
    assertThat(report.breaks())
        .containsExactly(new ChainBreak("dossier", "A", 1, ChainBreak.Reason.SEALED_ROWS_MISSING));
    assertThat(report.chains()).isEqualTo(2);
  }

  @Test
  void aChainRewrittenWithFreshHashesIsFoundAtItsSealedHead() {
    List<AuditRecord> original = chain("A", 3);
    List<AuditRecord> rewritten = new ArrayList<>();
    String prev = null;
    for (AuditRecord row : original) {
      AuditRecord forged =
          new AuditRecord(
              row.occurredAt(),
              "someone else",
              row.action(),
              "dossier",
              "A",
              row.seq(),
              null,
              row.afterState(),
              prev);
      rewritten.add(forged);
      prev = forged.hash();
    }
    ChainReport report = walkSealed(List.of(sealedHead(original)), rewritten);
    assertThat(report.breaks())
        .containsExactly(new ChainBreak("dossier", "A", 3, ChainBreak.Reason.SEALED_HEAD_CHANGED));
  }

  @Test
  void aChainBrokenInsideIsReportedOnceEvenWhenItAlsoMissesItsSealedHead() {
    List<AuditRecord> a = chain("A", 4);
    List<AuditRecord> rows = new ArrayList<>(a.subList(0, 3));
    rows.remove(1);
    ChainReport report = walkSealed(List.of(sealedHead(a)), rows);
    assertThat(report.breaks())
        .containsExactly(new ChainBreak("dossier", "A", 2, ChainBreak.Reason.MISSING_ROW));
    assertThat(report.brokenChains()).isEqualTo(1);
  }

  @Test
  void aSealedHeadGivenBeforeAnEarlierBatchIsStillCheckedWhenItsChainEndsInALaterOne() {
    List<AuditRecord> a = chain("A", 4);
    ChainWalk walk = new ChainWalk();
    walk.expect(List.of(sealedHead(a)));
    walk.accept(a.get(0), a.get(0).hash());
    walk.expect(List.of());
    walk.accept(a.get(1), a.get(1).hash());
    assertThat(walk.report(Duration.ZERO).breaks())
        .containsExactly(new ChainBreak("dossier", "A", 3, ChainBreak.Reason.SEALED_ROWS_MISSING));
  }
}
