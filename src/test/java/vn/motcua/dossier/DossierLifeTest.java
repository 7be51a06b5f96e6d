package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.Play.CALENDAR;
import static vn.motcua.dossier.Play.CLERK;
import static vn.motcua.dossier.Play.DIRECTOR;
import static vn.motcua.dossier.Play.HEAD;
import static vn.motcua.dossier.Play.LEADER;
import static vn.motcua.dossier.Play.OTHER_CLERK;
import static vn.motcua.dossier.Play.PORTAL;
import static vn.motcua.dossier.Play.RESULTS;
import static vn.motcua.dossier.Play.SPECIALIST;
import static vn.motcua.dossier.Play.SPECIALIST_2;
import static vn.motcua.dossier.Play.at;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.shared.problem.BusinessException;

/** A dossier's life, path by path, with the 2026 calendar: statuses, clocks, steps, measures. */
class DossierLifeTest {

  @Test
  void receivedAtTheCounterStartsTheClockAndTheReceptionStep() {
    Dossier dossier = Play.received(at("2026-04-28T08:00"));

    assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
    // 3 working days from Tuesday 08:00, over 30/4 and 1/5: Tuesday 5 May 08:00.
    assertThat(dossier.dueAt()).isEqualTo(at("2026-05-05T08:00"));
    assertThat(dossier.appointmentAt()).isEqualTo(dossier.dueAt());
    DossierStep reception = dossier.current().orElseThrow();
    assertThat(reception.position()).isEqualTo(1);
    assertThat(reception.state()).isEqualTo(StepState.IN_PROGRESS);
    assertThat(reception.assignee()).isEqualTo("clerk");
    assertThat(reception.dueAt()).isEqualTo(at("2026-04-28T13:30").plusSeconds(30 * 60));
    assertThat(dossier.documents())
        .extracting(DossierDocument::provision)
        .containsExactly(Provision.ORIGINAL, Provision.NATIONAL_DATABASE);
    assertThat(dossier.feesTotal()).isEqualTo(16000);
    assertThat(dossier.history())
        .singleElement()
        .satisfies(t -> assertThat(t.action()).isEqualTo(DossierAction.RECEIVE));
  }

  @Test
  void onlyAClerkOfTheReceivingCenterReceives() {
    assertThatThrownBy(
            () ->
                Dossier.receive(
                    "X",
                    Play.intake(Channel.COUNTER),
                    at("2026-04-28T08:00"),
                    CALENDAR,
                    OTHER_CLERK))
        .isInstanceOf(DossierRefusal.class)
        .extracting(e -> ((BusinessException) e).kind())
        .isEqualTo(BusinessException.Kind.FORBIDDEN);
  }

  @Test
  void walksEveryStepToTheReturnAndMeasuresItOnce() {
    Dossier dossier = Play.received(at("2026-04-28T08:00"));
    dossier.forward("đủ hồ sơ", SPECIALIST, at("2026-04-28T09:00"), CALENDAR, CLERK);
    assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
    dossier.startStep(at("2026-04-28T09:30"), SPECIALIST);
    dossier.forward(null, null, at("2026-04-29T10:00"), CALENDAR, SPECIALIST);
    dossier.forward(null, LEADER, at("2026-04-29T15:00"), CALENDAR, HEAD);
    dossier.finish(RESULTS, at("2026-05-04T08:00"), CALENDAR, LEADER);

    assertThat(dossier.status()).isEqualTo(DossierStatus.FINISHED);
    assertThat(dossier.resolution()).contains(Resolution.GRANTED);
    assertThat(dossier.outcome()).contains(Timeliness.EARLY);
    // Tue 08:00-17:00 (7 h) + Wed (8 h) + Mon 07:00-08:00 (1 h).
    assertThat(dossier.workedMinutes()).isEqualTo(16 * 60);
    assertThat(dossier.current().orElseThrow().position()).isEqualTo(5);
    assertThat(dossier.current().orElseThrow().unitId()).isEqualTo(Play.CENTER);

    dossier.returnResult(null, at("2026-05-04T09:00"), CALENDAR, CLERK);
    assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
    assertThat(dossier.current()).isEmpty();
    assertThat(dossier.steps()).extracting(DossierStep::state).containsOnly(StepState.DONE);
    assertThat(dossier.steps()).allSatisfy(step -> assertThat(step.outcome()).isNotNull());
    // Step 2 had 12 h from Tue 09:00 (due Wed 15:00) and took Tue 09:00 -> Wed 10:00 = 9 h.
    DossierStep review = dossier.steps().get(1);
    assertThat(review.dueAt()).isEqualTo(at("2026-04-29T15:00"));
    assertThat(review.usedMinutes()).isEqualTo(540);
    assertThat(review.outcome()).isEqualTo(Timeliness.ON_TIME);
    assertThat(dossier.history())
        .extracting(Transition::action)
        .containsExactly(
            DossierAction.RECEIVE,
            DossierAction.FORWARD,
            DossierAction.START_STEP,
            DossierAction.FORWARD,
            DossierAction.FORWARD,
            DossierAction.FINISH,
            DossierAction.RETURN_RESULT);
  }

