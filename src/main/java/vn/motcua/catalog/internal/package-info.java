/** Implementations behind the catalog: JPA repositories and the calendar cache. */
package vn.motcua.catalog.internal;
