package vn.motcua.dossier.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierSearch;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.FoundDossier;
import vn.motcua.dossier.slip.SlipService;
import vn.motcua.security.web.CurrentUser;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.web.FacesMessages;
import vn.motcua.shared.web.PagedRows;

/**
 * A center director's search of the dossiers their center received: by code, applicant (words of
 * the name or the ID number), procedure, status, channel and period, latest first, a page at a
 * time.
 */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DossierService dossiers;
  @Inject private CurrentUser currentUser;
  @Inject private SlipService slips;

  private String code;
  private String applicant;
  private String procedureCode;
  private DossierStatus status;
  private Channel channel;
  private LocalDate from;
  private LocalDate to;
  private LazyDataModel<FoundDossier> rows;

  @PostConstruct
  void open() {
    rows = new FoundRows();
  }

  /** The table reads the criteria as they are now; nothing else to do. */
  public void search() {}

  private DossierSearch criteria() {
    return new DossierSearch(
        blankToNull(code),
        blankToNull(applicant),
        blankToNull(procedureCode),
        status,
        channel,
        from,
        to);
  }

  /**
   * The tracking book of the chosen period as a download ({@code pdf} or {@code xlsx}); null, with
   * a message at the top, when there is no period or it is too long.
   */
  public StreamedContent trackingBook(String format) {
    if (from == null || to == null) {
      FacesMessages.error("refusal.period-required");
      return null;
    }
    boolean pdf = "pdf".equals(format);
    byte[] content;
    try {
      content =
          pdf
              ? slips.trackingBookPdf(currentUser.actor(), from, to)
              : slips.trackingBookWorkbook(currentUser.actor(), from, to);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
      return null;
    }
    return Downloads.file(
        "so-theo-doi-" + from + "-" + to + (pdf ? ".pdf" : ".xlsx"),
        pdf ? Downloads.PDF : Downloads.XLSX,
        content);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public DossierStatus[] getStatuses() {
    return DossierStatus.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  private final class FoundRows extends PagedRows<FoundDossier> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) dossiers.count(currentUser.actor(), criteria());
    }

    @Override
    public List<FoundDossier> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return dossiers.search(currentUser.actor(), criteria(), first, pageSize);
    }

    @Override
    public String getRowKey(FoundDossier row) {
      return row.code();
    }
  }

  public LazyDataModel<FoundDossier> getRows() {
    return rows;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getApplicant() {
    return applicant;
  }

  public void setApplicant(String applicant) {
    this.applicant = applicant;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public void setProcedureCode(String procedureCode) {
    this.procedureCode = procedureCode;
  }

  public DossierStatus getStatus() {
    return status;
  }

  public void setStatus(DossierStatus status) {
    this.status = status;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
