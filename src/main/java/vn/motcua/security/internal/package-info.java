/** Implementations behind the security capability: JPA repository, identity store, hashing. */
package vn.motcua.security.internal;
