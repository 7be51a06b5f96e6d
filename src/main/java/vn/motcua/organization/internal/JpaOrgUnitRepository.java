package vn.motcua.organization.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.organization.AdministrativeUnit;
import vn.motcua.organization.NewUnit;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.organization.UnitFilter;

/** Units in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public List<OrgUnit> findByKinds(Collection<OrgUnit.Kind> kinds) {
    return em.createQuery(
            "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent LEFT JOIN FETCH u.administrativeUnit"
                + " WHERE u.kind IN :kinds AND u.closedAt IS NULL ORDER BY u.kind, u.code",
            OrgUnit.class)
        .setParameter("kinds", kinds)
        .getResultList();
  }

  @Override
  public List<OrgUnit> page(UnitFilter filter, int first, int max) {
    return filtered("SELECT u FROM OrgUnit u", filter, " ORDER BY u.kind, u.name", OrgUnit.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(UnitFilter filter) {
    return filtered("SELECT count(u) FROM OrgUnit u", filter, "", Long.class).getSingleResult();
  }

  @Override
  public Optional<OrgUnit> findByCode(String code) {
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AdministrativeUnit> administrativeUnits() {
    return em.createQuery(
            "SELECT a FROM AdministrativeUnit a ORDER BY a.name", AdministrativeUnit.class)
        .getResultList();
  }

  @Override
  public Optional<OrgUnit> findCommittee(String administrativeUnitCode) {
    return em.createQuery(
            "SELECT u FROM OrgUnit u WHERE u.kind = :kind AND u.administrativeUnit.code = :commune"
                + " AND u.closedAt IS NULL",
            OrgUnit.class)
        .setParameter("kind", OrgUnit.Kind.COMMUNE_COMMITTEE)
        .setParameter("commune", administrativeUnitCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean electronicIdTaken(String electronicId) {
    return !em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.electronicId = :id", Long.class)
        .setParameter("id", electronicId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public OrgUnit add(NewUnit unit, OrgUnit parent) {
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('org_unit_seq')").getSingleResult())
            .longValue();
    OrgUnit added = new OrgUnit(id, unit, parent);
    em.persist(added);
    return added;
  }

  @Override
  public long placedStaff(OrgUnit unit) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM app_user WHERE unit_id = ?1 AND enabled")
                .setParameter(1, unit.id())
                .getSingleResult())
        .longValue();
  }

  @Override
  public long openChildren(OrgUnit unit) {
    return em.createQuery(
            "SELECT count(u) FROM OrgUnit u WHERE u.parent = :unit AND u.closedAt IS NULL",
            Long.class)
        .setParameter("unit", unit)
        .getSingleResult();
  }

  @Override
  public List<OrgUnit> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent LEFT JOIN FETCH u.administrativeUnit"
                + " WHERE u.id IN :ids",
            OrgUnit.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Map<Long, String> names(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    // Two columns, no entities: a dossier's changes ask for these names every time (its history,
    // the portal's messages), and a unit with its parent and commune is three rows to build.
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT u.id, u.name FROM OrgUnit u WHERE u.id IN :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> names.put((Long) row[0], (String) row[1]));
    return names;
  }

  @Override
  public List<OrgUnit> findCommittees(Collection<String> administrativeUnitCodes) {
    if (administrativeUnitCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT u FROM OrgUnit u JOIN FETCH u.administrativeUnit a"
                + " WHERE u.kind = :kind AND a.code IN :codes ORDER BY u.closedAt NULLS FIRST",
            OrgUnit.class)
        .setParameter("kind", OrgUnit.Kind.COMMUNE_COMMITTEE)
        .setParameter("codes", administrativeUnitCodes)
        .getResultList();
  }

  @Override
  public Province province() {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT name, full_name FROM province ORDER BY code LIMIT 1")
                .getSingleResult();
    return new Province((String) row[0], (String) row[1]);
  }

  @Override
  public Optional<OrgUnit> find(long id) {
    return Optional.ofNullable(em.find(OrgUnit.class, id));
  }

  private <T> TypedQuery<T> filtered(
      String select, UnitFilter filter, String order, Class<T> type) {
    String name = filter.name() == null ? "" : filter.name().strip().toLowerCase(Locale.ROOT);
    StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
    if (filter.kind() != null) {
      jpql.append(" AND u.kind = :kind");
    }
    if (!name.isEmpty()) {
      jpql.append(" AND LOWER(u.name) LIKE :name");
    }
    TypedQuery<T> query = em.createQuery(jpql + order, type);
    if (filter.kind() != null) {
      query.setParameter("kind", filter.kind());
    }
    if (!name.isEmpty()) {
      query.setParameter("name", "%" + name.replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return query;
  }
}
