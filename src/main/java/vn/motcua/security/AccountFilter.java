package vn.motcua.security;

/**
 * Which accounts a list shows; a null part lets every account through.
 *
 * @param text words that must each appear in the login name or the full name, with or without
 *     diacritics
 * @param unitId accounts placed in this unit
 * @param role accounts holding this role
 * @param enabled accounts that may (true) or may not (false) sign in
 */
public record AccountFilter(String text, Long unitId, Role role, Boolean enabled) {}
