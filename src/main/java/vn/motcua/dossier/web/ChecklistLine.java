package vn.motcua.dossier.web;

import java.io.Serializable;
import vn.motcua.dossier.Checklist;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;

/**
 * One required document at the counter: whether the clerk has it, in what form, and the scan or
 * earlier document that stands for it. A document a national database holds needs nothing.
 */
public class ChecklistLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Checklist.Item item;
  private boolean received;
  private Provision provision = Provision.ORIGINAL;
  private Long fileId;
  private String fileName;
  private Long reusedFromId;

  ChecklistLine(Checklist.Item item) {
    this.item = item;
    // The form the procedure asks for is what the applicant most often brings.
    for (Provision expected : Provision.values()) {
      if (expected.name().equals(item.form())) {
        provision = expected;
      }
    }
  }

  public Checklist.Item getItem() {
    return item;
  }

  /** Still needed before the dossier can be received. */
  public boolean isMissing() {
    return !received && !item.fromDatabase();
  }

  /** What the service receives for this line, or null when the applicant did not bring it. */
  ProvidedDocument provided() {
    if (!received) {
      return null;
    }
    Provision given = reusedFromId != null ? Provision.REUSED : provision;
    return new ProvidedDocument(item.position(), given, fileId, reusedFromId);
  }

  void scanned(long id, String name) {
    fileId = id;
    fileName = name;
    received = true;
    if (provision == Provision.SHOWN) {
      provision = Provision.DIGITISED;
    }
  }

  public void removeScan() {
    fileId = null;
    fileName = null;
  }

  public boolean isReceived() {
    return received;
  }

  public void setReceived(boolean received) {
    this.received = received;
  }

  public Provision getProvision() {
    return provision;
  }

  public void setProvision(Provision provision) {
    this.provision = provision;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getFileName() {
    return fileName;
  }

  public Long getReusedFromId() {
    return reusedFromId;
  }

  public void setReusedFromId(Long reusedFromId) {
    this.reusedFromId = reusedFromId;
    if (reusedFromId != null) {
      received = true;
    }
  }
}
