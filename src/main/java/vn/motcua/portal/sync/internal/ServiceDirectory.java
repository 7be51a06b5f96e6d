package vn.motcua.portal.sync.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.catalog.CatalogService;
import vn.motcua.organization.OrganizationService;
import vn.motcua.portal.sync.SyncDirectory;
import vn.motcua.security.AccountService;

/**
 * The names the portal's messages carry, read through the catalog's, the organisation's and the
 * accounts' services in the change's transaction. A procedure version never changes once written,
 * so its name is kept in memory; unit and person names are read each time (they may be renamed).
 */
@ApplicationScoped
public class ServiceDirectory implements SyncDirectory {

  @Inject private CatalogService catalog;
  @Inject private OrganizationService organization;
  @Inject private AccountService accounts;

  private final Map<Long, String> procedureNames = new ConcurrentHashMap<>();

  @Override
  public String procedureName(long procedureVersionId) {
    return procedureNames.computeIfAbsent(
        procedureVersionId, id -> catalog.version(id).detail().summary().name());
  }

  @Override
  public Map<Long, String> unitNames(Collection<Long> unitIds) {
    return organization.names(unitIds);
  }

  @Override
  public Map<String, Official> officials(Collection<String> logins) {
    Map<String, Official> found = new HashMap<>();
    for (String login : logins) {
      if (login != null && !login.isBlank()) {
        accounts
            .findByUsername(login)
            .ifPresent(a -> found.put(login, new Official(a.fullName(), a.roles())));
      }
    }
    return found;
  }
}
