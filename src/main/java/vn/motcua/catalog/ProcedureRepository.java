package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;

/** Where the catalog is kept; reads the current version of each procedure. */
public interface ProcedureRepository {

  ProcedurePage search(ProcedureQuery query);

  Optional<ProcedureDetail> findCurrent(String code);

  /** Every field, by name, with the number of procedures in it. */
  List<FieldCount> fields();

  /** A field and how many procedures it has. */
  record FieldCount(String code, String name, long procedures) {}
}
