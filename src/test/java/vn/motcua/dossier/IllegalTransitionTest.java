package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.Play.CALENDAR;
import static vn.motcua.dossier.Play.CLERK;
import static vn.motcua.dossier.Play.HEAD;
import static vn.motcua.dossier.Play.LEADER;
import static vn.motcua.dossier.Play.RESULTS;
import static vn.motcua.dossier.Play.SPECIALIST;
import static vn.motcua.dossier.Play.at;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.catalog.ProcessingTime;

/**
 * Every action in every state: refused with an error naming both where {@link DossierAction} does
 * not allow it, and never refused for its state where it does.
 */
class IllegalTransitionTest {

  private static final Instant T0 = at("2026-04-28T08:00");
  private static final Instant LATER = at("2026-04-28T10:00");

  /** A dossier brought into each status. */
  static Dossier in(DossierStatus status) {
    return switch (status) {
      case REGISTERED -> Play.registered(T0);
      case RECEIVED -> Play.received(T0);
      case NOT_RECEIVED -> with(Play.registered(T0), d -> d.refuseIntake("Thiếu", LATER, CLERK));
      case PROCESSING -> Play.processing(T0);
      case SUPPLEMENT_REQUESTED ->
          with(Play.processing(T0), d -> d.requestSupplement("Bổ sung", LATER, SPECIALIST));
      case OBLIGATION_REQUESTED ->
          with(Play.processing(T0), d -> d.requestObligation("Nộp thuế", LATER, SPECIALIST));
      case WITHDRAWN -> with(Play.received(T0), d -> d.withdraw("Rút", LATER, CLERK));
      case STOPPED -> with(Play.processing(T0), d -> d.stop("Dừng", LATER, CLERK));
      case FINISHED -> with(Play.atSigning(T0), d -> d.finish(RESULTS, LATER, CALENDAR, LEADER));
      case RETURNED ->
          with(
              in(DossierStatus.FINISHED),
              d -> d.returnResult(null, LATER.plusSeconds(60), CALENDAR, CLERK));
    };
  }

  private static Dossier with(Dossier dossier, Consumer<Dossier> action) {
    action.accept(dossier);
    assertThat(dossier.status()).isNotNull();
    return dossier;
  }

  /** Takes the action, whatever else it needs; the state check comes first in each. */
  static void take(DossierAction action, Dossier d) {
    Instant now = LATER.plusSeconds(3600);
    switch (action) {
      case ACCEPT ->
          d.accept(
              ProcessingTime.ofWorkingDays(BigDecimal.ONE), Play.CHECKLIST, now, CALENDAR, CLERK);
      case REFUSE_INTAKE -> d.refuseIntake("Thiếu", now, CLERK);
      case START_STEP -> d.startStep(now, HEAD);
      case FORWARD -> d.forward(null, null, now, CALENDAR, HEAD);
      case SEND_BACK -> d.sendBack("Lý do", now, CALENDAR, HEAD);
      case REASSIGN -> d.reassign(SPECIALIST, now, HEAD);
      case REQUEST_SUPPLEMENT -> d.requestSupplement("Bổ sung", now, HEAD);
      case RECEIVE_SUPPLEMENT ->
          d.receiveSupplement(
              Play.CHECKLIST.partial(List.of(ProvidedDocument.paper(1, Provision.COPY))),
              now,
              CALENDAR,
              CLERK);
      case REQUEST_OBLIGATION -> d.requestObligation("Nộp", now, HEAD);
      case FULFIL_OBLIGATION -> d.fulfilObligation(now, CALENDAR, Play.PORTAL);
      case WITHDRAW -> d.withdraw("Rút", now, CLERK);
      case STOP -> d.stop("Dừng", now, CLERK);
      case REFUSE -> d.refuse("Không đủ", now, CALENDAR, HEAD);
      case FINISH -> d.finish(RESULTS, now, CALENDAR, HEAD);
      case RETURN_RESULT -> d.returnResult(null, now, CALENDAR, CLERK);
      case APOLOGIZE -> d.apologize(at("2026-06-30T17:00"), "Chậm", now, HEAD);
      case REGISTER, RECEIVE -> throw new IllegalArgumentException("creates a dossier");
    }
  }

  static Stream<Arguments> refused() {
    List<Arguments> pairs = new ArrayList<>();
    for (DossierAction action : actionsOnADossier()) {
      for (DossierStatus status : EnumSet.complementOf(EnumSet.copyOf(action.from()))) {
        pairs.add(Arguments.of(action, status));
      }
    }
    return pairs.stream();
  }

  static Stream<Arguments> allowed() {
    return actionsOnADossier().stream()
        .flatMap(action -> action.from().stream().map(status -> Arguments.of(action, status)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("refused")
  void isRefusedNamingTheStateAndTheAction(DossierAction action, DossierStatus status) {
    Dossier dossier = in(status);
    assertThat(dossier.status()).isEqualTo(status);
    long historyBefore = dossier.history().size();

    assertThatThrownBy(() -> take(action, dossier))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining(status.name())
        .hasMessageContaining(action.name());
    assertThat(dossier.status()).isEqualTo(status);
    assertThat(dossier.history()).hasSize((int) historyBefore);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("allowed")
  void isNeverRefusedForItsStateWhereTheTableAllowsIt(DossierAction action, DossierStatus status) {
    Dossier dossier = in(status);
    try {
      take(action, dossier);
    } catch (IllegalTransitionException e) {
      throw new AssertionError(action + " should be allowed in " + status, e);
    } catch (DossierRefusal e) {
      // Refused for another reason (actor, step position): not the state machine's business.
    }
  }

  private static List<DossierAction> actionsOnADossier() {
    return Stream.of(DossierAction.values())
        .filter(a -> a != DossierAction.REGISTER && a != DossierAction.RECEIVE)
        .toList();
  }
}
