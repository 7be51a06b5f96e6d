package vn.motcua.dossier.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.motcua.catalog.CatalogService;
import vn.motcua.document.FileInfo;
import vn.motcua.dossier.Checklist;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierPage;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ProcessingService;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;
import vn.motcua.dossier.ResultDetails;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.slip.Slip;
import vn.motcua.security.AccountService;
import vn.motcua.security.AccountSummary;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.security.web.CurrentUser;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.web.FacesMessages;
import vn.motcua.shared.web.Formats;

/**
 * A dossier's page: applicant, procedure, documents with their scans, each step with its budget
 * used, fees, and the history as a timeline, read in one service call when the view opens; and the
 * actions the user may take now, each through one dialog that asks what it needs. A dossier the
 * user's unit has nothing to do with is "not found", as if it did not exist. After an action, or a
 * refusal (someone changed the dossier meanwhile), the page reads the dossier again.
 */
@Named
@ViewScoped
public class DossierBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The actions that need a note: a reason, what the applicant must bring. */
  private static final Set<DossierAction> NOTED =
      EnumSet.of(
          DossierAction.SEND_BACK,
          DossierAction.REQUEST_SUPPLEMENT,
          DossierAction.REQUEST_OBLIGATION,
          DossierAction.REFUSE,
          DossierAction.APOLOGIZE,
          DossierAction.STOP,
          DossierAction.WITHDRAW);

  @Inject private DossierService dossiers;
  @Inject private ProcessingService processing;
  @Inject private CatalogService catalog;
  @Inject private CurrentUser currentUser;
  @Inject private AccountService accounts;

  private String code;
  private DossierPage page;
  private DossierAction action;
  private String note;
  private LocalDateTime newAppointment;
  private String resultName;
  private String resultNumber;
  private Long resultFileId;
  private String resultFileName;
  private ReturnMethod returnMethod;
  private String assignee;
  private List<Checklist.Item> requirements = List.of();
  private List<Integer> supplied = new ArrayList<>();
  private Provision suppliedAs = Provision.COPY;
  private List<AccountSummary> assignees = List.of();

  /** Reads the dossier named by the {@code code} parameter (the view action). */
  public void load() {
    page = null;
    if (code == null || code.isBlank()) {
      return;
    }
    try {
      page = dossiers.page(actor(), code.strip());
    } catch (BusinessException e) {
      page = null;
    }
  }

  /** Opens the dialog of an action, empty. */
  public void begin(DossierAction chosen) {
    action = chosen;
    note = null;
    newAppointment = null;
    resultName = null;
    resultNumber = null;
    resultFileId = null;
    resultFileName = null;
    returnMethod = page.dossier().returnMethod();
    assignee = null;
    supplied = new ArrayList<>();
    suppliedAs = Provision.COPY;
    // What a supplement may bring: the documents of the dossier's procedure version.
    requirements =
        chosen == DossierAction.RECEIVE_SUPPLEMENT
            ? Checklist.of(catalog.version(page.dossier().procedureVersionId()).detail()).items()
            : List.of();
    // Whom the current step can be given to: its unit's people with its role.
    assignees =
        chosen == DossierAction.REASSIGN
            ? page.currentStep()
                .map(step -> accounts.colleagues(step.unitId(), Role.valueOf(step.performerRole())))
                .orElse(List.of())
            : List.of();
  }

  /** Takes the chosen action on the version of the dossier the page shows. */
  public void perform() {
    if (action == null || page == null) {
      return;
    }
    if (NOTED.contains(action) && (note == null || note.isBlank())) {
      FacesMessages.errorAt("dossier:note", FacesMessages.text("dossier.action.noteRequired"));
      return;
    }
    if (action == DossierAction.APOLOGIZE && newAppointment == null) {
      FacesMessages.errorAt(
          "dossier:appointment", FacesMessages.text("dossier.action.appointmentRequired"));
      return;
    }
    if (action == DossierAction.REASSIGN && (assignee == null || assignee.isBlank())) {
      FacesMessages.errorAt(
          "dossier:assignee", FacesMessages.text("dossier.action.assigneeRequired"));
      return;
    }
    if (action == DossierAction.RECEIVE_SUPPLEMENT && supplied.isEmpty()) {
      FacesMessages.errorAt(
          "dossier:supplied", FacesMessages.text("dossier.action.suppliedRequired"));
      return;
    }
    if (action == DossierAction.FINISH && (resultName == null || resultName.isBlank())) {
      FacesMessages.errorAt(
          "dossier:resultName", FacesMessages.text("dossier.action.resultRequired"));
      return;
    }
    try {
      take(page.dossier().code(), page.dossier().version());
      FacesMessages.info("dossier.action.done", FacesMessages.text("action." + action));
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    action = null;
    load();
  }

  private void take(String dossier, long version) {
    Actor actor = actor();
    String text = note == null ? null : note.strip();
    switch (action) {
      case START_STEP -> processing.startStep(actor, dossier, version);
      case FORWARD -> processing.forward(actor, dossier, version, text, null);
      case SEND_BACK -> processing.sendBack(actor, dossier, version, text);
      case REASSIGN -> processing.reassign(actor, dossier, version, assignee);
      case REQUEST_SUPPLEMENT -> processing.requestSupplement(actor, dossier, version, text);
      case RECEIVE_SUPPLEMENT ->
          processing.receiveSupplement(
              actor,
              dossier,
              version,
              supplied.stream().map(n -> ProvidedDocument.paper(n, suppliedAs)).toList());
      case REQUEST_OBLIGATION -> processing.requestObligation(actor, dossier, version, text);
      case FULFIL_OBLIGATION -> processing.fulfilObligation(actor, dossier, version);
      case REFUSE -> processing.refuse(actor, dossier, version, text);
      case STOP -> processing.stop(actor, dossier, version, text);
      case WITHDRAW -> processing.withdraw(actor, dossier, version, text);
      case FINISH ->
          processing.finish(
              actor,
              dossier,
              version,
              List.of(
                  new ResultDetails(resultName.strip(), blankToNull(resultNumber), resultFileId)));
      case APOLOGIZE ->
          processing.apologize(
              actor, dossier, version, newAppointment.atZone(Formats.VIETNAM).toInstant(), text);
      case RETURN_RESULT -> processing.returnResult(actor, dossier, version, returnMethod);
      default -> throw new IllegalStateException("Not an action of the dossier page: " + action);
    }
  }

  /** The procedure's checklist: what a supplement may bring. */
  public List<Checklist.Item> getRequirements() {
    return requirements;
  }

  public List<Integer> getSupplied() {
    return supplied;
  }

  public void setSupplied(List<Integer> supplied) {
    this.supplied = supplied == null ? new ArrayList<>() : new ArrayList<>(supplied);
  }

  public Provision getSuppliedAs() {
    return suppliedAs;
  }

  public void setSuppliedAs(Provision suppliedAs) {
    this.suppliedAs = suppliedAs;
  }

  /** The signed result's file, kept before the dossier is finished with it. */
  public void uploadResult(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream content = file.getInputStream()) {
      FileInfo stored = processing.storeResultFile(actor(), content, file.getFileName());
      resultFileId = stored.id();
      resultFileName = stored.originalName();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String getResultFileName() {
    return resultFileName;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public List<AccountSummary> getAssignees() {
    return assignees;
  }

  public boolean isNoted() {
    return action != null && NOTED.contains(action);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private Actor actor() {
    return currentUser.actor();
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

  /** The slips the dossier had occasion for: the receipt, a refusal, an apology, and so on. */
  public List<Slip> getSlips() {
    return page == null ? List.of() : Slip.allIssuedFor(page.dossier());
  }

  public DossierAction getAction() {
    return action;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public LocalDateTime getNewAppointment() {
    return newAppointment;
  }

  public void setNewAppointment(LocalDateTime newAppointment) {
    this.newAppointment = newAppointment;
  }

  public String getResultName() {
    return resultName;
  }

  public void setResultName(String resultName) {
    this.resultName = resultName;
  }

  public String getResultNumber() {
    return resultNumber;
  }

  public void setResultNumber(String resultNumber) {
    this.resultNumber = resultNumber;
  }

  public ReturnMethod getReturnMethod() {
    return returnMethod;
  }

  public void setReturnMethod(ReturnMethod returnMethod) {
    this.returnMethod = returnMethod;
  }
}
