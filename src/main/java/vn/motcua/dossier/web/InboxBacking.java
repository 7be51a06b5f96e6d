package vn.motcua.dossier.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRepository;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.InboxCounts;
import vn.motcua.dossier.InboxQuery;
import vn.motcua.dossier.InboxRow;
import vn.motcua.dossier.ProcessingService;
import vn.motcua.security.AccountService;
import vn.motcua.security.AccountSummary;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.security.web.CurrentUser;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.web.FacesMessages;
import vn.motcua.shared.web.PagedRows;

/**
 * The work inbox of every processing role: the unit's open steps for the chosen role, soonest due
 * first, in tabs with their counts (all, mine, due soon, overdue), under filters; a head gives
 * several at once to a colleague.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The roles that have an inbox, in the order the role menu offers them. */
  private static final Set<Role> PROCESSING =
      EnumSet.of(Role.RECEIVING_CLERK, Role.SPECIALIST, Role.HEAD, Role.SIGNING_LEADER);

  @Inject private DossierService dossiers;
  @Inject private ProcessingService processing;
  @Inject private CatalogService catalog;
  @Inject private AccountService accounts;
  @Inject private CurrentUser currentUser;

  private List<Role> roles;
  private Role role;
  private InboxQuery.Tab tab = InboxQuery.Tab.ALL;
  private String procedureCode;
  private String fieldCode;
  private LocalDate receivedFrom;
  private DossierStatus status;
  private InboxCounts counts = new InboxCounts(0, 0, 0, 0);

  /** The request {@link #counts} were read in: counted once per request, not per component. */
  private transient FacesContext countedIn;

  private LazyDataModel<InboxRow> rows;
  private List<InboxRow> selected = new ArrayList<>();
  private String assignee;

  @PostConstruct
  void open() {
    Actor actor = actor();
    // A head gives out the unit's work: they see every role's inbox, their own first.
    roles =
        PROCESSING.stream()
            .filter(r -> actor.has(r) || actor.has(Role.HEAD) && r != Role.RECEIVING_CLERK)
            .toList();
    role =
        roles.stream().filter(actor::has).findFirst().orElse(roles.isEmpty() ? null : roles.get(0));
    rows = new StepRows();
    countTabs();
  }

  /**
   * The tabs render above the table, before it counts: they are counted when the view opens and
   * after each action. The table's count reuses what this request counted, and counts only when the
   * table alone is rendered again (paging).
   */
  private void countTabs() {
    if (role != null) {
      counts = dossiers.inboxCounts(actor(), query());
      countedIn = FacesContext.getCurrentInstance();
    }
  }

  /** Another tab: the table starts again at its first page. */
  public void show(InboxQuery.Tab tab) {
    this.tab = tab;
    selected = new ArrayList<>();
    countTabs();
  }

  /** New filters or another role: the same. */
  public void search() {
    selected = new ArrayList<>();
    countTabs();
  }

  public List<ProcedureSummary> completeProcedure(String text) {
    return catalog.search(new ProcedureQuery(text, null, null, null, 0, 15)).items();
  }

  public List<ProcedureRepository.FieldCount> getFields() {
    return catalog.fields();
  }

  /** Whom the selected steps can be given to: the unit's enabled accounts in the role. */
  public List<AccountSummary> getColleagues() {
    Actor actor = actor();
    return role == null ? List.of() : accounts.colleagues(actor.unitId(), role);
  }

  public boolean isHead() {
    return actor().has(Role.HEAD);
  }

  /** Gives every selected step to the chosen colleague; each dossier on its own. */
  public void assign() {
    if (assignee == null || assignee.isBlank()) {
      FacesMessages.errorAt("inbox:assignee", FacesMessages.text("inbox.assignee.required"));
      return;
    }
    if (selected.isEmpty()) {
      FacesMessages.error("inbox.assign.none");
      return;
    }
    int given = 0;
    List<String> refused = new ArrayList<>();
    for (InboxRow row : selected) {
      try {
        processing.reassign(actor(), row.code(), row.version(), assignee);
        given++;
      } catch (BusinessException e) {
        refused.add(row.code());
      }
    }
    selected = new ArrayList<>();
    countTabs();
    if (given > 0) {
      FacesMessages.info("inbox.assigned", given);
    }
    if (!refused.isEmpty()) {
      FacesMessages.error("inbox.assign.refused", String.join(", ", refused));
    }
  }

  private InboxQuery query() {
    return new InboxQuery(
        role, tab, blankToNull(procedureCode), blankToNull(fieldCode), receivedFrom, status);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private Actor actor() {
    return currentUser.actor();
  }

  /** The open steps a page at a time; the tabs' counts tell the paginator the total. */
  private final class StepRows extends PagedRows<InboxRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      if (role == null) {
        return 0;
      }
      if (countedIn != FacesContext.getCurrentInstance()) {
        countTabs();
      }
      return (int) counts.of(tab);
    }

    @Override
    public List<InboxRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return role == null ? List.of() : dossiers.inboxRows(actor(), query(), first, pageSize);
    }

    @Override
    public String getRowKey(InboxRow row) {
      return row.code() + "/" + row.step();
    }
  }

  public List<Role> getRoles() {
    return roles;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    if (roles.contains(role)) {
      this.role = role;
    }
  }

  public InboxQuery.Tab getTab() {
    return tab;
  }

  public InboxQuery.Tab[] getTabs() {
    return InboxQuery.Tab.values();
  }

  public InboxCounts getCounts() {
    return counts;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public void setProcedureCode(String procedureCode) {
    this.procedureCode = procedureCode;
  }

  public String getFieldCode() {
    return fieldCode;
  }

  public void setFieldCode(String fieldCode) {
    this.fieldCode = fieldCode;
  }

  public LocalDate getReceivedFrom() {
    return receivedFrom;
  }

  public void setReceivedFrom(LocalDate receivedFrom) {
    this.receivedFrom = receivedFrom;
  }

  public DossierStatus getStatus() {
    return status;
  }

  public void setStatus(DossierStatus status) {
    this.status = status;
  }

  public DossierStatus[] getStatuses() {
    return new DossierStatus[] {
      DossierStatus.RECEIVED,
      DossierStatus.PROCESSING,
      DossierStatus.SUPPLEMENT_REQUESTED,
      DossierStatus.OBLIGATION_REQUESTED,
      DossierStatus.FINISHED
    };
  }

  public LazyDataModel<InboxRow> getRows() {
    return rows;
  }

  public List<InboxRow> getSelected() {
    return selected;
  }

  public void setSelected(List<InboxRow> selected) {
    this.selected = selected;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }
}
