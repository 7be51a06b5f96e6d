package vn.motcua.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.shared.problem.BusinessException;

/**
 * Reading the procedure catalog: search, one procedure in full, the fields. A CDI bean, not an EJB,
 * as every service an online submission calls often (docs/architecture.md). Its reads join the
 * caller's transaction or start one (why not SUPPORTS: the same page).
 */
@ApplicationScoped
@Transactional
public class CatalogService {

  @Inject private ProcedureRepository procedures;
  @Resource private TransactionSynchronizationRegistry transactions;

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

  /**
   * The current version of a procedure, to receive a dossier under. Read once per transaction: a
   * use case that asks twice (the portal maps its documents onto the checklist, then reception
   * registers) gets the same version both times, even if an administrator publishes a new one
   * meanwhile, and the database is not asked again on the hot path of online submissions.
   */
  public ProcedureVersion currentVersion(String code) {
    // Always in a transaction: the bean's methods join one or start one.
    CurrentVersionKey key = new CurrentVersionKey(code);
    ProcedureVersion version = (ProcedureVersion) transactions.getResource(key);
    if (version == null) {
      version = procedures.findCurrentVersion(code).orElseThrow(() -> notFound(code));
      transactions.putResource(key, version);
    }
    return version;
  }

  /** The key of a current version kept for the rest of a transaction. */
  private record CurrentVersionKey(String code) {}

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
