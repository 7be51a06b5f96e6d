package vn.motcua.dossier;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A dossier in full, as a screen or an API shows it: read in one service call, so that nothing is
 * loaded while a page renders.
 */
public record DossierView(
    String code,
    long version,
    String procedureCode,
    long procedureVersionId,
    String fieldCode,
    Channel channel,
    DossierStatus status,
    Resolution resolution,
    ApplicantDetails applicant,
    ProxyDetails proxy,
    String subjectAddressUnitCode,
    long receivingUnitId,
    long returnUnitId,
    ReturnMethod returnMethod,
    long competentUnitId,
    int sets,
    Instant registeredAt,
    Instant receivedAt,
    Instant dueAt,
    Instant appointmentAt,
    Instant pausedAt,
    Instant finishedAt,
    Instant returnedAt,
    boolean apologized,
    Timeliness outcome,
    Integer workedMinutes,
    DeadlineFlag deadlineFlag,
    List<Step> steps,
    List<Document> documents,
    List<FeeDue> fees,
    List<PauseView> pauses,
    List<ResultDetails> results,
    List<Entry> history)
    implements Serializable {

  /** A step as the dossier went through it. */
  public record Step(
      long id,
      int position,
      String name,
      String performerRole,
      long unitId,
      String assignee,
      int budgetMinutes,
      StepState state,
      Instant arrivedAt,
      Instant dueAt,
      Instant finishedAt,
      Timeliness outcome,
      Integer usedMinutes,
      DeadlineFlag deadlineFlag)
      implements Serializable {}

  /** A document of the dossier. */
  public record Document(
      long id,
      int position,
      String name,
      Provision provision,
      Long fileId,
      Long reusedFromId,
      int supplementRound)
      implements Serializable {}

  /** A pause of the clock. */
  public record PauseView(
      Pause.Kind kind, String reason, Instant requestedAt, Instant resumedAt, Integer minutes)
      implements Serializable {}

  /** An entry of the history. */
  public record Entry(
      Instant at,
      String actor,
      Long unitId,
      DossierAction action,
      DossierStatus from,
      DossierStatus to,
      Integer step,
      String note)
      implements Serializable {}

  static DossierView of(Dossier d) {
    return new DossierView(
        d.code(),
        d.version(),
        d.procedureCode(),
        d.procedureVersionId(),
        d.fieldCode(),
        d.channel(),
        d.status(),
        d.resolution().orElse(null),
        d.applicant(),
        d.proxy().orElse(null),
        d.subjectAddressUnitCode(),
        d.receivingUnitId(),
        d.returnUnitId(),
        d.returnMethod(),
        d.competentUnitId(),
        d.sets(),
        d.registeredAt(),
        d.receivedAt(),
        d.dueAt(),
        d.appointmentAt(),
        d.pausedAt(),
        d.finishedAt(),
        d.returnedAt(),
        d.apologized(),
        d.outcome().orElse(null),
        d.workedMinutes(),
        d.deadlineFlag(),
        d.steps().stream()
            .map(
                s ->
                    new Step(
                        s.id(),
                        s.position(),
                        s.name(),
                        s.performerRole().name(),
                        s.unitId(),
                        s.assignee(),
                        (int) s.budget().toMinutes(),
                        s.state(),
                        s.arrivedAt(),
                        s.dueAt(),
                        s.finishedAt(),
                        s.outcome(),
                        s.usedMinutes(),
                        s.deadlineFlag()))
            .toList(),
        d.documents().stream()
            .map(
                x ->
                    new Document(
                        x.id(),
                        x.position(),
                        x.name(),
                        x.provision(),
                        x.fileId(),
                        x.reusedFromId(),
                        x.supplementRound()))
            .toList(),
        d.fees(),
        d.pauses().stream()
            .map(
                p ->
                    new PauseView(
                        p.kind(), p.reason(), p.requestedAt(), p.resumedAt(), p.pausedMinutes()))
            .toList(),
        d.results(),
        d.history().stream()
            .map(
                t ->
                    new Entry(
                        t.at(),
                        t.actor(),
                        t.unitId(),
                        t.action(),
                        t.from(),
                        t.to(),
                        t.step() == null ? null : t.step().position(),
                        t.note()))
            .toList());
  }
}
