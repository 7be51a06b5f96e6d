package vn.motcua.security;

import java.io.Serializable;
import java.util.List;

/**
 * An account as the administrator's list and dialogs show it, read in the service so that nothing
 * loads lazily while a page renders.
 *
 * @param unitId the unit's id, or null
 * @param unitName the unit's name, or null
 * @param roles in the order of {@link Role}
 */
public record AccountSummary(
    long id,
    long version,
    String username,
    String fullName,
    Long unitId,
    String unitName,
    List<Role> roles,
    boolean enabled)
    implements Serializable {

  static AccountSummary of(UserAccount account) {
    return new AccountSummary(
        account.id(),
        account.version(),
        account.username(),
        account.fullName(),
        account.unit().map(u -> u.id()).orElse(null),
        account.unit().map(u -> u.name()).orElse(null),
        account.roles().stream().sorted().toList(),
        account.enabled());
  }
}
