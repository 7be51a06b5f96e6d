package vn.motcua.dossier;

import static vn.motcua.security.Role.CENTER_DIRECTOR;
import static vn.motcua.security.Role.HEAD;
import static vn.motcua.security.Role.RECEIVING_CLERK;
import static vn.motcua.security.Role.SIGNING_LEADER;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.security.Actor;

/**
 * A dossier (hồ sơ): the aggregate at the heart of MotCua. It holds what was submitted for which
 * procedure version, by whom, where it was received and where its result goes; the steps of the
 * internal process; its pauses; its history; and, once processing ends, its measures.
 *
 * <p>Its state changes only through the named actions below, each allowed in the states {@link
 * DossierAction} lists and to the actors the action names; each writes a {@link Transition}. Time
 * comes in as an argument and the working calendar decides every due instant, so the whole life of
 * a dossier can be played in a unit test.
 */
@Entity
@Table(name = "dossier")
// Blocks of 500 ids (V23): a dossier takes about nine, and every new block is a wait for all.
@SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 500)
public class Dossier {

  /**
   * The shape of a dossier code, {@code {receiving unit e-identifier}-{yyMMdd}-{sequence}}: how
   * addresses, slips and scanned QR codes are recognised as naming a dossier.
   */
  public static final String CODE_PATTERN = "[0-9A-Za-z.]+-\\d{6}-\\d{4,}";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
  private Long id;

  private String code;

  @Column(name = "procedure_version_id")
  private long procedureVersionId;

  @Column(name = "procedure_code")
  private String procedureCode;

  @Column(name = "field_code")
  private String fieldCode;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Convert(converter = StatusCodeConverter.class)
  private DossierStatus status;

  @Enumerated(EnumType.STRING)
  private Resolution resolution;

  @Embedded private Applicant applicant;
  @Embedded private Proxy proxy;

  @Column(name = "subject_address_unit")
  private String subjectAddressUnitCode;

  @Column(name = "receiving_unit_id")
  private long receivingUnitId;

  @Column(name = "return_unit_id")
  private long returnUnitId;

  @Enumerated(EnumType.STRING)
  @Column(name = "return_method")
  private ReturnMethod returnMethod;

  @Column(name = "competent_unit_id")
  private long competentUnitId;

