package vn.motcua.organization;

/** Which units a list shows: of one kind, whose name contains some words; null shows all. */
public record UnitFilter(OrgUnit.Kind kind, String name) {}
