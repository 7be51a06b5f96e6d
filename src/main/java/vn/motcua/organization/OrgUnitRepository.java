package vn.motcua.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where units are kept. */
public interface OrgUnitRepository {

  /** Open units of these kinds with their parent and administrative unit loaded, by code. */
  List<OrgUnit> findByKinds(Collection<OrgUnit.Kind> kinds);

  /** One page of the units the filter lets through, by kind and name. */
  List<OrgUnit> page(UnitFilter filter, int first, int max);

  long count(UnitFilter filter);

  Optional<OrgUnit> find(long id);

  Optional<OrgUnit> findByCode(String code);

  /** The open People's Committee of a commune-level unit. */
  List<AdministrativeUnit> administrativeUnits();

  Optional<OrgUnit> findCommittee(String administrativeUnitCode);

  boolean electronicIdTaken(String electronicId);

  /** Stores a unit the administrator opens. */
  OrgUnit add(NewUnit unit, OrgUnit parent);

  /** How many enabled accounts work in the unit. */
  long placedStaff(OrgUnit unit);

  /** How many open units (reception points) the unit is the parent of. */
  long openChildren(OrgUnit unit);
}
