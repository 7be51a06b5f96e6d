package vn.motcua.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import vn.motcua.shared.config.Settings;

/**
 * Which roles must sign in with a second factor ({@code motcua.login.second-factor-roles}). Read
 * when the application starts, and a name that is not a role stops the start: a typo must neither
 * let administrators in on their password alone nor turn every login into an error.
 */
@ApplicationScoped
public class SecondFactorPolicy {

  @Inject private Config config;

  private Set<Role> roles;

  @PostConstruct
  void read() {
    roles = parse(Settings.LOGIN_SECOND_FACTOR_ROLES.value(config));
  }

  /** Reads the setting as the application starts, so that a wrong value fails the deployment. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
    roles.size(); // the bean is created, and the setting read, now
  }

  /** Whether an account with these roles must have a second factor. */
  public boolean requiredFor(Set<Role> accountRoles) {
    return accountRoles.stream().anyMatch(roles::contains);
  }

  /**
   * The roles a value names: {@code NONE}, or role names separated by commas.
   *
   * @throws IllegalArgumentException naming what is not a role
   */
  static Set<Role> parse(String value) {
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    if (value.strip().equals("NONE")) {
      return parsed;
    }
    for (String name : value.split(",")) {
      try {
        parsed.add(Role.valueOf(name.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            Settings.LOGIN_SECOND_FACTOR_ROLES.key()
                + ": '"
                + name.strip()
                + "' is not a role; expected NONE or some of "
                + EnumSet.allOf(Role.class),
            e);
      }
    }
    return parsed;
  }
}
