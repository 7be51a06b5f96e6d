/**
 * Implementations behind the document capability: the folder on disk, type detection by content
 * (Apache Tika's magic bytes), the JPA repository, and the removal of files no row refers to, on
 * rollback and by the hourly sweep.
 */
package vn.motcua.document.internal;
