package vn.motcua.organization;

import java.util.Collection;
import java.util.List;

/** Where units are kept. */
public interface OrgUnitRepository {

  /** Units of these kinds with their parent and administrative unit loaded, by code. */
  List<OrgUnit> findByKinds(Collection<OrgUnit.Kind> kinds);
}
