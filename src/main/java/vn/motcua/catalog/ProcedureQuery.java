package vn.motcua.catalog;

/**
 * A search of the catalog: words of the name or code (with or without diacritics), filters, and a
 * page. Null filters do not filter.
 *
 * @param receivableAtLevel only the procedures a center of this level ({@code PROVINCE} or {@code
 *     COMMUNE}) may receive: the non-territorial ones, and those of its own level
 */
public record ProcedureQuery(
    String text,
    String field,
    String level,
    Boolean nonTerritorial,
    String receivableAtLevel,
    int page,
    int size) {

  public ProcedureQuery(
      String text, String field, String level, Boolean nonTerritorial, int page, int size) {
    this(text, field, level, nonTerritorial, null, page, size);
  }
}
