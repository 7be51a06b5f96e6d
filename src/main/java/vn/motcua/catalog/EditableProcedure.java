package vn.motcua.catalog;

/**
 * The current version of a procedure as an administrator opens it: its content, and the lock
 * version to hand back on save so that a save made meanwhile by someone else is not overwritten.
 */
public record EditableProcedure(
    String code, long lockVersion, int number, String source, ProcedureContent content) {}
