/**
 * Who may do what: accounts with hashed passwords placed in units, the roles of DOMAIN.md, the
 * identity store and form login of the screens, and the administrator's keeping of accounts.
 */
package vn.motcua.security;
