/**
 * What a dossier refers to: procedures, required documents, fees, internal processes, and the
 * working-day calendar that turns a legal processing time into a due instant.
 */
package vn.motcua.catalog;
