package vn.motcua.security;

import java.util.List;

/**
 * An account as the audit trail records it before and after a change: who the person is, where they
 * work, their roles and whether they may sign in. Never holds a password or its hash.
 *
 * @param unitCode the code of the unit the person works in, or null
 * @param roles role names in the order of {@link Role}
 */
public record AccountState(String fullName, String unitCode, List<String> roles, boolean enabled) {}
