package vn.motcua.catalog;

/**
 * One version of a procedure with the id a dossier refers to. Versions never change once saved, so
 * a dossier received under one is settled by the rules it was received under.
 */
public record ProcedureVersion(long id, ProcedureDetail detail) {}
