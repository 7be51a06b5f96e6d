package vn.motcua.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.security.Role;
import vn.motcua.shared.audit.AuditEntry;
import vn.motcua.shared.audit.AuditTrail;
import vn.motcua.shared.problem.BusinessException;

/**
 * The provincial administrator keeps the catalog: a change to a procedure is saved as a new
 * version, so that dossiers received under the old one keep what they were received with. Two
 * administrators editing one procedure: the second save is refused, nothing is lost. Audited.
 */
@Stateless
@RolesAllowed(Role.Names.PROVINCIAL_ADMIN)
public class ProcedureAdminService {

  static final String SUBJECT = "procedure";
  private static final Pattern CODE = Pattern.compile("[0-9]\\.[0-9]{6}");

  @Inject private ProcedureRepository procedures;
  @Inject private ProcedureVersions versions;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;

  /** The current version of a procedure, ready to edit. */
  public EditableProcedure open(@NotNull String code) {
    ProcedureDetail detail = procedures.findCurrent(code).orElseThrow(() -> notFound(code));
    long lock = versions.lockVersion(code).orElseThrow(() -> notFound(code));
    return new EditableProcedure(
        code, lock, detail.version(), detail.source(), ProcedureContent.of(detail));
  }

  /**
   * Saves {@code content} as the procedure's new current version, if nobody saved the procedure
   * since {@code lockVersion} was read.
   *
   * @return the new version's number, or the current one when {@code content} is what it says
   * @throws BusinessException a conflict when someone else saved first
   */
  public int saveNewVersion(
      @NotNull String code, long lockVersion, @NotNull ProcedureContent content) {
    EditableProcedure before = open(code);
    if (before.content().equals(content) && before.lockVersion() == lockVersion) {
      return before.number(); // nothing changed: no new version, nothing to audit
    }
    requireField(content);
    if (!versions.claim(code, lockVersion)) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "edited-concurrently",
          "Someone else saved procedure " + code + " meanwhile; reload it and apply your change");
    }
    int number = versions.addVersion(code, content, provenance());
    audit.record(
        "PROCEDURE_VERSION_SAVED",
        SUBJECT,
        code,
        new Snapshot(before.number(), before.content()),
        new Snapshot(number, content));
    return number;
  }

  /**
   * Adds a procedure to the catalog.
   *
   * @throws BusinessException when the code is malformed or already in the catalog
   */
  public void create(@NotNull String code, @NotNull ProcedureContent content) {
    requireNewCode(code);
    requireField(content);
    versions.create(code, content, provenance());
    audit.record("PROCEDURE_CREATED", SUBJECT, code, null, new Snapshot(1, content));
  }

  /**
   * Checks that a code may name a new procedure.
   *
   * @throws BusinessException when the code is malformed or already in the catalog
   */
  public void requireNewCode(@NotNull String code) {
    if (!CODE.matcher(code).matches()) {
      throw new BusinessException(
          BusinessException.Kind.INVALID,
          "malformed-procedure-code",
          "A national procedure code looks like 1.000123");
    }
    if (versions.lockVersion(code).isPresent()) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "duplicate-procedure-code",
          "Procedure " + code + " is already in the catalog");
    }
  }

  /** Every version of a procedure, the newest first. */
  public List<ProcedureVersions.VersionInfo> versions(@NotNull String code) {
    return versions.versions(code);
  }

  /** The latest changes of a procedure, the newest first. */
  public List<AuditEntry> history(@NotNull String code) {
    return audit.history(SUBJECT, code, 50);
  }

  /** What the audit keeps of a version. */
  public record Snapshot(int version, ProcedureContent content) {}

  private void requireField(ProcedureContent content) {
    if (!versions.fieldExists(content.fieldCode())) {
      throw new BusinessException(
          BusinessException.Kind.INVALID,
          "unknown-field",
          "There is no field " + content.fieldCode());
    }
  }

  /** A saved version was set by a named administrator; estimates of the seed are thus confirmed. */
  private String provenance() {
    Principal caller = security.getCallerPrincipal();
    return "administrator " + (caller == null ? "system" : caller.getName());
  }

  private static BusinessException notFound(String code) {
    return new BusinessException(
        BusinessException.Kind.NOT_FOUND, "procedure-not-found", "No procedure with code " + code);
  }
}
