package vn.motcua.catalog;

/**
 * A search of the catalog: words of the name or code (with or without diacritics), filters, and a
 * page. Null filters do not filter.
 */
public record ProcedureQuery(
    String text, String field, String level, Boolean nonTerritorial, int page, int size) {}
