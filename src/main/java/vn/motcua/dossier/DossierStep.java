package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.security.Role;

/**
 * One step of a dossier's internal process: who performs it (a role in a unit, perhaps a named
 * person), its time budget, when it arrived and is due, and, once ended, how it ended against its
 * budget (the measure a unit and a civil servant are evaluated by). Part of the {@link Dossier}
 * aggregate and changed only through it.
 */
@Entity
@Table(name = "dossier_step")
public class DossierStep extends DossierPart {

  private int position;
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "performer_role")
  private Role performerRole;

  @Column(name = "unit_id")
  private long unitId;

  private String assignee;

  @Column(name = "budget_minutes")
  private int budgetMinutes;

  @Enumerated(EnumType.STRING)
  private StepState state;

  @Column(name = "arrived_at")
  private Instant arrivedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "paused_minutes")
  private int pausedMinutes;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  private Timeliness outcome;

  @Column(name = "used_minutes")
  private Integer usedMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_flag")
  private DeadlineFlag deadlineFlag = DeadlineFlag.NONE;

  protected DossierStep() {}

  DossierStep(Dossier dossier, PlannedStep plan) {
    super(dossier);
    this.position = plan.position();
    this.name = plan.name();
    this.performerRole = plan.role();
    this.unitId = plan.unitId();
    this.budgetMinutes = Math.toIntExact(plan.budget().toMinutes());
    this.state = StepState.PLANNED;
  }

  /** The same step to be done again (after a send-back), planned. */
  DossierStep again() {
    return new DossierStep(
        dossier(),
        new PlannedStep(position, name, performerRole, unitId, Duration.ofMinutes(budgetMinutes)));
  }

  /** The step reaches its unit: its clock starts. */
  void arrive(Instant now, WorkingCalendar calendar, String assignee) {
    state = StepState.WAITING;
    arrivedAt = now;
    dueAt = calendar.addWorkingTime(now, Duration.ofMinutes(budgetMinutes));
    this.assignee = assignee;
  }

  void start(String performer, Instant now) {
    state = StepState.IN_PROGRESS;
    startedAt = now;
    assignee = performer;
  }

  void assign(String person) {
    assignee = person;
  }

  /** Ends the step (done or sent back) and takes its measure. */
  void end(StepState how, Instant now, WorkingCalendar calendar) {
    state = how;
    finishedAt = now;
    outcome = Timeliness.of(now, dueAt);
    usedMinutes =
        Math.toIntExact(
            Math.max(0, calendar.workingTimeBetween(arrivedAt, now).toMinutes() - pausedMinutes));
    deadlineFlag = DeadlineFlag.NONE;
  }

  void cancel(Instant now) {
    state = StepState.CANCELLED;
    if (arrivedAt != null) {
      finishedAt = now;
    }
    deadlineFlag = DeadlineFlag.NONE;
  }

  /** The clock ran again after a pause: the step is due later by the paused working time. */
  void resume(Instant pausedAt, Instant resumedAt, WorkingCalendar calendar) {
    dueAt = calendar.resume(dueAt, pausedAt, resumedAt);
    pausedMinutes += Math.toIntExact(calendar.workingTimeBetween(pausedAt, resumedAt).toMinutes());
  }

  void flag(DeadlineFlag flag) {
    deadlineFlag = flag;
  }

  public int position() {
    return position;
  }

  public String name() {
    return name;
  }

  public Role performerRole() {
    return performerRole;
  }

  public long unitId() {
    return unitId;
  }

  public String assignee() {
    return assignee;
  }

  public Duration budget() {
    return Duration.ofMinutes(budgetMinutes);
  }

  public StepState state() {
    return state;
  }

  public Instant arrivedAt() {
    return arrivedAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int pausedMinutes() {
    return pausedMinutes;
  }

  public Timeliness outcome() {
    return outcome;
  }

  public Integer usedMinutes() {
    return usedMinutes;
  }

  public DeadlineFlag deadlineFlag() {
    return deadlineFlag;
  }
}
