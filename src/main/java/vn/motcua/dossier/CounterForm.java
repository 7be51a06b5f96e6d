package vn.motcua.dossier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A procedure's current version as the counter shows it: what to check, what it costs, how long it
 * takes, and whose address decides the competent commune.
 */
public record CounterForm(
    String procedureCode,
    String procedureName,
    long versionId,
    BigDecimal processingDays,
    Integer processingHours,
    boolean nonTerritorial,
    String competenceBasis,
    List<Checklist.Item> checklist,
    List<FeeDue> fees)
    implements Serializable {

  public long total() {
    return fees.stream().mapToLong(FeeDue::total).sum();
  }

  /**
   * Whether the competent commune is the subject's (a land parcel, a house), not the applicant's.
   */
  public boolean bySubjectAddress() {
    return "SUBJECT_ADDRESS".equals(competenceBasis);
  }
}
