package vn.motcua.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import vn.motcua.shared.audit.AuditTrail;
import vn.motcua.shared.audit.ChainReport;

/**
 * The auditor's check that the audit trail is whole: every chain read back and its hashes
 * recomputed. For auditors only; nobody else learns even how many rows the trail holds.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerification {

  private static final Logger LOG = Logger.getLogger(AuditVerification.class.getName());

  @Inject private AuditTrail trail;

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

  /** The kinds of subject the trail holds, to choose from. */
  public List<String> subjectTypes() {
    return trail.subjectTypes();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
