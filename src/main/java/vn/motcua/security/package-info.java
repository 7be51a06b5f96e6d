/**
 * Who may do what: accounts with hashed passwords, the roles of DOMAIN.md, the identity store and
 * form login of the screens.
 */
package vn.motcua.security;
