package vn.motcua.portal.sync;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import vn.motcua.security.Role;

/**
 * What a portal message names that the dossier holds only by reference: the procedure's name, the
 * units' names, the officials' names and roles. Read through the other capabilities' services in
 * the server, from maps in unit tests.
 */
public interface SyncDirectory {

  /** The name of the procedure as of the version the dossier was received under. */
  String procedureName(long procedureVersionId);

  /** The names of these units by id; unknown ids are left out. */
  Map<Long, String> unitNames(Collection<Long> unitIds);

  /** The people with these login names; a login without an account (a system) is left out. */
  Map<String, Official> officials(Collection<String> logins);

  /** A person who acts on dossiers: their full name and roles. */
  record Official(String fullName, Set<Role> roles) {

    public Official {
      roles = Set.copyOf(roles);
    }

    /** Personal data: never in a log line. */
    @Override
    public String toString() {
      return "Official[hidden, roles=" + roles + "]";
    }
  }
}
