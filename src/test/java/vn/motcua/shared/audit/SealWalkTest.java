package vn.motcua.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seals form a chain of their own, and a seal removed, changed or emptied of heads is found.
 */
class SealWalkTest {

  private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

  private static List<SealedHead> heads(int seal) {
    return List.of(
        new SealedHead("dossier", "A" + seal, 3, 10L * seal + 1, "a".repeat(64)),
        new SealedHead("dossier", "B" + seal, 1, 10L * seal + 2, "b".repeat(64)));
  }

  /** A whole chain of {@code length} seals, each over {@link #heads}. */
  private static List<AuditSeal> seals(int length) {
    List<AuditSeal> seals = new ArrayList<>();
    String prev = null;
    for (int seq = 1; seq <= length; seq++) {
      List<SealedHead> heads = heads(seq);
      AuditSeal seal =
          new AuditSeal(
              seq,
              T0.plusSeconds(600L * seq),
              T0.plusSeconds(600L * seq),
              "system",
              100 + seq,
              heads.size(),
              SealedHead.digest(heads),
              prev);
      seals.add(seal);
      prev = seal.hash();
    }
    return seals;
  }

  private static SealWalk walk(List<AuditSeal> seals, boolean withHeads) {
    SealWalk walk = new SealWalk();
    seals.forEach(s -> walk.accept(s, s.hash(), withHeads ? heads(s.seq()) : null));
    return walk;
  }

  @Test
  void wholeSealsPass() {
    SealWalk walk = walk(seals(4), true);
    assertThat(walk.firstBreak()).isEmpty();
    assertThat(walk.seals()).isEqualTo(4);
  }

  @Test
  void aRemovedSealIsNamed() {
    List<AuditSeal> seals = new ArrayList<>(seals(4));
    seals.remove(2);
    assertThat(walk(seals, false).firstBreak())
        .contains(sealBreak(3, ChainBreak.Reason.MISSING_ROW));
  }

  @Test
  void aSealChangedAfterItWasWrittenIsFound() {
    List<AuditSeal> seals = seals(3);
    SealWalk walk = new SealWalk();
    for (AuditSeal seal : seals) {
      AuditSeal stored =
          seal.seq() == 2
              ? new AuditSeal(
                  2,
                  seal.sealedAt(),
                  seal.period(),
                  seal.sealedBy(),
                  seal.watermark(),
                  seal.heads() - 1,
                  seal.headsDigest(),
                  seal.prevHash())
              : seal;
      walk.accept(stored, seal.hash(), null);
    }
    assertThat(walk.firstBreak()).contains(sealBreak(2, ChainBreak.Reason.CONTENT_CHANGED));
  }

  @Test
  void aHeadRemovedFromASealIsFoundWhenTheHeadsAreReadBack() {
    List<AuditSeal> seals = seals(2);
    SealWalk walk = new SealWalk();
    walk.accept(seals.get(0), seals.get(0).hash(), heads(1).subList(0, 1));
    walk.accept(seals.get(1), seals.get(1).hash(), heads(2));
    assertThat(walk.firstBreak()).contains(sealBreak(1, ChainBreak.Reason.CONTENT_CHANGED));
  }

  @Test
  void aSealWithItsHashRecomputedStillBreaksTheLinkOfTheNextSeal() {
    List<AuditSeal> seals = new ArrayList<>(seals(3));
    AuditSeal first = seals.get(0);
    seals.set(
        0,
        new AuditSeal(
            1,
            first.sealedAt(),
            first.period(),
            first.sealedBy(),
            first.watermark(),
            0,
            SealedHead.digest(List.of()),
            null));
    assertThat(walk(seals, false).firstBreak())
        .contains(sealBreak(2, ChainBreak.Reason.NOT_FOLLOWING));
  }

  @Test
  void theDigestOfHeadsDoesNotDependOnTheOrderTheyWereRead() {
    List<SealedHead> heads = heads(1);
    assertThat(SealedHead.digest(List.of(heads.get(1), heads.get(0))))
        .isEqualTo(SealedHead.digest(heads));
  }

  /** A break in the chain of seals, at a seal's number. */
  private static ChainBreak sealBreak(int seq, ChainBreak.Reason reason) {
    return new ChainBreak(AuditSeal.SUBJECT_TYPE, AuditSeal.SUBJECT_ID, seq, reason);
  }
}
