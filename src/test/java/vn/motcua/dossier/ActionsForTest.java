package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.security.Actor;

/**
 * What the dossier page offers is what the dossier allows: for dossiers at several points of their
 * life and every kind of staff, an action offered by {@link Dossier#actionsFor} goes through, and
 * one not offered is refused as forbidden or illegal. Actions that need documents or a catalog
 * (acceptance, supplements received, obligations fulfilled) are left to the lifecycle tests.
 */
class ActionsForTest {

  private static final Instant AT = Play.at("2026-04-28T08:00");
  private static final Instant NOW = AT.plusSeconds(3_600);

  private static final Set<DossierAction> CHECKED =
      EnumSet.of(
          DossierAction.START_STEP,
          DossierAction.FORWARD,
          DossierAction.SEND_BACK,
          DossierAction.REASSIGN,
          DossierAction.REQUEST_SUPPLEMENT,
          DossierAction.REQUEST_OBLIGATION,
          DossierAction.WITHDRAW,
          DossierAction.STOP,
          DossierAction.REFUSE,
          DossierAction.FINISH,
          DossierAction.RETURN_RESULT,
          DossierAction.APOLOGIZE);

  static List<Object[]> cases() {
    List<Function<Instant, Dossier>> points =
        List.of(Play::received, Play::processing, Play::atSigning, ActionsForTest::finished);
    List<Actor> staff =
        List.of(
            Play.CLERK,
            Play.OTHER_CLERK,
            Play.SPECIALIST,
            Play.SPECIALIST_2,
            Play.HEAD,
            Play.LEADER,
            Play.DIRECTOR);
    return points.stream()
        .flatMap(point -> staff.stream().map(actor -> new Object[] {point, actor}))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void offeredIfAndOnlyIfAllowed(Function<Instant, Dossier> point, Actor actor) {
    Set<DossierAction> offered = point.apply(AT).actionsFor(actor, NOW);
    for (DossierAction action : CHECKED) {
      Dossier dossier = point.apply(AT);
      try {
        take(dossier, action, actor);
        assertThat(offered).as(action + " went through for " + actor.username()).contains(action);
      } catch (IllegalTransitionException e) {
        assertThat(offered).as(action + " is illegal now").doesNotContain(action);
      } catch (DossierRefusal e) {
        if ("not-your-dossier".equals(e.code())) {
          assertThat(offered)
              .as(action + " forbidden to " + actor.username())
              .doesNotContain(action);
        } else if (offered.contains(action)) {
          fail(action + " offered to " + actor.username() + " but refused: " + e.getMessage());
        }
      }
    }
  }

  private static Dossier finished(Instant at) {
    Dossier dossier = Play.atSigning(at);
    dossier.finish(Play.RESULTS, at.plusSeconds(2400), Play.CALENDAR, Play.LEADER);
    return dossier;
  }

  /** Someone who may perform the current step, to give it to. */
  private static Actor performerOf(Dossier d) {
    return switch (d.current().orElseThrow().performerRole()) {
      case SPECIALIST -> Play.SPECIALIST_2;
      case SIGNING_LEADER -> Play.LEADER;
      case RECEIVING_CLERK -> Play.CLERK;
      default -> Play.HEAD;
    };
  }

  private static void take(Dossier d, DossierAction action, Actor actor) {
    switch (action) {
      case START_STEP -> d.startStep(NOW, actor);
      case FORWARD -> d.forward("ok", null, NOW, Play.CALENDAR, actor);
      case SEND_BACK -> d.sendBack("thiếu chữ ký", NOW, Play.CALENDAR, actor);
      case REASSIGN -> d.reassign(performerOf(d), NOW, actor);
      case REQUEST_SUPPLEMENT -> d.requestSupplement("bản sao giấy khai sinh", NOW, actor);
      case REQUEST_OBLIGATION -> d.requestObligation("lệ phí", NOW, actor);
      case WITHDRAW -> d.withdraw("không cần nữa", NOW, actor);
      case STOP -> d.stop("đề nghị dừng", NOW, actor);
      case REFUSE -> d.refuse("không đủ điều kiện", NOW, Play.CALENDAR, actor);
      case FINISH -> d.finish(Play.RESULTS, NOW, Play.CALENDAR, actor);
      case RETURN_RESULT -> d.returnResult(ReturnMethod.AT_CENTER, NOW, Play.CALENDAR, actor);
      case APOLOGIZE -> d.apologize(d.appointmentAt().plusSeconds(86_400), "quá tải", NOW, actor);
      default -> throw new IllegalArgumentException(action.name());
    }
  }
}
