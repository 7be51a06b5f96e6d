package vn.motcua.catalog;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
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
    Optional<ProcedureDetail> found = procedures.findCurrent(code);
    return found.orElseThrow(
        () ->
            new BusinessException(
                BusinessException.Kind.NOT_FOUND,
                "procedure-not-found",
                "No procedure with code " + code));
  }

  public List<ProcedureRepository.FieldCount> fields() {
    return procedures.fields();
  }
}
