/**
 * Who may do what: accounts with hashed passwords placed in units, the roles of DOMAIN.md, the
 * identity store and form login of the screens, the national portal as a caller of its API, and the
 * administrator's keeping of accounts.
 */
package vn.motcua.security;
