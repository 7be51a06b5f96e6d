package vn.motcua.organization.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrgUnitRepository;

/** Units in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public List<OrgUnit> findByKinds(Collection<OrgUnit.Kind> kinds) {
    return em.createQuery(
            "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent LEFT JOIN FETCH u.administrativeUnit"
                + " WHERE u.kind IN :kinds ORDER BY u.kind, u.code",
            OrgUnit.class)
        .setParameter("kinds", kinds)
        .getResultList();
  }
}
