package vn.motcua.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where units are kept. */
public interface OrgUnitRepository {

  /** Open units of these kinds with their parent and administrative unit loaded, by code. */
  List<OrgUnit> findByKinds(Collection<OrgUnit.Kind> kinds);

  /** One page of the units the filter lets through, by kind and name. */
  List<OrgUnit> page(UnitFilter filter, int first, int max);

  long count(UnitFilter filter);

  Optional<OrgUnit> find(long id);

  /** The units with these ids, open or closed, with their parent and administrative unit loaded. */
  List<OrgUnit> findAll(Collection<Long> ids);

  /** The names of the units with these ids, open or closed, by id; unknown ids are left out. */
  Map<Long, String> names(Collection<Long> ids);

  /** The People's Committees (open or closed) of these commune-level units. */
  List<OrgUnit> findCommittees(Collection<String> administrativeUnitCodes);

  /** The province this installation serves: its short name and full name. */
  Province province();

  /** A province: {@code Quảng Ninh}, {@code Tỉnh Quảng Ninh}. */
  record Province(String name, String fullName) {}

  Optional<OrgUnit> findByCode(String code);

  /** The commune-level units of the province, by name. */
  List<AdministrativeUnit> administrativeUnits();

  /** The open People's Committee of a commune-level unit. */
  Optional<OrgUnit> findCommittee(String administrativeUnitCode);

  boolean electronicIdTaken(String electronicId);

  /** Stores a unit the administrator opens. */
  OrgUnit add(NewUnit unit, OrgUnit parent);

  /** How many enabled accounts work in the unit. */
  long placedStaff(OrgUnit unit);

  /** How many open units (reception points) the unit is the parent of. */
  long openChildren(OrgUnit unit);
}
