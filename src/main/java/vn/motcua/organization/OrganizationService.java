package vn.motcua.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The organisation as others need it: which units receive dossiers. */
@Stateless
public class OrganizationService {

  @Inject private OrgUnitRepository units;

  /** The provincial center, the commune centers and the reception points, with their parents. */
  public List<OrgUnit> serviceCenters() {
    return units.findByKinds(OrgUnit.Kind.RECEIVING);
  }
}
