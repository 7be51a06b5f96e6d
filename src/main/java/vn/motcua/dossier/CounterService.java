package vn.motcua.dossier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.document.FileInfo;
import vn.motcua.document.FileStore;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrganizationService;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * What a receiving clerk's counter needs before a dossier is received: the clerk's center, the
 * procedures it may receive, a procedure's checklist and fees, and the scans the clerk uploads.
 * Receiving itself is {@link ReceptionService#receive}.
 */
@Stateless
public class CounterService {

  @Inject private OrganizationService organization;
  @Inject private CatalogService catalog;
  @Inject private FileStore files;

  /** The clerk's center, and where results may be returned. */
  public CounterDesk desk(@NotNull Actor actor) {
    OrgUnit center = center(actor);
    List<CounterDesk.Place> returns =
        organization.serviceCenters().stream()
            .filter(unit -> !unit.closed())
            .sorted(Comparator.comparing((OrgUnit unit) -> unit.id() != center.id()))
            .map(unit -> new CounterDesk.Place(unit.id(), unit.name()))
            .toList();
    return new CounterDesk(
        center.id(),
        center.name(),
        level(center),
        returns,
        organization.administrativeUnits().stream()
            .map(unit -> new CounterDesk.Commune(unit.code(), unit.fullName()))
            .toList());
  }

  /**
   * The procedures the clerk's center may receive whose name or code matches the words, with or
   * without diacritics, best first.
   */
  public List<ProcedureSummary> procedures(
      @NotNull Actor actor, @Size(max = 200) String text, @Min(1) @Max(50) int max) {
    OrgUnit center = center(actor);
    return catalog
        .search(new ProcedureQuery(text, null, null, null, level(center), 0, max))
        .items();
  }

  /** The current version of a procedure as the counter shows it, fees counted for the copies. */
  public CounterForm form(
      @NotNull Actor actor, @NotBlank String procedureCode, @Min(1) @Max(100) int copies) {
    center(actor);
    ProcedureVersion version = catalog.currentVersion(procedureCode);
    ProcedureDetail procedure = version.detail();
    return new CounterForm(
        procedureCode,
        procedure.summary().name(),
        version.id(),
        procedure.summary().processingDays(),
        procedure.summary().processingHours(),
        procedure.summary().nonTerritorial(),
        procedure.competenceBasis(),
        Checklist.of(procedure).items(),
        FeeDue.of(procedure, copies));
  }

  /**
   * Keeps a scan or an upload of a document until the dossier is received (its own transaction, so
   * that a refused dossier does not lose the clerk's scans).
   */
  public FileInfo upload(@NotNull Actor actor, @NotNull InputStream content, String fileName) {
    center(actor);
    return files.store(content, fileName, actor.username());
  }

  private OrgUnit center(Actor actor) {
    if (actor.system() || actor.unitId() == null || !actor.has(Role.RECEIVING_CLERK)) {
      throw DossierRefusal.forbidden("Only receiving clerks of a center use the counter");
    }
    return organization
        .unit(actor.unitId())
        .filter(unit -> !unit.closed() && unit.kind().receives())
        .orElseThrow(() -> DossierRefusal.forbidden("The clerk's unit does not receive dossiers"));
  }

  /** A center receives the procedures of its level: a reception point those of its center. */
  private static String level(OrgUnit center) {
    OrgUnit served = center.kind() == OrgUnit.Kind.RECEPTION_POINT ? center.parent() : center;
    return served.kind() == OrgUnit.Kind.PROVINCIAL_CENTER ? "PROVINCE" : "COMMUNE";
  }
}
