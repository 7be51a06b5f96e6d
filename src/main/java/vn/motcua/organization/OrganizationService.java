package vn.motcua.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The organisation as others need it: which units receive dossiers, where staff work. */
@Stateless
public class OrganizationService {

  @Inject private OrgUnitRepository units;

  /** The provincial center, the commune centers and the reception points, with their parents. */
  public List<OrgUnit> serviceCenters() {
    return units.findByKinds(OrgUnit.Kind.RECEIVING);
  }

  /** Every unit, receiving units first, by code: where staff can be placed. */
  public List<OrgUnit> units() {
    return units.findByKinds(EnumSet.allOf(OrgUnit.Kind.class));
  }

  /** The unit with this id, if it exists. */
  public Optional<OrgUnit> unit(long id) {
    return units.find(id);
  }

  /** The unit with this code, if it exists. */
  public Optional<OrgUnit> unit(String code) {
    return units.findByCode(code);
  }

  /** The commune-level units of the province, by name: where applicants live. */
  public List<AdministrativeUnit> administrativeUnits() {
    return units.administrativeUnits();
  }

  /** The People's Committee of a commune-level unit (by its administrative unit code). */
  public Optional<OrgUnit> communeCommittee(String administrativeUnitCode) {
    return units.findCommittee(administrativeUnitCode);
  }
}