  private int sets;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "appointment_at")
  private Instant appointmentAt;

  @Column(name = "legal_minutes")
  private Integer legalMinutes;

  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "paused_minutes")
  private int pausedMinutes;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  private boolean apologized;

  @Enumerated(EnumType.STRING)
  private Timeliness outcome;

  @Column(name = "worked_minutes")
  private Integer workedMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_flag")
  private DeadlineFlag deadlineFlag = DeadlineFlag.NONE;

  /** Set by every action, so that every action raises the version (the children have none). */
  @Column(name = "changed_at")
  private Instant changedAt;

  @Version private long version;

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<DossierStep> steps = new ArrayList<>();

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<DossierDocument> documents = new ArrayList<>();

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<DossierFee> fees = new ArrayList<>();

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Pause> pauses = new ArrayList<>();

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<ResultDocument> results = new ArrayList<>();

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Transition> transitions = new ArrayList<>();

  /** Kept from the intake for the due instant at acceptance; not persisted (the version has it). */
  private transient ProcessingTime processingTime;

  protected Dossier() {}

  private Dossier(String code, Intake intake, DossierStatus status, Instant now) {
    this.code = code;
    this.procedureVersionId = intake.procedureVersionId();
    this.procedureCode = intake.procedureCode();
    this.fieldCode = intake.fieldCode();
    this.processingTime = intake.processingTime();
    this.channel = intake.channel();
    this.status = status;
    this.applicant = new Applicant(intake.applicant());
    this.proxy = new Proxy(intake.proxy());
    this.subjectAddressUnitCode = intake.subjectAddressUnitCode();
    this.receivingUnitId = intake.receivingUnitId();
    this.returnUnitId = intake.returnUnitId();
    this.returnMethod = intake.returnMethod();
    this.competentUnitId = intake.competentUnitId();
    this.sets = intake.sets();
    this.registeredAt = now;
    intake.plan().forEach(plan -> steps.add(new DossierStep(this, plan)));
    intake.documents().forEach(d -> documents.add(new DossierDocument(this, d, 0, now)));
    for (int i = 0; i < intake.fees().size(); i++) {
      fees.add(new DossierFee(this, i + 1, intake.fees().get(i)));
    }
  }

  /** Registered online through the portal: status 1, waiting for its center to accept it. */
  public static Dossier register(String code, Intake intake, Instant now, Actor actor) {
    Dossier dossier = new Dossier(code, intake, DossierStatus.REGISTERED, now);
    dossier.record(DossierAction.REGISTER, null, null, now, actor, null);
    return dossier;
  }

  /**
   * Received at a counter by a clerk of the receiving unit: status 2, the clock starts and the
   * reception step is under way with the clerk.
   */
  public static Dossier receive(
      String code, Intake intake, Instant now, WorkingCalendar calendar, Actor actor) {
    Dossier dossier = new Dossier(code, intake, DossierStatus.RECEIVED, now);
    dossier.requireReceivingClerk(DossierAction.RECEIVE, actor);
    dossier.startClock(now, calendar, actor);
    dossier.record(DossierAction.RECEIVE, null, dossier.current().orElseThrow(), now, actor, null);
    return dossier;
  }

  // --- Intake of online dossiers ---

  /**
   * The center accepts an online dossier whose documents answer the checklist: 1 -> 2, the clock
   * starts now.
   *
   * @param time the legal processing time of the procedure version the dossier was registered under
   * @param checklist that version's checklist
   */
  public void accept(
      ProcessingTime time,
      Checklist checklist,
      Instant now,
      WorkingCalendar calendar,
      Actor actor) {
    DossierStatus from = require(DossierAction.ACCEPT);
    requireReceivingClerk(DossierAction.ACCEPT, actor);
    checklist.complete(
        documents.stream()
            .filter(d -> d.provision() != Provision.NATIONAL_DATABASE)
            .map(d -> new ProvidedDocument(d.position(), d.provision(), d.fileId(), null))
            .toList());
    this.processingTime = time;
    status = DossierStatus.RECEIVED;
    startClock(now, calendar, actor);
    record(DossierAction.ACCEPT, from, current().orElseThrow(), now, actor, null);
  }

  /** The center refuses an online dossier at intake, with reasons: 1 -> 3. */
  public void refuseIntake(String reasons, Instant now, Actor actor) {
    DossierStatus from = require(DossierAction.REFUSE_INTAKE);
    requireReceivingClerk(DossierAction.REFUSE_INTAKE, actor);
    requireNote(reasons, "reasons for the refusal");
    status = DossierStatus.NOT_RECEIVED;
    steps.forEach(step -> step.cancel(now));
    closedAt = now;
    record(DossierAction.REFUSE_INTAKE, from, null, now, actor, reasons);
  }

  private void startClock(Instant now, WorkingCalendar calendar, Actor actor) {
    receivedAt = now;
    dueAt = processingTime.dueAt(calendar, now);
    appointmentAt = dueAt;
    legalMinutes = Math.toIntExact(processingTime.workingTime().toMinutes());
    DossierStep reception = nextInstance(1);
    reception.arrive(now, calendar, actor.username());
    reception.start(actor.username(), now);
  }

  // --- The steps ---

  /** The performer takes up the current step (and becomes its assignee). */
  public void startStep(Instant now, Actor actor) {
    DossierStatus from = require(DossierAction.START_STEP);
    DossierStep step = requireAtCurrentStep(DossierAction.START_STEP, actor);
    if (step.state() == StepState.IN_PROGRESS) {
      throw DossierRefusal.invalid(
          "step-already-started", "Step " + step.position() + " is already under way");
    }
    step.start(actor.username(), now);
    record(DossierAction.START_STEP, from, step, now, actor, null);
  }

  /**
   * The current step is done and the next one arrives in its unit (perhaps another agency, another
   * commune, the province); {@code nextAssignee} may name who takes it up there (a person of that
   * unit with the step's role, or its head), or be null for whoever of them takes it. The step
   * before the return is ended by {@link #finish} or {@link #refuse} instead.
   */
  public void forward(
      String note, Actor nextAssignee, Instant now, WorkingCalendar calendar, Actor actor) {
    DossierStatus from = require(DossierAction.FORWARD);
    DossierStep step = requireAtCurrentStep(DossierAction.FORWARD, actor);
    if (step.position() + 1 >= lastPosition()) {
      throw DossierRefusal.invalid(
          "finish-instead",
          "Step "
              + step.position()
              + " is the last before the return: finish the dossier with its results, or refuse it");
    }
    if (nextAssignee != null) {
      // Every instance of a position has the same unit and role: check before changing anything.
      requireCanPerform(
          steps.stream().filter(s -> s.position() == step.position() + 1).findFirst().orElseThrow(),
          nextAssignee);
    }
    step.end(StepState.DONE, now, calendar);
    DossierStep next = nextInstance(step.position() + 1);
    next.arrive(now, calendar, nextAssignee == null ? null : nextAssignee.username());
    status = DossierStatus.PROCESSING;
    record(DossierAction.FORWARD, from, next, now, actor, note);
  }

  /** The current step goes back to the one before, to be done again, with a reason. */
  public void sendBack(String reason, Instant now, WorkingCalendar calendar, Actor actor) {
    DossierStatus from = require(DossierAction.SEND_BACK);
    DossierStep step = requireAtCurrentStep(DossierAction.SEND_BACK, actor);
    requireNote(reason, "the reason for sending back");
    if (step.position() == 1) {
      throw DossierRefusal.invalid("first-step", "The reception step has no step before it");
    }
    DossierStep previous = latest(step.position() - 1).orElseThrow();
    step.end(StepState.SENT_BACK, now, calendar);
    DossierStep again = previous.again();
    steps.add(again);
    again.arrive(now, calendar, previous.assignee());
    record(DossierAction.SEND_BACK, from, again, now, actor, reason);
  }

  /** A head gives the current step to another person of the step's unit. */
  public void reassign(Actor assignee, Instant now, Actor actor) {
    DossierStatus from = require(DossierAction.REASSIGN);
    DossierStep step = current().orElseThrow();
    if (!actor.worksIn(step.unitId(), HEAD)) {
      throw DossierRefusal.forbidden(
          "Only a head of the step's unit may reassign step " + step.position());
    }
    requireCanPerform(step, assignee);
    step.assign(assignee.username());
    record(DossierAction.REASSIGN, from, step, now, actor, assignee.username());
  }

  // --- Pauses ---

  /** The applicant must supplement the dossier: -> 5, the clock stops. */
  public void requestSupplement(String what, Instant now, Actor actor) {
    pause(DossierAction.REQUEST_SUPPLEMENT, Pause.Kind.SUPPLEMENT, what, now, actor);
  }

  /**
   * The applicant supplied what was missing (at the counter, or online through the portal): the
   * clock runs again and the due instant and the appointment move by the paused working time.
   */
  public void receiveSupplement(
      List<Checklist.Provided> supplied, Instant now, WorkingCalendar calendar, Actor actor) {
    DossierStatus from = require(DossierAction.RECEIVE_SUPPLEMENT);
    if (!actor.system()) {
      requireReceivingClerk(DossierAction.RECEIVE_SUPPLEMENT, actor);
    }
    if (supplied.isEmpty()) {
      throw DossierRefusal.invalid("empty-supplement", "A supplement needs at least one document");
    }
    int round = (int) pauses.stream().filter(p -> p.kind() == Pause.Kind.SUPPLEMENT).count();
    supplied.forEach(d -> documents.add(new DossierDocument(this, d, round, now)));
    resume(DossierAction.RECEIVE_SUPPLEMENT, from, now, calendar, actor);
  }

  /** The applicant must fulfil a financial obligation (e.g. land tax): -> 6, the clock stops. */
  public void requestObligation(String what, Instant now, Actor actor) {
    pause(DossierAction.REQUEST_OBLIGATION, Pause.Kind.OBLIGATION, what, now, actor);
  }

  /** The obligation is fulfilled (seen by the agency, or reported by the payment platform). */
  public void fulfilObligation(Instant now, WorkingCalendar calendar, Actor actor) {
    DossierStatus from = require(DossierAction.FULFIL_OBLIGATION);
    if (!actor.system()) {
      DossierStep step = current().orElseThrow();
      if (!actor.worksIn(step.unitId(), step.performerRole(), HEAD)
          && !actor.worksIn(receivingUnitId, RECEIVING_CLERK)) {
        throw forbidden(DossierAction.FULFIL_OBLIGATION);
      }
    }
    resume(DossierAction.FULFIL_OBLIGATION, from, now, calendar, actor);
  }

  private void pause(
      DossierAction action, Pause.Kind kind, String reason, Instant now, Actor actor) {
    DossierStatus from = require(action);
    DossierStep step = requireAtCurrentStep(action, actor);
    requireNote(reason, "what the applicant must do");
    pauses.add(new Pause(this, kind, reason, status, now, actor.username()));
    status =
        kind == Pause.Kind.SUPPLEMENT
            ? DossierStatus.SUPPLEMENT_REQUESTED
            : DossierStatus.OBLIGATION_REQUESTED;
    pausedAt = now;
    record(action, from, step, now, actor, reason);
  }

  private void resume(
      DossierAction action,
      DossierStatus from,
      Instant now,
      WorkingCalendar calendar,
      Actor actor) {
    Pause pause = openPause().orElseThrow();
    int minutes = Math.toIntExact(calendar.workingTimeBetween(pausedAt, now).toMinutes());
    pause.end(now, minutes);
    pausedMinutes += minutes;
    dueAt = calendar.resume(dueAt, pausedAt, now);
    appointmentAt = calendar.resume(appointmentAt, pausedAt, now);
    DossierStep step = current().orElseThrow();
    step.resume(pausedAt, now, calendar);
    pausedAt = null;
    status = pause.resumeStatus();
    record(action, from, step, now, actor, null);
  }

  // --- Endings ---

  /** The applicant withdraws the dossier: -> 7. Recorded by the receiving center or the portal. */
  public void withdraw(String reason, Instant now, Actor actor) {
    DossierStatus from = require(DossierAction.WITHDRAW);
    if (!actor.system()) {
      requireReceivingClerk(DossierAction.WITHDRAW, actor);
    }
    end(DossierStatus.WITHDRAWN, now);
    record(DossierAction.WITHDRAW, from, null, now, actor, reason);
  }

  /** Processing stops at the applicant's request: -> 8 (notice to stop processing). */
  public void stop(String reason, Instant now, Actor actor) {
    DossierStatus from = require(DossierAction.STOP);
    DossierStep step = current().orElseThrow();
    if (!actor.worksIn(receivingUnitId, RECEIVING_CLERK)
        && !actor.worksIn(step.unitId(), HEAD, SIGNING_LEADER)) {
      throw forbidden(DossierAction.STOP);
    }
    requireNote(reason, "the applicant's request");
    end(DossierStatus.STOPPED, now);
    record(DossierAction.STOP, from, null, now, actor, reason);
  }

  private void end(DossierStatus to, Instant now) {
    openPause().ifPresent(pause -> pause.end(now, 0));
    pausedAt = null;
    steps.stream()
        .filter(step -> step.state() == StepState.PLANNED || step.state().open())
        .forEach(step -> step.cancel(now));
    status = to;
    closedAt = now;
  }

  /**
   * The agency refuses to settle, with reasons: -> 9. Processing ends here and is measured; the
   * refusal slip goes to the return center as the result.
   */
  public void refuse(String reasons, Instant now, WorkingCalendar calendar, Actor actor) {
    DossierStatus from = require(DossierAction.REFUSE);
    DossierStep step = requireAtCurrentStep(DossierAction.REFUSE, actor);
    requireNote(reasons, "reasons for the refusal");
    conclude(Resolution.REFUSED, step, now, calendar);
    record(DossierAction.REFUSE, from, current().orElseThrow(), now, actor, reasons);
  }

  /**
   * Processing finished with its result documents, which go to the return center: -> 9, measured
   * against the due instant. Done from the last step before the return.
   */
  public void finish(
      List<ResultDetails> issued, Instant now, WorkingCalendar calendar, Actor actor) {
    DossierStatus from = require(DossierAction.FINISH);
    DossierStep step = requireAtCurrentStep(DossierAction.FINISH, actor);
    if (step.position() + 1 != lastPosition()) {
      throw DossierRefusal.invalid(
          "steps-remain",
          "Step " + step.position() + " is not the last before the return: forward it first");
    }
    if (issued.isEmpty()) {
      throw DossierRefusal.invalid("no-result", "Finishing needs at least one result document");
    }
    for (int i = 0; i < issued.size(); i++) {
      results.add(new ResultDocument(this, i + 1, issued.get(i)));
    }
    conclude(Resolution.GRANTED, step, now, calendar);
    record(DossierAction.FINISH, from, current().orElseThrow(), now, actor, null);
  }

  private void conclude(Resolution how, DossierStep step, Instant now, WorkingCalendar calendar) {
    step.end(StepState.DONE, now, calendar);
    steps.stream()
        .filter(s -> s.state() == StepState.PLANNED && s.position() < lastPosition())
        .forEach(s -> s.cancel(now));
    nextInstance(lastPosition()).arrive(now, calendar, null);
    resolution = how;
    status = DossierStatus.FINISHED;
    finishedAt = now;
    // Measured once, here, and stored: dashboards read these, never recompute history.
    outcome = apologized ? Timeliness.LATE : Timeliness.of(now, dueAt);
    workedMinutes =
        Math.toIntExact(
            Math.max(0, calendar.workingTimeBetween(receivedAt, now).toMinutes() - pausedMinutes));
    deadlineFlag = DeadlineFlag.NONE;
  }

  /** The result is handed to the applicant (or posted, or sent electronically): 9 -> 10. */
  public void returnResult(
      ReturnMethod method, Instant now, WorkingCalendar calendar, Actor actor) {
    DossierStatus from = require(DossierAction.RETURN_RESULT);
    DossierStep step = current().orElseThrow();
    if (!actor.worksIn(returnUnitId, RECEIVING_CLERK)) {
      throw forbidden(DossierAction.RETURN_RESULT);
    }
    if (method != null) {
      returnMethod = method;
    }
    if (step.state() == StepState.WAITING) {
      step.start(actor.username(), now);
    }
    step.end(StepState.DONE, now, calendar);
    status = DossierStatus.RETURNED;
    returnedAt = now;
    closedAt = now;
    record(DossierAction.RETURN_RESULT, from, step, now, actor, null);
  }

  // --- Lateness ---

  /**
   * Before the due instant passes, the agency apologises and sets a new appointment (apology
   * letter). The dossier counts as late whenever it finishes.
   */
  public void apologize(Instant newAppointment, String reason, Instant now, Actor actor) {
    DossierStatus from = require(DossierAction.APOLOGIZE);
    DossierStep step = current().orElseThrow();
    if (!actor.worksIn(step.unitId(), HEAD, SIGNING_LEADER)
        && !actor.worksIn(receivingUnitId, CENTER_DIRECTOR)) {
      throw forbidden(DossierAction.APOLOGIZE);
    }
    requireNote(reason, "the reason for the delay");
    if (!now.isBefore(dueAt)) {
      throw DossierRefusal.invalid(
          "apology-too-late", "The apology must come before the due instant " + dueAt);
    }
    if (newAppointment == null || !newAppointment.isAfter(appointmentAt)) {
      throw DossierRefusal.invalid(
          "appointment-not-later",
          "The new appointment must be later than the current one, " + appointmentAt);
    }
    apologized = true;
    appointmentAt = newAppointment;
    record(DossierAction.APOLOGIZE, from, step, now, actor, reason);
  }

  // --- Deadline watch ---

  /** The deadline watch's finding for the dossier and its current step. */
  public void flag(DeadlineFlag dossierFlag, DeadlineFlag stepFlag) {
    deadlineFlag = dossierFlag;
    current().ifPresent(step -> step.flag(stepFlag));
  }

  // --- What an actor may do ---

  /**
   * The actions this actor may take now: those the status allows whose rule about who acts the
   * actor meets (the same rules the actions check). Screens offer exactly these; the action still
   * checks everything else (notes, dates, files) when taken.
   */
  public Set<DossierAction> actionsFor(Actor actor, Instant now) {
    Set<DossierAction> may = EnumSet.noneOf(DossierAction.class);
    DossierStep step = current().orElse(null);
    for (DossierAction action : DossierAction.values()) {
      if (action.allowedIn(status) && mayTake(action, actor, step, now)) {
        may.add(action);
      }
    }
    return may;
  }

  private boolean mayTake(DossierAction action, Actor actor, DossierStep step, Instant now) {
    boolean clerk = actor.worksIn(receivingUnitId, RECEIVING_CLERK);
    boolean atStep = step != null && atCurrentStep(step, actor);
    return switch (action) {
      case REGISTER, RECEIVE -> false;
      case ACCEPT, REFUSE_INTAKE, RECEIVE_SUPPLEMENT, WITHDRAW -> clerk;
      case START_STEP -> atStep && step.state() != StepState.IN_PROGRESS;
      case FORWARD -> atStep && step.position() + 1 < lastPosition();
      case SEND_BACK -> atStep && step.position() > 1;
      case FINISH -> atStep && step.position() + 1 == lastPosition();
      case REQUEST_SUPPLEMENT, REQUEST_OBLIGATION, REFUSE -> atStep;
      case REASSIGN -> step != null && actor.worksIn(step.unitId(), HEAD);
      case FULFIL_OBLIGATION ->
          step != null && (actor.worksIn(step.unitId(), step.performerRole(), HEAD) || clerk);
      case STOP -> step != null && (clerk || actor.worksIn(step.unitId(), HEAD, SIGNING_LEADER));
      case RETURN_RESULT -> actor.worksIn(returnUnitId, RECEIVING_CLERK);
      case APOLOGIZE ->
          step != null
              && now.isBefore(dueAt)
              && (actor.worksIn(step.unitId(), HEAD, SIGNING_LEADER)
                  || actor.worksIn(receivingUnitId, CENTER_DIRECTOR));
    };
  }

  /** Whether the actor may act on this step: its role in its unit (or head), not someone else's. */
  private boolean atCurrentStep(DossierStep step, Actor actor) {
    boolean head = actor.worksIn(step.unitId(), HEAD);
    return head
        || actor.worksIn(step.unitId(), step.performerRole())
            && (step.assignee() == null || step.assignee().equals(actor.username()));
  }

  // --- Rules shared by the actions ---

  private DossierStatus require(DossierAction action) {
    if (!action.allowedIn(status)) {
      throw new IllegalTransitionException(code, action, status);
    }
    return status;
  }

  private void requireReceivingClerk(DossierAction action, Actor actor) {
    if (!actor.worksIn(receivingUnitId, RECEIVING_CLERK)) {
      throw forbidden(action);
    }
  }

  /**
   * The current step, if the actor may act on it: they work in its unit with its role (or as the
   * unit's head), and it is not assigned to someone else.
   */
  private DossierStep requireAtCurrentStep(DossierAction action, Actor actor) {
    DossierStep step = current().orElseThrow();
    if (!atCurrentStep(step, actor)) {
      throw actor.worksIn(step.unitId(), step.performerRole())
          ? DossierRefusal.forbidden(
              "Step " + step.position() + " of dossier " + code + " is assigned to someone else")
          : forbidden(action);
    }
    return step;
  }

  private static void requireCanPerform(DossierStep step, Actor person) {
    if (!person.worksIn(step.unitId(), step.performerRole(), HEAD)) {
      throw DossierRefusal.invalid(
          "assignee-cannot-perform",
          person.username()
              + " does not work in the unit of step "
              + step.position()
              + " as "
              + step.performerRole());
    }
  }

  private DossierRefusal forbidden(DossierAction action) {
    return DossierRefusal.forbidden("You may not " + action + " dossier " + code);
  }

  private static void requireNote(String note, String what) {
    if (note == null || note.isBlank()) {
      throw DossierRefusal.invalid("note-required", "Give " + what);
    }
  }

  private void record(
      DossierAction action,
      DossierStatus from,
      DossierStep step,
      Instant now,
      Actor actor,
      String note) {
    transitions.add(
        new Transition(
            this,
            now,
            actor.username(),
            actor.unitId(),
            action,
            from,
            status,
            step,
            note == null ? null : note.strip()));
    changedAt = now;
  }

  private int lastPosition() {
    return steps.stream().mapToInt(DossierStep::position).max().orElseThrow();
  }

  /** The planned step at this position, or, if it was done already, a new instance of it. */
  private DossierStep nextInstance(int position) {
    Optional<DossierStep> planned =
        steps.stream()
            .filter(s -> s.position() == position && s.state() == StepState.PLANNED)
            .findFirst();
    if (planned.isPresent()) {
      return planned.get();
    }
    DossierStep again = latest(position).orElseThrow().again();
    steps.add(again);
    return again;
  }

  private Optional<DossierStep> latest(int position) {
    return steps.stream()
        .filter(s -> s.position() == position && s.state() != StepState.PLANNED)
        .reduce((first, second) -> second);
  }

  private Optional<Pause> openPause() {
    return pauses.stream().filter(Pause::open).findFirst();
  }

  // --- Reading ---

  /**
   * The step under way: waiting in its unit or taken up; empty before acceptance and at the end.
   */
  public Optional<DossierStep> current() {
    return steps.stream().filter(step -> step.state().open()).findFirst();
  }

  /** Whether this actor's unit received the dossier, handles one of its steps, or returns it. */
  public boolean concerns(Long unitId) {
    return unitId != null
        && (unitId == receivingUnitId
            || unitId == returnUnitId
            || steps.stream().anyMatch(step -> step.unitId() == unitId));
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public long version() {
    return version;
  }

  public long procedureVersionId() {
    return procedureVersionId;
  }

  public String procedureCode() {
    return procedureCode;
  }

  public String fieldCode() {
    return fieldCode;
  }

  public Channel channel() {
    return channel;
  }

  public DossierStatus status() {
    return status;
  }

  public Optional<Resolution> resolution() {
    return Optional.ofNullable(resolution);
  }

  public ApplicantDetails applicant() {
    return applicant.details();
  }

  public Optional<ProxyDetails> proxy() {
    return proxy == null ? Optional.empty() : proxy.details();
  }

  public String subjectAddressUnitCode() {
    return subjectAddressUnitCode;
  }

  public long receivingUnitId() {
    return receivingUnitId;
  }

  public long returnUnitId() {
    return returnUnitId;
  }

  public ReturnMethod returnMethod() {
    return returnMethod;
  }

  public long competentUnitId() {
    return competentUnitId;
  }

  public int sets() {
    return sets;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  /** The legal due instant, moved by pauses only; what measures compare against. */
  public Instant dueAt() {
    return dueAt;
  }

  /** The appointment promised to the applicant, moved by pauses and by an apology. */
  public Instant appointmentAt() {
    return appointmentAt;
  }

  /** The legal processing time in working minutes, once the clock runs. */
  public Integer legalMinutes() {
    return legalMinutes;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public Instant pausedAt() {
    return pausedAt;
  }

  public int pausedMinutes() {
    return pausedMinutes;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Instant returnedAt() {
    return returnedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public boolean apologized() {
    return apologized;
  }

  public Optional<Timeliness> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Integer workedMinutes() {
    return workedMinutes;
  }

  public DeadlineFlag deadlineFlag() {
    return deadlineFlag;
  }

  public List<DossierStep> steps() {
    return Collections.unmodifiableList(steps);
  }

  public List<DossierDocument> documents() {
    return Collections.unmodifiableList(documents);
  }

  public List<FeeDue> fees() {
    return fees.stream().map(DossierFee::due).toList();
  }

  public long feesTotal() {
    return fees.stream().map(DossierFee::due).mapToLong(FeeDue::total).sum();
  }

  public List<Pause> pauses() {
    return Collections.unmodifiableList(pauses);
  }

  public List<ResultDetails> results() {
    return results.stream().map(ResultDocument::details).toList();
  }

  /** Every transition, in the order the actions were taken. */
  public List<Transition> history() {
    return Collections.unmodifiableList(transitions);
  }

  public Transition lastTransition() {
    return transitions.get(transitions.size() - 1);
  }
}
