package vn.motcua.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import vn.motcua.organization.OrgUnit;
import vn.motcua.security.Role;

/**
 * What one version of a procedure says: who settles it, in how long, with which papers and fees,
 * through which internal steps. Valid by construction: a content whose step budgets do not add up
 * to the legal time, or with a fee below zero, cannot exist, so it cannot be saved half-right.
 */
public record ProcedureContent(
    String name,
    String fieldCode,
    String level,
    String agencyKind,
    String agencyCode,
    String competenceBasis,
    ProcessingTime processingTime,
    String onlineLevel,
    boolean nonTerritorial,
    String portalUrl,
    List<Document> documents,
    List<Fee> fees,
    List<String> results,
    ProcessTemplate process) {

  public static final List<String> LEVELS = List.of("COMMUNE", "PROVINCE");
  public static final String COMMUNE_COMMITTEE = "COMMUNE_COMMITTEE";
  public static final List<String> AGENCY_KINDS =
      List.of(COMMUNE_COMMITTEE, "PROVINCIAL_DEPARTMENT", "VERTICAL_AGENCY");
  public static final List<String> ONLINE_LEVELS = List.of("FULL", "PARTIAL");

  /**
   * Whose address decides the competent commune: the applicant's (where they live) or the subject's
   * (where the land or the works are).
   */
  public static final List<String> COMPETENCE_BASES =
      List.of("APPLICANT_ADDRESS", "SUBJECT_ADDRESS");

  public ProcedureContent {
    requireText(name, "A procedure needs a name");
    requireText(fieldCode, "A procedure needs a field");
    requireOneOf(level, LEVELS, "level");
    requireOneOf(agencyKind, AGENCY_KINDS, "agency kind");
    if (COMMUNE_COMMITTEE.equals(agencyKind) != (agencyCode == null)) {
      throw new IllegalArgumentException(
          "A named agency settles unless the commune's People's Committee does");
    }
    requireOneOf(competenceBasis, COMPETENCE_BASES, "competence basis");
    Objects.requireNonNull(processingTime, "A procedure needs a legal processing time");
    requireOneOf(onlineLevel, ONLINE_LEVELS, "online level");
    Objects.requireNonNull(process, "A procedure needs an internal process");
    process.requireBudgetsMatch(processingTime);
    name = name.strip();
    agencyCode = trimmed(agencyCode);
    portalUrl = trimmed(portalUrl);
    documents = List.copyOf(documents);
    fees = List.copyOf(fees);
    results.forEach(result -> requireText(result, "A result document needs a name"));
    results = results.stream().map(String::strip).toList();
  }

  /** The content of a version as the catalog shows it. */
  public static ProcedureContent of(ProcedureDetail detail) {
    ProcedureSummary summary = detail.summary();
    return new ProcedureContent(
        summary.name(),
        summary.fieldCode(),
        summary.level(),
        detail.agencyKind(),
        detail.agencyCode(),
        detail.competenceBasis(),
        new ProcessingTime(
            summary.processingDays(), summary.processingHours(), summary.sameDayCutOff()),
        summary.onlineLevel(),
        summary.nonTerritorial(),
        detail.portalUrl(),
        detail.documents().stream()
            .map(
                d ->
                    new Document(
                        d.code(),
                        d.name(),
                        d.form(),
                        d.sets(),
                        d.nationalDatabase(),
                        d.reusable(),
                        d.source()))
            .toList(),
        detail.fees().stream()
            .map(f -> new Fee(f.name(), f.amount(), f.rule(), f.exemption(), f.source()))
            .toList(),
        detail.results(),
        new ProcessTemplate(
            detail.steps().stream()
                .map(
                    s ->
                        new ProcessStep(
                            s.name(),
                            Role.valueOf(s.performerRole()),
                            OrgUnit.Kind.valueOf(s.performerUnit()),
                            Duration.ofMinutes(s.budgetMinutes())))
                .toList()));
  }

  /** A document the applicant provides, or that a national database provides instead. */
  public record Document(
      String code,
      String name,
      String form,
      int sets,
      String nationalDatabase,
      boolean reusable,
      String source) {

    public static final List<String> FORMS = List.of("ORIGINAL", "COPY", "SHOWN");

    public Document {
      requireText(name, "A required document needs a name");
      requireOneOf(form, FORMS, "document form");
      if (sets < 1) {
        throw new IllegalArgumentException("'" + name + "' needs at least one set");
      }
      requireText(source, "Where '" + name + "' comes from is unknown");
      code = trimmed(code);
      name = name.strip();
      nationalDatabase = trimmed(nationalDatabase);
    }
  }

  /** A fee or charge: a fixed amount, or an amount per copy or per page; exemptions in words. */
  public record Fee(String name, long amount, String rule, String exemption, String source) {

    public static final List<String> RULES = List.of("FIXED", "PER_COPY", "PER_PAGE");

    public Fee {
      requireText(name, "A fee needs a name");
      if (amount < 0) {
        throw new IllegalArgumentException("Fee '" + name + "' is below zero");
      }
      requireOneOf(rule, RULES, "fee rule");
      requireText(source, "Where fee '" + name + "' comes from is unknown");
      name = name.strip();
      exemption = trimmed(exemption);
    }
  }

  /** The total of the step budgets, for a screen that compares it with the legal time. */
  public Duration budgetTotal() {
    return process.totalBudget();
  }

  /**
   * Text without the blanks around it, null when there is none: surrounding blanks mean nothing,
   * and two contents that differ only by them are the same content.
   */
  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void requireText(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void requireOneOf(String value, List<String> allowed, String what) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException("Unknown " + what + ": " + value);
    }
  }
}
