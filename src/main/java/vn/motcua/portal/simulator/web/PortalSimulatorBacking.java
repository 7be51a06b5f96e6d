package vn.motcua.portal.simulator.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.portal.simulator.Fault;
import vn.motcua.portal.simulator.FaultMode;
import vn.motcua.portal.simulator.PortalSimulator;
import vn.motcua.portal.simulator.SyncContract;
import vn.motcua.portal.simulator.SyncLedger;
import vn.motcua.shared.web.FacesMessages;
import vn.motcua.shared.web.Formats;
import vn.motcua.shared.web.PagedRows;

/**
 * The administrator's view of the portal simulator: what arrived (newest first, paged, filtered by
 * dossier code and service), one arrival's item, the fault mode, and the form that sets one for a
 * while or restores normal answers. Answers 404 when simulators are off, and then does nothing.
 * Keeps the filter, the fault form and the text of the item shown.
 */
@Named
@ViewScoped
public class PortalSimulatorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(Formats.VIETNAM);

  /** How long a fault set on this screen lasts. */
  public enum Bound {
    SECONDS,
    CALLS
  }

  /** One arrival as the list shows it, without its item. */
  public record Row(
      long sequence,
      String service,
      String dossier,
      String status,
      String key,
      Instant received,
      int redeliveries,
      int differingRedeliveries)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    static Row of(SyncLedger.Arrival a) {
      return new Row(
          a.sequence(),
          a.service(),
          a.dossier(),
          a.status(),
          a.key(),
          a.received(),
          a.redeliveries(),
          a.differingRedeliveries());
    }
  }

  @Inject private PortalSimulator simulator;

  private String dossier;
  private String service;
  private final LazyDataModel<Row> rows = new Arrivals();

  private FaultMode faultMode = FaultMode.SERVER_ERROR;
  private Integer amount = 5;
  private Bound bound = Bound.CALLS;
  private Integer delayMillis;

  private Long shownSequence;
  private String shownItem;

  /** The page's view action: 404 when simulators are off, as their REST paths answer. */
  public void requireEnabled() throws IOException {
    if (!simulator.isEnabled()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      external.responseSendError(404, null);
      faces.responseComplete();
    }
  }

  public boolean isEnabled() {
    return simulator.isEnabled();
  }

  /** Sets the fault mode chosen in the form for the chosen number of seconds or calls. */
  public void applyFault() {
    if (!simulator.isEnabled() || faultMode == null || faultMode == FaultMode.NORMAL) {
      return;
    }
    if (amount == null || amount < 1) {
      FacesMessages.errorAt(
          "simulator:amount", FacesMessages.text("portalSimulator.amount.invalid"));
      return;
    }
    Fault fault =
        simulator.setMode(
            faultMode,
            bound == Bound.SECONDS ? amount : null,
            bound == Bound.CALLS ? amount : null,
            faultMode == FaultMode.TIMEOUT ? delayMillis : null);
    FacesMessages.info(
        "portalSimulator.set", FacesMessages.text("portalSimulator.mode." + fault.mode()));
  }

  /** Answers normally again from the next call. */
  public void restore() {
    if (!simulator.isEnabled()) {
      return;
    }
    simulator.setMode(FaultMode.NORMAL, null, null, null);
    FacesMessages.info("portalSimulator.restored");
  }

  /** Opens the arrival the clicked button names (request parameter {@code sequence}). */
  public void show() {
    shownSequence = null;
    shownItem = null;
    String parameter =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("sequence");
    long sequence;
    try {
      sequence = Long.parseLong(parameter);
    } catch (NumberFormatException e) {
      return; // only a hand-made request gets here
    }
    SyncLedger.Arrival arrival =
        simulator.isEnabled() ? simulator.ledger().arrival(sequence) : null;
    if (arrival != null) {
      shownSequence = sequence;
      shownItem = pretty(arrival.item());
    }
  }

  static String pretty(JsonObject item) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
      writer.writeObject(item);
    }
    return text.toString().strip();
  }

  /** An instant to the second, in Vietnam time. */
  public String time(Instant instant) {
    return instant == null ? "" : SECONDS.format(instant);
  }

  public Fault getMode() {
    return simulator.mode();
  }

  public SyncLedger.Counts getCounts() {
    return simulator.ledger().counts();
  }

  public long getDefaultDelayMillis() {
    return simulator.defaultDelayMillis();
  }

  public List<String> getServices() {
    return SyncContract.SERVICES;
  }

  public FaultMode[] getFaultModes() {
    return new FaultMode[] {FaultMode.SERVER_ERROR, FaultMode.TIMEOUT, FaultMode.ERROR_REPLY};
  }

  public Bound[] getBounds() {
    return Bound.values();
  }

  public LazyDataModel<Row> getRows() {
    return rows;
  }

  private SyncLedger.Filter filter() {
    return new SyncLedger.Filter(dossier, service);
  }

  /** The arrivals, newest first, a page at a time. */
  private final class Arrivals extends PagedRows<Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return simulator.isEnabled() ? simulator.ledger().count(filter()) : 0;
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (!simulator.isEnabled()) {
        return List.of();
      }
      return simulator.ledger().arrivals(filter(), first, pageSize, true).stream()
          .map(Row::of)
          .toList();
    }

    @Override
    public String getRowKey(Row row) {
      return String.valueOf(row.sequence());
    }
  }

  public String getDossier() {
    return dossier;
  }

  public void setDossier(String dossier) {
    this.dossier = dossier;
  }

  public String getService() {
    return service;
  }

  public void setService(String service) {
    this.service = service;
  }

  public FaultMode getFaultMode() {
    return faultMode;
  }

  public void setFaultMode(FaultMode faultMode) {
    this.faultMode = faultMode;
  }

  public Integer getAmount() {
    return amount;
  }

  public void setAmount(Integer amount) {
    this.amount = amount;
  }

  public Bound getBound() {
    return bound;
  }

  public void setBound(Bound bound) {
    this.bound = bound;
  }

  public Integer getDelayMillis() {
    return delayMillis;
  }

  public void setDelayMillis(Integer delayMillis) {
    this.delayMillis = delayMillis;
  }

  public Long getShownSequence() {
    return shownSequence;
  }

  public String getShownItem() {
    return shownItem;
  }
}
