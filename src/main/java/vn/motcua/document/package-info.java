/**
 * The files of dossiers: the file store ({@link vn.motcua.document.FileStore}) that keeps their
 * content outside the database, named by its SHA-256, and their metadata in it; only PDF, JPEG and
 * PNG, recognised by their content, within limits per file and per dossier.
 */
package vn.motcua.document;
