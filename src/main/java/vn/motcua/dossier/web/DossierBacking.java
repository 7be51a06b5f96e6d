package vn.motcua.dossier.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.motcua.dossier.DossierPage;
import vn.motcua.dossier.DossierService;
import vn.motcua.security.web.CurrentUser;
import vn.motcua.shared.problem.BusinessException;

/**
 * A dossier's page: applicant, procedure, documents with their scans, each step with its budget
 * used, fees, and the history as a timeline, read in one service call when the view opens. A
 * dossier the user's unit has nothing to do with is "not found", as if it did not exist.
 */
@Named
@ViewScoped
public class DossierBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DossierService dossiers;
  @Inject private CurrentUser currentUser;

  private String code;
  private DossierPage page;

  /** Reads the dossier named by the {@code code} parameter (the view action). */
  public void load() {
    page = null;
    if (code == null || code.isBlank()) {
      return;
    }
    try {
      page = dossiers.page(currentUser.actor(), code.strip());
    } catch (BusinessException e) {
      page = null;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public DossierPage getPage() {
    return page;
  }
}
