package vn.motcua.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import vn.motcua.security.Role;
import vn.motcua.shared.audit.AuditTrail;
import vn.motcua.shared.problem.BusinessException;

/**
 * The provincial administrator keeps the organisation's details: how to reach each unit and where
 * its fees are paid. Two administrators editing one unit: the second save is refused, nothing is
 * lost. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.PROVINCIAL_ADMIN)
public class OrganizationAdminService {

  static final String SUBJECT = "org-unit";

  @Inject private OrgUnitRepository units;
  @Inject private AuditTrail audit;

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  public List<OrgUnit> units(@NotNull UnitFilter filter, int first, int max) {
    return units.page(filter, first, max);
  }

  public long count(@NotNull UnitFilter filter) {
    return units.count(filter);
  }

  public OrgUnit unit(long id) {
    return units.find(id).orElseThrow(() -> notFound(id));
  }

  /**
   * Saves a unit's details, if nobody changed the unit since {@code version} was read.
   *
   * @throws BusinessException a conflict when someone else saved first
   */
  public OrgUnit changeDetails(long id, long version, @NotNull @Valid UnitDetails details) {
    OrgUnit unit = units.find(id).orElseThrow(() -> notFound(id));
    if (unit.version() != version) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "edited-concurrently",
          "Someone else changed "
              + unit.name()
              + " meanwhile; reload it and apply your change again");
    }
    UnitDetails before = unit.details();
    unit.changeDetails(details);
    em.flush(); // the version check of JPA, for a save racing this one
    audit.record("UNIT_DETAILS_CHANGED", SUBJECT, unit.code(), before, details);
    return unit;
  }

  /** The centers a reception point may open under. */
  public List<OrgUnit> centers() {
    return units.findByKinds(List.of(OrgUnit.Kind.PROVINCIAL_CENTER, OrgUnit.Kind.COMMUNE_CENTER));
  }

  /**
   * Opens a reception point, a provincial department or a vertical agency.
   *
   * @throws BusinessException when the kind is not one opened here, a reception point has no center
   *     or electronic identifier, or the code or identifier is taken
   */
  public OrgUnit open(@NotNull @Valid NewUnit unit) {
    OrgUnit parent = null;
    switch (unit.kind()) {
      case RECEPTION_POINT -> {
        parent = unit.parentId() == null ? null : units.find(unit.parentId()).orElse(null);
        if (parent == null
            || parent.closed()
            || !parent.kind().receives()
            || parent.kind() == OrgUnit.Kind.RECEPTION_POINT) {
          throw invalid("reception-point-needs-center", "A reception point opens under a center");
        }
        if (unit.electronicId() == null) {
          throw invalid(
              "electronic-id-required", "A unit that receives dossiers needs an electronic id");
        }
        if (units.electronicIdTaken(unit.electronicId())) {
          throw new BusinessException(
              BusinessException.Kind.CONFLICT,
              "duplicate-electronic-id",
              "Electronic id " + unit.electronicId() + " is taken");
        }
      }
      case PROVINCIAL_DEPARTMENT, VERTICAL_AGENCY -> {
        if (unit.electronicId() != null || unit.parentId() != null) {
          throw invalid(
              "agency-not-receiving", "An agency settles dossiers; it has no center or identifier");
        }
      }
      default ->
          throw invalid(
              "unit-fixed-by-law",
              "Centers and commune committees follow the administrative map; they are not opened"
                  + " here");
    }
    if (units.findByCode(unit.code()).isPresent()) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "duplicate-unit-code",
          "There is already a unit " + unit.code());
    }
    OrgUnit opened = units.add(unit, parent);
    em.flush(); // a unique key lost to a racing request fails here, inside the transaction
    audit.record("UNIT_OPENED", SUBJECT, opened.code(), null, unit);
    return opened;
  }

  /**
   * Closes a unit nobody works in any more, if nobody changed it since {@code version} was read.
   *
   * @throws BusinessException when staff are still placed there, reception points are open under
   *     it, it follows the administrative map, or someone else changed it first
   */
  public void close(long id, long version) {
    OrgUnit unit = units.find(id).orElseThrow(() -> notFound(id));
    if (unit.version() != version) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "edited-concurrently",
          "Someone else changed " + unit.name() + " meanwhile; reload it");
    }
    if (unit.closed()) {
      return;
    }
    if (EnumSet.of(
            OrgUnit.Kind.PROVINCIAL_CENTER,
            OrgUnit.Kind.COMMUNE_CENTER,
            OrgUnit.Kind.COMMUNE_COMMITTEE)
        .contains(unit.kind())) {
      throw invalid(
          "unit-fixed-by-law", "Centers and commune committees follow the administrative map");
    }
    long staff = units.placedStaff(unit);
    if (staff > 0) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "unit-has-staff",
          staff + " account(s) still work in " + unit.name() + "; move them first");
    }
    if (units.openChildren(unit) > 0) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "unit-has-open-points",
          "Reception points under " + unit.name() + " are still open");
    }
    unit.close(Instant.now());
    em.flush();
    audit.record("UNIT_CLOSED", SUBJECT, unit.code(), "open", "closed");
  }

  private static BusinessException invalid(String code, String message) {
    return new BusinessException(BusinessException.Kind.INVALID, code, message);
  }

  private static BusinessException notFound(long id) {
    return new BusinessException(
        BusinessException.Kind.NOT_FOUND, "unit-not-found", "No unit " + id);
  }
}
