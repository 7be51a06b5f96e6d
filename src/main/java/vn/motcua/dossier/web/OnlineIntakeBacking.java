package vn.motcua.dossier.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.IntakeRow;
import vn.motcua.dossier.Receipt;
import vn.motcua.dossier.ReceptionService;
import vn.motcua.security.Actor;
import vn.motcua.security.web.CurrentUser;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.web.FacesMessages;
import vn.motcua.shared.web.PagedRows;

/**
 * A center's online intake queue: the dossiers registered online for it, oldest first; the clerk
 * opens one, checks its documents, and accepts it (the appointment is computed) or refuses it with
 * reasons (the refusal slip).
 */
@Named
@ViewScoped
public class OnlineIntakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DossierService dossiers;
  @Inject private ReceptionService reception;
  @Inject private CurrentUser currentUser;

  private LazyDataModel<IntakeRow> rows;
  private IntakeRow opened;
  private DossierView dossier;
  private String reasons;
  private Receipt decided;

  @PostConstruct
  void open() {
    rows = new QueueRows();
  }

  /** Opens a row of the queue: the dossier in full, read once. */
  public void open(IntakeRow row) {
    decided = null;
    reasons = null;
    try {
      opened = row;
      dossier = dossiers.dossier(actor(), row.code());
    } catch (BusinessException e) {
      FacesMessages.refused(e);
      close();
    }
  }

  public void accept() {
    decide(() -> reception.accept(actor(), opened.code(), opened.version()));
    if (decided != null) {
      FacesMessages.info("intake.accepted", decided.code());
    }
  }

  public void refuse() {
    if (reasons == null || reasons.isBlank()) {
      FacesMessages.errorAt("intake:reasons", FacesMessages.text("intake.reasons.required"));
      return;
    }
    decide(() -> reception.refuseIntake(actor(), opened.code(), opened.version(), reasons.strip()));
    if (decided != null) {
      FacesMessages.info("intake.refused", decided.code());
    }
  }

  private void decide(java.util.function.Supplier<Receipt> decision) {
    try {
      decided = decision.get();
    } catch (BusinessException e) {
      FacesMessages.refused(e); // another clerk decided first: the queue shows what is left
      close();
    }
  }

  /** Back to the queue. */
  public void close() {
    opened = null;
    dossier = null;
  }

  private Actor actor() {
    return currentUser.actor();
  }

  public LazyDataModel<IntakeRow> getRows() {
    return rows;
  }

  public IntakeRow getOpened() {
    return opened;
  }

  public DossierView getDossier() {
    return dossier;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }

  public Receipt getDecided() {
    return decided;
  }

  /** The queue a page at a time; the count is a second, cheap query on the same index. */
  private final class QueueRows extends PagedRows<IntakeRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) dossiers.onlineQueueSize(actor());
    }

    @Override
    public List<IntakeRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return dossiers.onlineQueue(actor(), first, pageSize);
    }

    @Override
    public String getRowKey(IntakeRow row) {
      return row.code();
    }
  }
}
