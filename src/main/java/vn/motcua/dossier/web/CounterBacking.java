package vn.motcua.dossier.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.document.FileInfo;
import vn.motcua.dossier.ApplicantLookup;
import vn.motcua.dossier.ApplicantService;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.CounterDesk;
import vn.motcua.dossier.CounterForm;
import vn.motcua.dossier.CounterService;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Receipt;
import vn.motcua.dossier.ReceptionService;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.slip.SlipService;
import vn.motcua.security.Actor;
import vn.motcua.security.web.CurrentUser;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.web.FacesMessages;

/**
 * The counter: a receiving clerk with the applicant in front of her finds the procedure, looks the
 * applicant up by ID number, ticks the documents (scanning or reusing them), and receives, or
 * prints the guidance slip of what is missing. One dossier per view; {@link #next} starts over.
 */
@Named
@ViewScoped
public class CounterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Checks a request before sending it, to show each broken rule next to its field. Not injected:
   * the container's validator cannot be proxied into a view-scoped (passivating) bean.
   */
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @Inject private SlipService slips;
  @Inject private CounterService counter;
  @Inject private ApplicantService applicants;
  @Inject private ReceptionService reception;
  @Inject private CurrentUser currentUser;

  private CounterDesk desk;
  private String procedureCode;
  private CounterForm form;
  private List<ChecklistLine> lines = List.of();
  private List<ApplicantLookup.ReusableDocument> reusable = List.of();
  private ApplicantForm applicant = new ApplicantForm();
  private String subjectAddressUnitCode;
  private Channel channel = Channel.COUNTER;
  private int sets = 1;
  private int copies = 1;
  private long returnUnitId;
  private ReturnMethod returnMethod = ReturnMethod.AT_CENTER;
  private Receipt receipt;

  @PostConstruct
  void open() {
    desk = counter.desk(actor());
    returnUnitId = desk.centerId();
  }

  /** The autocomplete: procedures this center may receive, by name or code. */
  public List<ProcedureSummary> completeProcedure(String text) {
    return counter.procedures(actor(), text, 15);
  }

  /**
   * How a procedure shows in the autocomplete: a suggestion, or the chosen code when the field is
   * rendered again (the autocomplete then passes its value, not a suggestion).
   */
  public String procedureLabel(Object procedure) {
    if (procedure instanceof ProcedureSummary suggestion) {
      return suggestion.code() + " · " + suggestion.name();
    }
    if (form != null && form.procedureCode().equals(procedure)) {
      return form.procedureCode() + " · " + form.procedureName();
    }
    return procedure == null ? "" : procedure.toString();
  }

  /** A procedure was chosen: its checklist and fees replace the previous one's. */
  public void procedureChosen() {
    if (procedureCode == null || procedureCode.isBlank()) {
      form = null;
      lines = List.of();
      return;
    }
    try {
      form = counter.form(actor(), procedureCode, copies);
      lines = form.checklist().stream().map(ChecklistLine::new).toList();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  /** The fees follow the number of copies asked. */
  public void copiesChanged() {
    if (form != null) {
      form = counter.form(actor(), form.procedureCode(), Math.max(1, Math.min(copies, 100)));
    }
  }

  /** Fills the applicant from the population database, or their latest dossier here. */
  public void lookUp() {
    String number = applicant.getIdNumber() == null ? "" : applicant.getIdNumber().strip();
    if (!number.matches("[0-9-]{10,14}")) {
      FacesMessages.errorAt("counter:idNumber", FacesMessages.text("counter.idNumber.format"));
      return;
    }
    try {
      ApplicantLookup found = applicants.lookUp(actor(), applicant.getType(), number);
      applicant.fill(found);
      reusable = found.reusable();
      FacesMessages.info("counter.lookup." + found.source());
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  /** A scan or an upload for one document of the checklist (its position in the attributes). */
  public void upload(FileUploadEvent event) {
    int position = ((Number) event.getComponent().getAttributes().get("position")).intValue();
    ChecklistLine line = line(position);
    UploadedFile file = event.getFile();
    try (InputStream content = file.getInputStream()) {
      FileInfo stored = counter.upload(actor(), content, file.getFileName());
      line.scanned(stored.id(), stored.originalName());
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The earlier documents of this applicant that may stand for a line. */
  public List<ApplicantLookup.ReusableDocument> reusableFor(ChecklistLine line) {
    if (!line.getItem().reusable()) {
      return List.of();
    }
    return reusable.stream()
        .filter(document -> Objects.equals(document.requirementCode(), line.getItem().code()))
        .toList();
  }

  /** The applicant brought everything: every line received, in the form it is asked for. */
  public void receiveAll() {
    lines.forEach(line -> line.setReceived(true));
  }

  /** What the applicant still has to bring. */
  public List<ChecklistLine> getMissing() {
    return lines.stream().filter(ChecklistLine::isMissing).toList();
  }

  /**
   * The guidance slip (form 02, before there is a dossier) listing what the applicant still has to
   * bring, as a PDF download; null when nothing is missing.
   */
  public StreamedContent guidance() {
    List<ChecklistLine> missing = getMissing();
    if (form == null || missing.isEmpty()) {
      return null;
    }
    byte[] pdf =
        slips.guidance(
            actor(),
            form.procedureCode(),
            applicant.getFullName(),
            missing.stream().map(line -> line.getItem().name()).toList());
    return Downloads.file("huong-dan-" + form.procedureCode() + ".pdf", Downloads.PDF, pdf);
  }

  public void receive() {
    if (form == null) {
      FacesMessages.errorAt("counter:procedure", FacesMessages.text("counter.procedure.required"));
      return;
    }
    if (!getMissing().isEmpty()) {
      FacesMessages.error("counter.incomplete", getMissing().size());
      return;
    }
    NewDossier request = request();
    Set<ConstraintViolation<NewDossier>> violations = VALIDATOR.validate(request);
    if (!violations.isEmpty()) {
      show(violations);
      return;
    }
    try {
      receipt = reception.receive(actor(), request);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    } catch (EJBException e) {
      if (!(e.getCause() instanceof ConstraintViolationException invalid)) {
        throw e;
      }
      invalid.getConstraintViolations().forEach(v -> show(v.getPropertyPath().toString()));
    }
  }

  /** The next applicant: a clean counter. */
  public String next() {
    return "/reception/counter?faces-redirect=true";
  }

  private NewDossier request() {
    List<ProvidedDocument> documents =
        lines.stream().map(ChecklistLine::provided).filter(Objects::nonNull).toList();
    return new NewDossier(
        form.procedureCode(),
        channel,
        desk.centerId(),
        returnUnitId == desk.centerId() ? null : returnUnitId,
        returnMethod,
        applicant.details(),
        applicant.proxy(),
        form.bySubjectAddress() ? subjectAddressUnitCode : null,
        sets,
        copies,
        documents);
  }

  private void show(Set<ConstraintViolation<NewDossier>> violations) {
    violations.stream()
        .map(violation -> violation.getPropertyPath().toString())
        .distinct()
        .forEach(this::show);
  }

  /** A violation next to its field, in the user's language. */
  private void show(String path) {
    FieldOfRequest field = FieldOfRequest.of(path);
    if (field.componentId() == null) {
      FacesMessages.error(field.messageKey());
    } else {
      FacesMessages.errorAt(
          "counter:" + field.componentId(), FacesMessages.text(field.messageKey()));
    }
  }

  private ChecklistLine line(int position) {
    return lines.stream()
        .filter(line -> line.getItem().position() == position)
        .findFirst()
        .orElseThrow();
  }

  private Actor actor() {
    return currentUser.actor();
  }

  public CounterDesk getDesk() {
    return desk;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public void setProcedureCode(String procedureCode) {
    this.procedureCode = procedureCode;
  }

  public CounterForm getForm() {
    return form;
  }

  public List<ChecklistLine> getLines() {
    return lines;
  }

  public ApplicantForm getApplicant() {
    return applicant;
  }

  public String getSubjectAddressUnitCode() {
    return subjectAddressUnitCode;
  }

  public void setSubjectAddressUnitCode(String subjectAddressUnitCode) {
    this.subjectAddressUnitCode = subjectAddressUnitCode;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public int getSets() {
    return sets;
  }

  public void setSets(int sets) {
    this.sets = sets;
  }

  public int getCopies() {
    return copies;
  }

  public void setCopies(int copies) {
    this.copies = copies;
  }

  public long getReturnUnitId() {
    return returnUnitId;
  }

  public void setReturnUnitId(long returnUnitId) {
    this.returnUnitId = returnUnitId;
  }

  public ReturnMethod getReturnMethod() {
    return returnMethod;
  }

  public void setReturnMethod(ReturnMethod returnMethod) {
    this.returnMethod = returnMethod;
  }

  public Receipt getReceipt() {
    return receipt;
  }
}
