/** The dossier capability's persistence: JPA repository, code counter, converters. */
package vn.motcua.dossier.internal;
