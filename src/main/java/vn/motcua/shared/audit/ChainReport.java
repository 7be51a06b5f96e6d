package vn.motcua.shared.audit;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * What a verification of the audit trail found.
 *
 * @param rows how many rows were read
 * @param chains how many subjects' chains they make
 * @param brokenChains how many of those chains are not whole
 * @param breaks where the first of them break (at most {@link ChainWalk#KEPT})
 * @param took how long the verification took
 */
public record ChainReport(
    long rows, long chains, long brokenChains, List<ChainBreak> breaks, Duration took)
    implements Serializable {

  public boolean whole() {
    return brokenChains == 0;
  }
}
