package vn.motcua.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where units are kept. */
public interface OrgUnitRepository {

  /** Units of these kinds with their parent and administrative unit loaded, by code. */
  List<OrgUnit> findByKinds(Collection<OrgUnit.Kind> kinds);

  /** One page of the units the filter lets through, by kind and name. */
  List<OrgUnit> page(UnitFilter filter, int first, int max);

  long count(UnitFilter filter);

  Optional<OrgUnit> find(long id);
}