  @Test
  void anOnlineDossierIsDueFromItsAcceptance() {
    Dossier dossier = Play.registered(at("2026-04-25T21:00"));
    assertThat(dossier.status()).isEqualTo(DossierStatus.REGISTERED);
    assertThat(dossier.dueAt()).isNull();
    assertThat(dossier.current()).isEmpty();

    dossier.accept(
        ProcessingTime.ofWorkingDays(new BigDecimal("3")),
        Play.CHECKLIST,
        at("2026-04-28T08:00"),
        CALENDAR,
        CLERK);
    assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
    assertThat(dossier.dueAt()).isEqualTo(at("2026-05-05T08:00"));
  }

  @Test
  void anOnlineDossierMissingADocumentIsNotAccepted() {
    Dossier dossier =
        Dossier.register(
            "X-1", Play.intake(Channel.ONLINE, List.of()), at("2026-04-28T07:00"), PORTAL);
    assertThatThrownBy(
            () ->
                dossier.accept(
                    ProcessingTime.ofWorkingDays(BigDecimal.ONE),
                    Play.CHECKLIST,
                    at("2026-04-28T08:00"),
                    CALENDAR,
                    CLERK))
        .hasMessageContaining("Document 1 is missing");
    assertThat(dossier.status()).isEqualTo(DossierStatus.REGISTERED);
  }

  @Test
  void refusedAtIntakeEndsIt() {
    Dossier dossier = Play.registered(at("2026-04-28T08:00"));
    assertThatThrownBy(() -> dossier.refuseIntake(" ", at("2026-04-28T09:00"), CLERK))
        .hasMessageContaining("reasons");
    dossier.refuseIntake("Thiếu tờ khai", at("2026-04-28T09:00"), CLERK);
    assertThat(dossier.status()).isEqualTo(DossierStatus.NOT_RECEIVED);
    assertThat(dossier.closedAt()).isEqualTo(at("2026-04-28T09:00"));
    assertThat(dossier.steps()).extracting(DossierStep::state).containsOnly(StepState.CANCELLED);
  }

