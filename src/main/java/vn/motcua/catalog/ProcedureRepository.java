package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;

/** Where the catalog is kept; reads the current version of each procedure. */
public interface ProcedureRepository {

  ProcedurePage search(ProcedureQuery query);

  Optional<ProcedureDetail> findCurrent(String code);

  /** The current version of a procedure with its id, which a dossier keeps. */
  Optional<ProcedureVersion> findCurrentVersion(String code);

  /** A version by its id, current or not: what a dossier was received under. */
  Optional<ProcedureVersion> findVersion(long versionId);

  /** Every field, by name, with the number of procedures in it. */
  List<FieldCount> fields();

  /** A field and how many procedures it has. */
  record FieldCount(String code, String name, long procedures) {}
}
