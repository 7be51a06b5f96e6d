package vn.motcua.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

  private static BusinessException notFound(long id) {
    return new BusinessException(
        BusinessException.Kind.NOT_FOUND, "unit-not-found", "No unit " + id);
  }
}
