/** Implementations behind the organization capability: JPA repositories. */
package vn.motcua.organization.internal;
