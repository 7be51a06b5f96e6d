package vn.motcua.dossier.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ProcessingService;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.ReturnRow;
import vn.motcua.security.web.CurrentUser;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.web.FacesMessages;

/**
 * The result return desk: the clerk types a dossier code or an ID number, or scans the QR code of
 * the applicant's slip (a scanner types its text), checks the applicant's identity, and hands the
 * result over (status 10), at the desk, by post or electronically.
 */
@Named
@ViewScoped
public class ReturnDeskBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DossierService dossiers;
  @Inject private ProcessingService processing;
  @Inject private CurrentUser currentUser;

  private String text;
  private List<ReturnRow> rows = List.of();
  private ReturnRow chosen;
  private boolean identityChecked;
  private ReturnMethod method;

  public void find() {
    chosen = null;
    if (text == null || text.isBlank()) {
      rows = List.of();
      return;
    }
    rows = dossiers.awaitingReturn(currentUser.actor(), text);
    if (rows.isEmpty()) {
      FacesMessages.info("returnDesk.none");
    }
  }

  public void choose(ReturnRow row) {
    chosen = row;
    identityChecked = false;
    method = row.returnMethod();
  }

  public void handOver() {
    if (chosen == null) {
      return;
    }
    if (!identityChecked) {
      FacesMessages.errorAt("desk:identity", FacesMessages.text("returnDesk.identity.required"));
      return;
    }
    try {
      processing.returnResult(currentUser.actor(), chosen.code(), chosen.version(), method);
      FacesMessages.info("returnDesk.done", chosen.code());
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    chosen = null;
    find();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<ReturnRow> getRows() {
    return rows;
  }

  public ReturnRow getChosen() {
    return chosen;
  }

  public boolean isIdentityChecked() {
    return identityChecked;
  }

  public void setIdentityChecked(boolean identityChecked) {
    this.identityChecked = identityChecked;
  }

  public ReturnMethod getMethod() {
    return method;
  }

  public void setMethod(ReturnMethod method) {
    this.method = method;
  }
}
