package vn.motcua.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.motcua.security.AuditVerification;
import vn.motcua.shared.audit.AuditSeal;
import vn.motcua.shared.audit.ChainReport;
import vn.motcua.shared.web.FacesMessages;

/**
 * The auditor's verification screen: choose all chains, a kind of subject or one subject, verify,
 * and see how many rows, chains and seals were checked and where each broken chain breaks; or seal
 * the trail now.
 */
@Named
@ViewScoped
public class AuditChainsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditVerification verification;

  private List<String> subjectTypes;
  private String subjectType;
  private String subjectId;
  private ChainReport report;

  @PostConstruct
  void init() {
    subjectTypes = verification.subjectTypes();
  }

  public void verify() {
    report = verification.verify(subjectType, subjectId);
  }

  /** Seals the trail now, so that what was just written is covered before the next seal is due. */
  public void seal() {
    AuditSeal seal = verification.seal();
    FacesMessages.info("auditChains.sealed", seal.seq(), seal.heads());
  }

  public List<String> getSubjectTypes() {
    return subjectTypes;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

  public ChainReport getReport() {
    return report;
  }
}
