/**
 * Implementations behind the security capability: JPA repository, identity store, hashing, and the
 * one authentication mechanism (staff form login, the national portal's bearer tokens).
 */
package vn.motcua.security.internal;
