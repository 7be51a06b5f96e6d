package vn.motcua.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts on a dossier: a person signed in (their login name, the unit they work in, their roles)
 * or a system of the province acting on its own (the national portal's adapter, the deadline
 * watch). Built by the screen or API layer from the authenticated caller and handed to the
 * services, which decide with it what this actor may do to which dossier.
 *
 * @param username the login name, or the system's name
 * @param unitId the unit the person works in, null for provincial roles and systems
 * @param roles the person's roles; a system has none
 * @param system whether this is a system rather than a person
 */
public record Actor(String username, Long unitId, Set<Role> roles, boolean system) {

  public Actor {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("An actor needs a name");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** A person with these roles in this unit. */
  public static Actor person(String username, Long unitId, Set<Role> roles) {
    return new Actor(username, unitId, roles, false);
  }

  /** A system of the province, e.g. {@code "portal"}. */
  public static Actor system(String name) {
    return new Actor(name, null, Set.of(), true);
  }

  /** The actor for an account: its login name, unit and roles. */
  public static Actor of(UserAccount account) {
    return person(
        account.username(), account.unit().map(unit -> unit.id()).orElse(null), account.roles());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether this person works in the unit and holds one of the roles. */
  public boolean worksIn(Long unit, Role... anyOf) {
    if (system || !Objects.equals(unitId, unit)) {
      return false;
    }
    for (Role role : anyOf) {
      if (has(role)) {
        return true;
      }
    }
    return false;
  }
}
