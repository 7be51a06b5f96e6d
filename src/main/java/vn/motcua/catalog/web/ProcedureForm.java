package vn.motcua.catalog.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.ProcessTemplate;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.WorkingHours;
import vn.motcua.organization.OrgUnit;
import vn.motcua.security.Role;

/**
 * The procedure editor's working copy: plain, mutable fields the screen binds to, checked as a
 * whole on save. Each error is kept next to the field it concerns ({@link #errors()} and each
 * row's), as a message key, so that the screen shows it there; only a form without errors becomes a
 * {@link ProcedureContent}.
 */
public class ProcedureForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How the legal processing time is given. */
  public enum TimeKind {
    DAYS,
    HOURS,
    SAME_DAY
  }

  private String name;
  private String fieldCode;
  private String level = "COMMUNE";
  private String agencyKind = ProcedureContent.COMMUNE_COMMITTEE;
  private String agencyCode;
  private String competenceBasis = "APPLICANT_ADDRESS";
  private TimeKind timeKind = TimeKind.DAYS;
  private BigDecimal days;
  private Integer hours;
  private LocalTime cutOff;
  private String onlineLevel = "PARTIAL";
  private boolean nonTerritorial;
  private String portalUrl;
  private final List<DocumentRow> documents = new ArrayList<>();
  private final List<FeeRow> fees = new ArrayList<>();
  private final List<ResultRow> results = new ArrayList<>();
  private final List<StepRow> steps = new ArrayList<>();
  private final Map<String, String> errors = new HashMap<>();

  /** A form holding what a version says. */
  public static ProcedureForm of(ProcedureContent content) {
    ProcedureForm form = new ProcedureForm();
    form.name = content.name();
    form.fieldCode = content.fieldCode();
    form.level = content.level();
    form.agencyKind = content.agencyKind();
    form.agencyCode = content.agencyCode();
    form.competenceBasis = content.competenceBasis();
    ProcessingTime time = content.processingTime();
    form.days = time.workingDays();
    form.hours = time.workingHours();
    form.cutOff = time.sameDayCutOff();
    form.timeKind =
        time.workingDays() != null
            ? TimeKind.DAYS
            : time.workingHours() != null ? TimeKind.HOURS : TimeKind.SAME_DAY;
    form.onlineLevel = content.onlineLevel();
    form.nonTerritorial = content.nonTerritorial();
    form.portalUrl = content.portalUrl();
    content.documents().forEach(d -> form.documents.add(DocumentRow.of(d)));
    content.fees().forEach(f -> form.fees.add(FeeRow.of(f)));
    content.results().forEach(r -> form.results.add(new ResultRow(r)));
    content.process().steps().forEach(s -> form.steps.add(StepRow.of(s)));
    return form;
  }

  /**
   * Checks every field and row, keeping each error beside its field.
   *
   * @return the content, or null when there is an error
   */
  public ProcedureContent check() {
    errors.clear();
    if (blank(name)) {
      errors.put("name", "editor.error.required");
    }
    if (blank(fieldCode)) {
      errors.put("field", "editor.error.required");
    }
    boolean namedAgency = !ProcedureContent.COMMUNE_COMMITTEE.equals(agencyKind);
    if (namedAgency && blank(agencyCode)) {
      errors.put("agency", "editor.error.agency");
    }
    ProcessingTime time = processingTime();
    if (time == null) {
      errors.put("time", "editor.error.time");
    }
    boolean rowsValid = true;
    for (DocumentRow row : documents) {
      rowsValid &= row.check();
    }
    for (FeeRow row : fees) {
      rowsValid &= row.check();
    }
    for (ResultRow row : results) {
      rowsValid &= row.check();
    }
    for (StepRow row : steps) {
      rowsValid &= row.check();
    }
    if (steps.isEmpty()) {
      errors.put("steps", "editor.error.noSteps");
    } else if (rowsValid && time != null && !budgetTotal().equals(time.workingTime())) {
      errors.put("steps", "editor.error.budgetTotal");
    }
    if (!errors.isEmpty() || !rowsValid) {
      return null;
    }
    return new ProcedureContent(
        name.strip(),
        fieldCode,
        level,
        agencyKind,
        namedAgency ? agencyCode : null,
        competenceBasis,
        time,
        onlineLevel,
        nonTerritorial,
        blank(portalUrl) ? null : portalUrl.strip(),
        documents.stream().map(DocumentRow::toDocument).toList(),
        fees.stream().map(FeeRow::toFee).toList(),
        results.stream().map(r -> r.name.strip()).toList(),
        new ProcessTemplate(steps.stream().map(StepRow::toStep).toList()));
  }

  /**
   * Whether a part of the form holds an error since the last check: {@code general}, {@code steps},
   * {@code documents}, {@code fees} or {@code results}; so that the editor marks the tab.
   */
  public boolean invalid(String part) {
    return switch (part) {
      case "general" -> errors.keySet().stream().anyMatch(key -> !key.equals("steps"));
      case "steps" ->
          errors.containsKey("steps") || steps.stream().anyMatch(r -> !r.errors.isEmpty());
      case "documents" -> documents.stream().anyMatch(r -> !r.errors.isEmpty());
      case "fees" -> fees.stream().anyMatch(r -> !r.errors.isEmpty());
      case "results" -> results.stream().anyMatch(r -> !r.errors.isEmpty());
      default -> throw new IllegalArgumentException(part);
    };
  }

  /** The legal processing time as given, or null while it is incomplete or invalid. */
  public ProcessingTime processingTime() {
    try {
      return switch (timeKind) {
        case DAYS -> days == null ? null : ProcessingTime.ofWorkingDays(days);
        case HOURS -> hours == null ? null : ProcessingTime.ofWorkingHours(hours);
        case SAME_DAY -> cutOff == null ? null : ProcessingTime.sameDay(cutOff);
      };
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The step budgets added up; steps whose budget is not yet valid count as zero. */
  public Duration budgetTotal() {
    return steps.stream()
        .map(StepRow::minutes)
        .filter(m -> m != null && m > 0)
        .map(Duration::ofMinutes)
        .reduce(Duration.ZERO, Duration::plus);
  }

  /** Whether the budgets add up to the legal time: what the editor shows beside the total. */
  public boolean isBudgetBalanced() {
    ProcessingTime time = processingTime();
    return time != null && budgetTotal().equals(time.workingTime());
  }

  /** The step total in hours, for the page to format in the user's language. */
  public BigDecimal getBudgetTotalHours() {
    return StepRow.hours(budgetTotal().toMinutes());
  }

  /** The legal time in working hours; null while it is incomplete or invalid. */
  public BigDecimal getLegalTimeHours() {
    ProcessingTime time = processingTime();
    return time == null ? null : StepRow.hours(time.workingTime().toMinutes());
  }

  public void addDocument() {
    documents.add(new DocumentRow());
  }

  public void addFee() {
    fees.add(new FeeRow());
  }

  public void addResult() {
    results.add(new ResultRow(""));
  }

  public void addStep() {
    steps.add(new StepRow());
  }

  public void remove(Object row) {
    documents.remove(row);
    fees.remove(row);
    results.remove(row);
    steps.remove(row);
  }

  /** Moves a step one place earlier. */
  public void moveUp(StepRow row) {
    int at = steps.indexOf(row);
    if (at > 0) {
      steps.add(at - 1, steps.remove(at));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** A required document being edited. */
  public static class DocumentRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private String form = "ORIGINAL";
    private Integer sets = 1;
    private String nationalDatabase;
    private boolean reusable = true;
    private String source = "administrator";
    private final Map<String, String> errors = new HashMap<>();

    static DocumentRow of(ProcedureContent.Document d) {
      DocumentRow row = new DocumentRow();
      row.code = d.code();
      row.name = d.name();
      row.form = d.form();
      row.sets = d.sets();
      row.nationalDatabase = d.nationalDatabase();
      row.reusable = d.reusable();
      row.source = d.source();
      return row;
    }

    boolean check() {
      errors.clear();
      if (blank(name)) {
        errors.put("name", "editor.error.required");
      }
      if (sets == null || sets < 1) {
        errors.put("sets", "editor.error.sets");
      }
      return errors.isEmpty();
    }

    ProcedureContent.Document toDocument() {
      return new ProcedureContent.Document(
          blank(code) ? null : code.strip(),
          name.strip(),
          form,
          sets,
          blank(nationalDatabase) ? null : nationalDatabase.strip(),
          reusable,
          source);
    }

    public Map<String, String> getErrors() {
      return errors;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getForm() {
      return form;
    }

    public void setForm(String form) {
      this.form = form;
    }

    public Integer getSets() {
      return sets;
    }

    public void setSets(Integer sets) {
      this.sets = sets;
    }

    public String getNationalDatabase() {
      return nationalDatabase;
    }

    public void setNationalDatabase(String nationalDatabase) {
      this.nationalDatabase = nationalDatabase;
    }

    public boolean isReusable() {
      return reusable;
    }

    public void setReusable(boolean reusable) {
      this.reusable = reusable;
    }

    public String getSource() {
      return source;
    }
  }

  /** A fee being edited. */
  public static class FeeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private Long amount;
    private String rule = "FIXED";
    private String exemption;
    private String source = "administrator";
    private final Map<String, String> errors = new HashMap<>();

    static FeeRow of(ProcedureContent.Fee f) {
      FeeRow row = new FeeRow();
      row.name = f.name();
      row.amount = f.amount();
      row.rule = f.rule();
      row.exemption = f.exemption();
      row.source = f.source();
      return row;
    }

    boolean check() {
      errors.clear();
      if (blank(name)) {
        errors.put("name", "editor.error.required");
      }
      if (amount == null) {
        errors.put("amount", "editor.error.required");
      } else if (amount < 0) {
        errors.put("amount", "editor.error.feeNegative");
      }
      return errors.isEmpty();
    }

    ProcedureContent.Fee toFee() {
      return new ProcedureContent.Fee(
          name.strip(), amount, rule, blank(exemption) ? null : exemption.strip(), source);
    }

    public Map<String, String> getErrors() {
      return errors;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Long getAmount() {
      return amount;
    }

    public void setAmount(Long amount) {
      this.amount = amount;
    }

    public String getRule() {
      return rule;
    }

    public void setRule(String rule) {
      this.rule = rule;
    }

    public String getExemption() {
      return exemption;
    }

    public void setExemption(String exemption) {
      this.exemption = exemption;
    }

    public String getSource() {
      return source;
    }
  }

  /** A result document being edited. */
  public static class ResultRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private final Map<String, String> errors = new HashMap<>();

    ResultRow(String name) {
      this.name = name;
    }

    boolean check() {
      errors.clear();
      if (blank(name)) {
        errors.put("name", "editor.error.required");
      }
      return errors.isEmpty();
    }

    public Map<String, String> getErrors() {
      return errors;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  /**
   * A process step being edited. Its budget is typed in working hours (decimals allowed) and kept
   * in minutes; hours that are no whole number of minutes are refused.
   */
  public static class StepRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private String name;
    private Role role;
    private OrgUnit.Kind unit;
    private BigDecimal budgetHours;
    private final Map<String, String> errors = new HashMap<>();

    static StepRow of(ProcessStep step) {
      StepRow row = new StepRow();
      row.name = step.name();
      row.role = step.performerRole();
      row.unit = step.performerUnit();
      row.budgetHours = hours(step.budget().toMinutes());
      return row;
    }

    static BigDecimal hours(long minutes) {
      return BigDecimal.valueOf(minutes)
          .divide(SIXTY, 2, RoundingMode.HALF_UP)
          .stripTrailingZeros();
    }

    /** The budget in minutes; null when it is missing or no whole number of minutes. */
    Long minutes() {
      if (budgetHours == null) {
        return null;
      }
      BigDecimal minutes = budgetHours.multiply(SIXTY).stripTrailingZeros();
      return minutes.scale() > 0 ? null : minutes.longValueExact();
    }

    boolean check() {
      errors.clear();
      if (blank(name)) {
        errors.put("name", "editor.error.required");
      }
      if (role == null || unit == null) {
        errors.put("performer", "editor.error.performer");
      }
      Long minutes = minutes();
      if (minutes == null || minutes <= 0) {
        errors.put("budget", "editor.error.budget");
      }
      return errors.isEmpty();
    }

    ProcessStep toStep() {
      return new ProcessStep(name.strip(), role, unit, Duration.ofMinutes(minutes()));
    }

    public Map<String, String> getErrors() {
      return errors;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Role getRole() {
      return role;
    }

    public void setRole(Role role) {
      this.role = role;
    }

    public OrgUnit.Kind getUnit() {
      return unit;
    }

    public void setUnit(OrgUnit.Kind unit) {
      this.unit = unit;
    }

    public BigDecimal getBudgetHours() {
      return budgetHours;
    }

    public void setBudgetHours(BigDecimal budgetHours) {
      this.budgetHours = budgetHours;
    }
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getFieldCode() {
    return fieldCode;
  }

  public void setFieldCode(String fieldCode) {
    this.fieldCode = fieldCode;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getAgencyKind() {
    return agencyKind;
  }

  public void setAgencyKind(String agencyKind) {
    this.agencyKind = agencyKind;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public void setAgencyCode(String agencyCode) {
    this.agencyCode = agencyCode;
  }

  public String getCompetenceBasis() {
    return competenceBasis;
  }

  public void setCompetenceBasis(String competenceBasis) {
    this.competenceBasis = competenceBasis;
  }

  public TimeKind getTimeKind() {
    return timeKind;
  }

  public void setTimeKind(TimeKind timeKind) {
    this.timeKind = timeKind;
  }

  public BigDecimal getDays() {
    return days;
  }

  public void setDays(BigDecimal days) {
    this.days = days;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }

  public LocalTime getCutOff() {
    return cutOff;
  }

  public void setCutOff(LocalTime cutOff) {
    this.cutOff = cutOff;
  }

  public String getOnlineLevel() {
    return onlineLevel;
  }

  public void setOnlineLevel(String onlineLevel) {
    this.onlineLevel = onlineLevel;
  }

  public boolean isNonTerritorial() {
    return nonTerritorial;
  }

  public void setNonTerritorial(boolean nonTerritorial) {
    this.nonTerritorial = nonTerritorial;
  }

  public String getPortalUrl() {
    return portalUrl;
  }

  public void setPortalUrl(String portalUrl) {
    this.portalUrl = portalUrl;
  }

  public List<DocumentRow> getDocuments() {
    return documents;
  }

  public List<FeeRow> getFees() {
    return fees;
  }

  public List<ResultRow> getResults() {
    return results;
  }

  public List<StepRow> getSteps() {
    return steps;
  }

  /** Hours in a working day, for the page's hint beside the legal time. */
  public long getWorkingDayHours() {
    return WorkingHours.WORKING_DAY.toHours();
  }
}
