package vn.motcua.catalog;

import java.util.List;

/** Everything the catalog says about the current version of a procedure. */
public record ProcedureDetail(
    ProcedureSummary summary,
    int version,
    String agencyKind,
    String agencyCode,
    String competenceBasis,
    String portalUrl,
    String source,
    List<Document> documents,
    List<FeeItem> fees,
    List<String> results,
    List<Step> steps) {

  /**
   * A document the applicant provides, or that a national database provides instead ({@code
   * nationalDatabase}); {@code reusable}: it may be taken from the applicant's earlier dossiers.
   */
  public record Document(
      String code,
      String name,
      String form,
      int sets,
      String nationalDatabase,
      boolean reusable,
      String source) {}

  /** A fee or charge. */
  public record FeeItem(String name, long amount, String rule, String exemption, String source) {}

  /** A step of the internal process, with its budget in working minutes. */
  public record Step(String name, String performerRole, String performerUnit, int budgetMinutes) {}
}
