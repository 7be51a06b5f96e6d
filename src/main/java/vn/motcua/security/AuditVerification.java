package vn.motcua.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.logging.Logger;
import vn.motcua.shared.audit.AuditSeal;
import vn.motcua.shared.audit.AuditSeals;
import vn.motcua.shared.audit.AuditTrail;
import vn.motcua.shared.audit.ChainReport;

/**
 * The auditor's check that the audit trail is whole: every chain read back and its hashes
 * recomputed, each against the head the seals last saw of it; and a seal on demand. For auditors
 * only; nobody else learns even how many rows the trail holds.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerification {

  private static final Logger LOG = Logger.getLogger(AuditVerification.class.getName());

  @Inject private AuditTrail trail;
  @Inject private AuditSeals seals;
  @Inject private SecurityContext caller;

  /**
   * Verifies the chains of one kind of subject, or of one subject, or (both blank) all of them. The
   * outcome goes to the log, so that a broken trail is seen by operators too.
   */
  public ChainReport verify(String subjectType, String subjectId) {
    String type = blankToNull(subjectType);
    String id = type == null ? null : blankToNull(subjectId);
    ChainReport report = trail.verify(type, id);
    LOG.info(
        () ->
            "Audit trail verified"
                + (type == null ? "" : " for " + type + (id == null ? "" : " " + id))
                + ": "
                + report.rows()
                + " rows in "
                + report.chains()
                + " chains, "
                + report.brokenChains()
                + " broken, "
                + report.took().toMillis()
                + " ms");
    return report;
  }

  /**
   * Seals the trail now, as the signed-in auditor: the heads of the chains changed since the
   * previous seal are recorded, so that removing their last rows from now on is found.
   */
  public AuditSeal seal() {
    AuditSeal seal = seals.sealNow(caller.getCallerPrincipal().getName());
    LOG.info(() -> "Audit trail sealed on an auditor's demand: seal " + seal.seq());
    return seal;
  }

  /** The kinds of subject the trail holds, to choose from. */
  public List<String> subjectTypes() {
    return trail.subjectTypes();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
