package vn.motcua.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation as others need it: which units receive dossiers, where staff work.
 *
 * <p>A CDI bean, not an EJB, as every service an online submission calls often
 * (docs/architecture.md).
 */
@ApplicationScoped
@Transactional
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

  /** The names of these units (open or closed), by id, in one query; unknown ids are left out. */
  public Map<Long, String> names(Collection<Long> ids) {
    return units.names(Set.copyOf(ids));
  }

  /**
   * How each of these units heads the documents it issues, by id; unknown ids are left out. A few
   * queries whatever the number of units: the units, the parents of reception points, the
   * committees of the communes, the province.
   */
  public Map<Long, UnitHeading> headings(Collection<Long> ids) {
    Map<Long, OrgUnit> byId = new HashMap<>();
    units.findAll(Set.copyOf(ids)).forEach(u -> byId.put(u.id(), u));
    // A reception point is headed by its center, whose commune is the point's place.
    Set<Long> parents =
        byId.values().stream()
            .filter(u -> u.parent() != null && !byId.containsKey(u.parent().id()))
            .map(u -> u.parent().id())
            .collect(Collectors.toSet());
    Map<Long, OrgUnit> all = new HashMap<>(byId);
    units.findAll(parents).forEach(u -> all.put(u.id(), u));
    Set<String> communes =
        byId.values().stream()
            .filter(u -> u.kind() == OrgUnit.Kind.COMMUNE_CENTER)
            .map(u -> u.administrativeUnit().code())
            .collect(Collectors.toSet());
    Map<String, String> committees = new HashMap<>();
    units
        .findCommittees(communes)
        .forEach(c -> committees.putIfAbsent(c.administrativeUnit().code(), c.name()));
    OrgUnitRepository.Province province = units.province();
    Map<Long, UnitHeading> headings = new HashMap<>();
    for (OrgUnit unit : byId.values()) {
      headings.put(unit.id(), heading(unit, all, committees, province));
    }
    return headings;
  }

  private static UnitHeading heading(
      OrgUnit unit,
      Map<Long, OrgUnit> all,
      Map<String, String> committees,
      OrgUnitRepository.Province province) {
    // The provincial People's Committee is no unit of MotCua's: it is named from the province.
    String provincialCommittee = "Ủy ban nhân dân " + lowerFirst(province.fullName());
    return switch (unit.kind()) {
      case PROVINCIAL_CENTER, PROVINCIAL_DEPARTMENT ->
          new UnitHeading(unit.id(), unit.name(), provincialCommittee, province.name());
      case COMMUNE_CENTER ->
          new UnitHeading(
              unit.id(),
              unit.name(),
              committees.get(unit.administrativeUnit().code()),
              unit.administrativeUnit().name());
      case RECEPTION_POINT -> {
        OrgUnit center = all.get(unit.parent().id());
        String suffix = " (" + center.name() + ")";
        String name =
            unit.name().endsWith(suffix)
                ? unit.name().substring(0, unit.name().length() - suffix.length())
                : unit.name();
        yield new UnitHeading(
            unit.id(),
            name,
            center.name(),
            center.administrativeUnit() == null
                ? province.name()
                : center.administrativeUnit().name());
      }
      case COMMUNE_COMMITTEE ->
          new UnitHeading(unit.id(), unit.name(), null, unit.administrativeUnit().name());
      case VERTICAL_AGENCY -> new UnitHeading(unit.id(), unit.name(), null, province.name());
    };
  }

  private static String lowerFirst(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** The People's Committee of a commune-level unit (by its administrative unit code). */
  public Optional<OrgUnit> communeCommittee(String administrativeUnitCode) {
    return units.findCommittee(administrativeUnitCode);
  }
}
