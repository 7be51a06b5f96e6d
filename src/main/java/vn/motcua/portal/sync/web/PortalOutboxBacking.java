package vn.motcua.portal.sync.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.portal.sync.OutboxFilter;
import vn.motcua.portal.sync.OutboxMessage;
import vn.motcua.portal.sync.OutboxState;
import vn.motcua.portal.sync.PortalOutboxAdmin;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.web.FacesMessages;
import vn.motcua.shared.web.PagedRows;

/**
 * The portal outbox screen ({@code /admin/portal-outbox.xhtml}): the count of messages in each
 * state, the messages paged on the server and filtered by state and dossier code, a message's
 * payload, and retry (one failed or dead message, or every dead one) and discard (one dead
 * message). Keeps the filter and the payload on show.
 */
@Named
@ViewScoped
public class PortalOutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many messages stand in a state. */
  public record StateCount(OutboxState state, long count) implements Serializable {}

  @Inject private PortalOutboxAdmin outbox;

  private OutboxState state;
  private String dossierCode;
  private LazyDataModel<OutboxMessage> rows;
  private List<StateCount> counts;
  private Long shownId;
  private String shownPayload;

  @PostConstruct
  void init() {
    rows = new MessageRows();
  }

  /** The counts per state, read once per request that needs them. */
  public List<StateCount> getCounts() {
    if (counts == null) {
      Map<OutboxState, Long> all = outbox.counts();
      counts = all.entrySet().stream().map(e -> new StateCount(e.getKey(), e.getValue())).toList();
    }
    return counts;
  }

  public long getDeadCount() {
    return getCounts().stream()
        .filter(c -> c.state() == OutboxState.DEAD)
        .mapToLong(StateCount::count)
        .sum();
  }

  /** Shows the messages of the state the clicked count names (parameter {@code state}). */
  public void showState() {
    String name = parameter("state");
    try {
      state = name == null || name.isBlank() ? null : OutboxState.valueOf(name);
    } catch (IllegalArgumentException e) {
      state = null; // only a hand-made request gets here
    }
    counts = null;
  }

  /** Applies the filters (the table reads them); the counts are read again. */
  public void search() {
    counts = null;
  }

  /** Opens the payload of the message the clicked button names (parameter {@code message}). */
  public void show() {
    Long id = requestedId();
    shownId = null;
    shownPayload = null;
    if (id == null) {
      return;
    }
    try {
      shownPayload = outbox.payload(id);
      shownId = id;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void retry() {
    Long id = requestedId();
    if (id == null) {
      return;
    }
    try {
      outbox.retry(id);
      FacesMessages.info("outbox.retried", String.valueOf(id));
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    counts = null;
  }

  public void retryDead() {
    int retried = outbox.retryDead();
    FacesMessages.info("outbox.retriedDead", String.valueOf(retried));
    counts = null;
  }

  public void discard() {
    Long id = requestedId();
    if (id == null) {
      return;
    }
    try {
      outbox.discard(id);
      FacesMessages.info("outbox.discarded", String.valueOf(id));
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    counts = null;
  }

  private static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  private static Long requestedId() {
    try {
      return Long.valueOf(parameter("message"));
    } catch (NumberFormatException e) {
      return null; // only a hand-made request gets here
    }
  }

  private OutboxFilter filter() {
    return new OutboxFilter(state, dossierCode);
  }

  /** The server-side pages of the list, newest first. */
  private final class MessageRows extends PagedRows<OutboxMessage> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, outbox.count(filter()));
    }

    @Override
    public List<OutboxMessage> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return outbox.messages(filter(), first, pageSize);
    }

    @Override
    public String getRowKey(OutboxMessage row) {
      return String.valueOf(row.id());
    }
  }

  public LazyDataModel<OutboxMessage> getRows() {
    return rows;
  }

  public OutboxState[] getStates() {
    return OutboxState.values();
  }

  public OutboxState getState() {
    return state;
  }

  public void setState(OutboxState state) {
    this.state = state;
  }

  public String getDossierCode() {
    return dossierCode;
  }

  public void setDossierCode(String dossierCode) {
    this.dossierCode = dossierCode;
  }

  public Long getShownId() {
    return shownId;
  }

  public String getShownPayload() {
    return shownPayload;
  }
}