  @Test
  void aSupplementPausesTheClockAcrossTheHolidays() {
    Dossier dossier = Play.processing(at("2026-04-28T08:00"));
    dossier.requestSupplement("Bổ sung bản sao", at("2026-04-29T10:00"), SPECIALIST);
    assertThat(dossier.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(dossier.pausedAt()).isEqualTo(at("2026-04-29T10:00"));

    // The applicant comes back after 30/4, 1/5 and the weekend.
    dossier.receiveSupplement(
        Play.CHECKLIST.partial(List.of(ProvidedDocument.paper(2, Provision.COPY))),
        at("2026-05-04T09:00"),
        CALENDAR,
        CLERK);

    assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
    // Paused: Wed 10:00-17:00 (5 h) + Mon 07:00-09:00 (2 h) = 7 h; due Tue 5 May 08:00 + 7 h.
    assertThat(dossier.pausedMinutes()).isEqualTo(7 * 60);
    assertThat(dossier.dueAt()).isEqualTo(at("2026-05-05T17:00"));
    assertThat(dossier.appointmentAt()).isEqualTo(at("2026-05-05T17:00"));
    assertThat(dossier.pauses()).singleElement().satisfies(p -> assertThat(p.open()).isFalse());
    assertThat(dossier.documents()).last().satisfies(d -> assertThat(d.supplementRound()).isOne());
  }

  @Test
  void aFinancialObligationPausesTheClockToo() {
    Dossier dossier = Play.processing(at("2026-04-28T08:00"));
    dossier.requestObligation("Nộp tiền sử dụng đất", at("2026-04-28T14:00"), SPECIALIST);
    assertThat(dossier.status()).isEqualTo(DossierStatus.OBLIGATION_REQUESTED);
    dossier.fulfilObligation(at("2026-04-28T16:00"), CALENDAR, PORTAL);
    assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(dossier.dueAt()).isEqualTo(at("2026-05-05T10:00"));
  }

  @Test
  void anApologyKeepsTheDossierLateEvenWhenItFinishesBeforeTheNewDate() {
    Dossier dossier = Play.atSigning(at("2026-04-28T08:00"));
    assertThatThrownBy(
            () ->
                dossier.apologize(
                    at("2026-05-08T17:00"), "Chờ xác minh", at("2026-05-04T08:00"), SPECIALIST))
        .isInstanceOf(DossierRefusal.class);
    dossier.apologize(at("2026-05-08T17:00"), "Chờ xác minh", at("2026-05-04T08:00"), LEADER);
    assertThat(dossier.apologized()).isTrue();
    assertThat(dossier.appointmentAt()).isEqualTo(at("2026-05-08T17:00"));
    assertThat(dossier.dueAt()).isEqualTo(at("2026-05-05T08:00"));

    dossier.finish(RESULTS, at("2026-05-04T10:00"), CALENDAR, LEADER);
    assertThat(dossier.outcome()).contains(Timeliness.LATE);
  }

  @Test
  void anApologyComesBeforeTheDueInstantOrNotAtAll() {
    Dossier dossier = Play.atSigning(at("2026-04-28T08:00"));
    assertThatThrownBy(
            () ->
                dossier.apologize(at("2026-05-08T17:00"), "Chờ", at("2026-05-05T08:01"), DIRECTOR))
        .isInstanceOf(DossierRefusal.class)
        .hasMessageContaining("before the due instant");
    assertThatThrownBy(
            () ->
                dossier.apologize(at("2026-05-01T17:00"), "Chờ", at("2026-05-04T08:00"), DIRECTOR))
        .hasMessageContaining("later than the current one");
  }

  @Test
  void finishedAfterTheDueInstantIsLate() {
    Dossier dossier = Play.atSigning(at("2026-04-28T08:00"));
    dossier.finish(RESULTS, at("2026-05-05T08:01"), CALENDAR, LEADER);
    assertThat(dossier.outcome()).contains(Timeliness.LATE);
  }

  @Test
  void sendingBackDoesTheStepAgainThenGoesOnFromIt() {
    Dossier dossier = Play.processing(at("2026-04-28T08:00"));
    dossier.forward(null, null, at("2026-04-28T10:00"), CALENDAR, SPECIALIST);
    assertThatThrownBy(() -> dossier.sendBack("", at("2026-04-28T11:00"), CALENDAR, HEAD))
        .hasMessageContaining("reason");
    dossier.sendBack("Thiếu căn cứ", at("2026-04-28T11:00"), CALENDAR, HEAD);

    DossierStep again = dossier.current().orElseThrow();
    assertThat(again.position()).isEqualTo(2);
    assertThat(again.assignee()).isEqualTo("specialist");
    assertThat(dossier.steps())
        .filteredOn(s -> s.position() == 3)
        .extracting(DossierStep::state)
        .containsExactly(StepState.SENT_BACK);

    dossier.forward(null, null, at("2026-04-28T14:00"), CALENDAR, SPECIALIST);
    assertThat(dossier.current().orElseThrow().position()).isEqualTo(3);
    assertThat(dossier.steps()).filteredOn(s -> s.position() == 3).hasSize(2);
  }

  @Test
  void aStepAssignedToSomeoneElseIsTheirsUnlessTheHeadActs() {
    Dossier dossier = Play.processing(at("2026-04-28T08:00"));
    assertThatThrownBy(() -> dossier.startStep(at("2026-04-28T09:00"), SPECIALIST_2))
        .hasMessageContaining("assigned to someone else");
    assertThatThrownBy(() -> dossier.reassign(SPECIALIST_2, at("2026-04-28T09:00"), SPECIALIST))
        .isInstanceOf(DossierRefusal.class);
    assertThatThrownBy(() -> dossier.reassign(CLERK, at("2026-04-28T09:00"), HEAD))
        .hasMessageContaining("does not work in the unit");
    dossier.reassign(SPECIALIST_2, at("2026-04-28T09:00"), HEAD);
    dossier.startStep(at("2026-04-28T09:10"), SPECIALIST_2);
    assertThat(dossier.current().orElseThrow().assignee()).isEqualTo("specialist2");
  }

  @Test
  void aClerkOfAnotherCenterCannotActOnTheDossier() {
    Dossier dossier = Play.received(at("2026-04-28T08:00"));
    assertThatThrownBy(
            () -> dossier.forward(null, null, at("2026-04-28T09:00"), CALENDAR, OTHER_CLERK))
        .isInstanceOf(DossierRefusal.class)
        .hasMessageContaining("may not FORWARD");
  }

  @Test
  void theStepBeforeTheReturnFinishesRatherThanForwards() {
    Dossier dossier = Play.atSigning(at("2026-04-28T08:00"));
    assertThatThrownBy(() -> dossier.forward(null, null, at("2026-04-29T08:00"), CALENDAR, LEADER))
        .hasMessageContaining("finish");
    assertThatThrownBy(() -> dossier.finish(List.of(), at("2026-04-29T08:00"), CALENDAR, LEADER))
        .hasMessageContaining("result");
    Dossier early = Play.processing(at("2026-04-28T08:00"));
    assertThatThrownBy(() -> early.finish(RESULTS, at("2026-04-29T08:00"), CALENDAR, SPECIALIST))
        .hasMessageContaining("forward it first");
  }

  @Test
  void aRefusalAfterReviewIsMeasuredAndGoesToTheReturnCenter() {
    Dossier dossier = Play.processing(at("2026-04-28T08:00"));
    dossier.refuse("Không đủ điều kiện", at("2026-04-28T15:00"), CALENDAR, SPECIALIST);
    assertThat(dossier.status()).isEqualTo(DossierStatus.FINISHED);
    assertThat(dossier.resolution()).contains(Resolution.REFUSED);
    assertThat(dossier.outcome()).contains(Timeliness.EARLY);
    assertThat(dossier.current().orElseThrow().position()).isEqualTo(5);
    assertThat(dossier.steps())
        .filteredOn(s -> s.position() == 3 || s.position() == 4)
        .extracting(DossierStep::state)
        .containsOnly(StepState.CANCELLED);
  }

  @Test
  void withdrawnOrStoppedDossiersEndWithoutAMeasure() {
    Dossier online = Play.registered(at("2026-04-28T08:00"));
    online.withdraw("Không có nhu cầu", at("2026-04-28T09:00"), PORTAL);
    assertThat(online.status()).isEqualTo(DossierStatus.WITHDRAWN);
    assertThat(online.outcome()).isEmpty();

    Dossier paused = Play.processing(at("2026-04-28T08:00"));
    paused.requestSupplement("Bổ sung", at("2026-04-28T10:00"), SPECIALIST);
    paused.stop("Người nộp đề nghị dừng", at("2026-04-29T10:00"), CLERK);
    assertThat(paused.status()).isEqualTo(DossierStatus.STOPPED);
    assertThat(paused.pausedAt()).isNull();
    assertThat(paused.pauses()).allSatisfy(p -> assertThat(p.open()).isFalse());
    assertThat(paused.current()).isEmpty();
    assertThat(paused.outcome()).isEmpty();
  }

  @Test
  void theResultIsReturnedOnlyAtTheReturnCenter() {
    Dossier dossier = Play.atSigning(at("2026-04-28T08:00"));
    dossier.finish(RESULTS, at("2026-04-29T08:00"), CALENDAR, LEADER);
    assertThatThrownBy(
            () -> dossier.returnResult(null, at("2026-04-29T09:00"), CALENDAR, OTHER_CLERK))
        .isInstanceOf(DossierRefusal.class);
    dossier.returnResult(ReturnMethod.POST, at("2026-04-29T09:00"), CALENDAR, CLERK);
    assertThat(dossier.returnMethod()).isEqualTo(ReturnMethod.POST);
    assertThat(dossier.returnedAt()).isEqualTo(at("2026-04-29T09:00"));
  }
}
