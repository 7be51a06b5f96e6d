package vn.motcua.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.EditableProcedure;
import vn.motcua.catalog.ProcedureAdminService;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureRepository;
import vn.motcua.catalog.ProcedureVersions;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrganizationAdminService;
import vn.motcua.organization.UnitFilter;
import vn.motcua.security.Role;
import vn.motcua.shared.problem.BusinessException;

/**
 * The procedure editor: opens the current version of one procedure (view parameter {@code code}),
 * or an empty form for a new one, and saves the form as a new version. Holds the form, the lock
 * version it was read at, and the lists the selects offer.
 */
@Named
@ViewScoped
public class ProcedureEditorBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  /** An agency a procedure may name. */
  public record Agency(String code, String name) implements Serializable {}

  /** A line of the history: a version, or an audited change. */
  public record Line(String when, String who, String what) implements Serializable {}

  @Inject private ProcedureAdminService admin;
  @Inject private CatalogService catalog;
  @Inject private OrganizationAdminService organization;

  private String code;
  private boolean creating;
  private boolean found;
  private long lockVersion;
  private int number;
  private String source;
  private ProcedureForm form;
  private List<ProcedureRepository.FieldCount> fields;
  private List<Agency> agencies;
  private List<Line> versions;
  private List<Line> changes;

  /** The view action: loads the procedure the URL names, or starts a new one. */
  public void load() {
    if (fields == null) {
      fields = catalog.fields();
      agencies =
          Stream.of(OrgUnit.Kind.PROVINCIAL_DEPARTMENT, OrgUnit.Kind.VERTICAL_AGENCY)
              .flatMap(kind -> organization.units(new UnitFilter(kind, null), 0, 500).stream())
              .map(u -> new Agency(u.code(), u.name()))
              .toList();
    }
    if (form != null) {
      return; // a postback of the same view keeps the form being edited
    }
    if (code == null || code.isBlank()) {
      creating = true;
      found = true;
      form = new ProcedureForm();
      form.addStep();
      versions = List.of();
      changes = List.of();
      return;
    }
    try {
      reload();
      found = true;
    } catch (BusinessException e) {
      found = false;
    }
  }

  private void reload() {
    EditableProcedure procedure = admin.open(code);
    lockVersion = procedure.lockVersion();
    number = procedure.number();
    source = procedure.source();
    form = ProcedureForm.of(procedure.content());
    versions =
        admin.versions(code).stream()
            .map(v -> new Line(when(v.createdAt()), v.source(), versionLabel(v)))
            .toList();
    changes =
        admin.history(code).stream()
            .map(e -> new Line(when(e.occurredAt()), e.actor(), e.action()))
            .toList();
  }

  private static String versionLabel(ProcedureVersions.VersionInfo version) {
    return String.valueOf(version.number()) + (version.current() ? " *" : "");
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ProcedureContent content = form.check();
    if (creating) {
      code = code == null ? "" : code.strip();
      try {
        admin.requireNewCode(code);
      } catch (BusinessException e) {
        form.getErrors().put("code", messageKey(e));
        content = null;
      }
    }
    if (content == null) {
      error(faces, text(faces, "editor.invalid"));
      return;
    }
    try {
      if (creating) {
        admin.create(code, content);
        creating = false;
        reload();
        info(faces, MessageFormat.format(text(faces, "editor.created"), code));
      } else {
        int saved = admin.saveNewVersion(code, lockVersion, content);
        if (saved == number) {
          info(faces, text(faces, "editor.unchanged"));
          return;
        }
        reload();
        info(faces, MessageFormat.format(text(faces, "editor.saved"), saved));
      }
    } catch (BusinessException e) {
      error(faces, text(faces, messageKey(e)));
    }
  }

  private static String messageKey(BusinessException e) {
    return switch (e.code()) {
      case "edited-concurrently" -> "editor.conflict";
      case "duplicate-procedure-code" -> "editor.duplicateCode";
      case "malformed-procedure-code" -> "editor.malformedCode";
      default -> "editor.invalid";
    };
  }

  private static void info(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static void error(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  private static String text(FacesContext faces, String key) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.getString(key);
  }

  private static String when(Instant instant) {
    return WHEN.format(instant);
  }

  public ProcedureForm getForm() {
    return form;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isCreating() {
    return creating;
  }

  public boolean isFound() {
    return found;
  }

  public int getNumber() {
    return number;
  }

  public String getSource() {
    return source;
  }

  public List<ProcedureRepository.FieldCount> getFields() {
    return fields;
  }

  public List<Agency> getAgencies() {
    return agencies;
  }

  public List<Line> getVersions() {
    return versions;
  }

  public List<Line> getChanges() {
    return changes;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public OrgUnit.Kind[] getUnitKinds() {
    return OrgUnit.Kind.values();
  }

  public ProcedureForm.TimeKind[] getTimeKinds() {
    return ProcedureForm.TimeKind.values();
  }

  /** The values the content allows, in the order the selects offer them. */
  public List<String> getLevels() {
    return ProcedureContent.LEVELS;
  }

  public List<String> getAgencyKinds() {
    return ProcedureContent.AGENCY_KINDS;
  }

  public List<String> getDocumentForms() {
    return ProcedureContent.Document.FORMS;
  }

  public List<String> getFeeRules() {
    return ProcedureContent.Fee.RULES;
  }

  public List<String> getOnlineLevels() {
    return ProcedureContent.ONLINE_LEVELS;
  }

  public List<String> getCompetenceBases() {
    return ProcedureContent.COMPETENCE_BASES;
  }
}
