package vn.motcua.catalog;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import vn.motcua.shared.problem.BusinessException;

/** Reading the procedure catalog: search, one procedure in full, the fields. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogService {

  @Inject private ProcedureRepository procedures;

  public ProcedurePage search(ProcedureQuery query) {
    return procedures.search(query);
  }

  public ProcedureDetail procedure(String code) {
    return procedures.findCurrent(code).orElseThrow(() -> notFound(code));
  }

  private static BusinessException notFound(String code) {
    return new BusinessException(
        BusinessException.Kind.NOT_FOUND, "procedure-not-found", "No procedure with code " + code);
  }

  /** The current version of a procedure, to receive a dossier under. */
  public ProcedureVersion currentVersion(String code) {
    return procedures.findCurrentVersion(code).orElseThrow(() -> notFound(code));
  }

  /** The version a dossier was received under. */
  public ProcedureVersion version(long versionId) {
    return procedures
        .findVersion(versionId)
        .orElseThrow(
            () -> new IllegalStateException("Procedure version " + versionId + " is missing"));
  }

  public List<ProcedureRepository.FieldCount> fields() {
    return procedures.fields();
  }
}
