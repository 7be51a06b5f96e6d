package vn.motcua.shared.audit;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a verification of the audit trail found.
 *
 * @param rows how many rows were read
 * @param chains how many subjects' chains they make
 * @param brokenChains how many of those chains are not whole
 * @param breaks where the first of them break (at most {@link ChainWalk#KEPT})
 * @param seals how many seals were checked (their own chain is counted among the broken chains, and
 *     its break comes first, when it is not whole)
 * @param took how long the verification took
 */
public record ChainReport(
    long rows, long chains, long brokenChains, List<ChainBreak> breaks, long seals, Duration took)
    implements Serializable {

  /** This report with what the walk of the seals found. */
  ChainReport withSeals(long sealsChecked, Optional<ChainBreak> sealBreak) {
    if (sealBreak.isEmpty()) {
      return new ChainReport(rows, chains, brokenChains, breaks, sealsChecked, took);
    }
    List<ChainBreak> all = new ArrayList<>();
    all.add(sealBreak.get());
    all.addAll(breaks);
    return new ChainReport(rows, chains, brokenChains + 1, List.copyOf(all), sealsChecked, took);
  }

  public boolean whole() {
    return brokenChains == 0;
  }
}
