package vn.motcua.dossier;

import static vn.motcua.dossier.Play.CALENDAR;
import static vn.motcua.dossier.Play.at;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Dossiers at the points of their life where a slip is printed, as the services show them, for the
 * slips' tests in another package (the aggregate's methods are this package's).
 */
public final class SlipDossiers {

  /** The unit ids of the play: the receiving center and the committee that settles. */
  public static final long CENTER = Play.CENTER;

  public static final long COMMITTEE = Play.COMMITTEE;

  private SlipDossiers() {}

  /** The dossier as read back from the database: its steps and documents numbered as saved. */
  private static DossierView view(Dossier dossier) {
    long id = 1;
    try {
      Field field = DossierPart.class.getDeclaredField("id");
      field.setAccessible(true);
      for (DossierPart part : dossier.steps()) {
        field.set(part, id++);
      }
      for (DossierPart part : dossier.documents()) {
        field.set(part, id++);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return DossierView.of(dossier);
  }

  public static DossierView received() {
    return view(Play.received(at("2026-04-28T08:00")));
  }

  public static DossierView supplementRequested() {
    Dossier dossier = Play.processing(at("2026-04-28T08:00"));
    dossier.requestSupplement(
        "Bản sao giấy chứng nhận kết hôn\nGiấy xác nhận cư trú của người mẹ",
        at("2026-04-29T10:00"),
        Play.SPECIALIST);
    return view(dossier);
  }

  /** Supplemented after the holidays: the receipt is printed again with the new appointment. */
  public static DossierView supplemented() {
    Dossier dossier = Play.processing(at("2026-04-28T08:00"));
    dossier.requestSupplement("Bản sao giấy khai sinh", at("2026-04-29T10:00"), Play.SPECIALIST);
    dossier.receiveSupplement(
        Play.CHECKLIST.partial(List.of(ProvidedDocument.paper(2, Provision.COPY))),
        at("2026-05-04T09:00"),
        CALENDAR,
        Play.CLERK);
    return view(dossier);
  }

  public static DossierView refusedAtIntake() {
    Dossier dossier = Play.registered(at("2026-04-28T08:00"));
    dossier.refuseIntake(
        "Tờ khai không có chữ ký\nẢnh chụp căn cước bị mờ", at("2026-04-28T09:00"), Play.CLERK);
    return view(dossier);
  }

  public static DossierView refusedAfterReview() {
    Dossier dossier = Play.processing(at("2026-04-28T08:00"));
    dossier.refuse(
        "Người yêu cầu không có quyền đăng ký", at("2026-04-28T15:00"), CALENDAR, Play.SPECIALIST);
    return view(dossier);
  }

  public static DossierView apologized() {
    Dossier dossier = Play.atSigning(at("2026-04-28T08:00"));
    dossier.apologize(
        at("2026-05-08T17:00"),
        "Chờ xác minh của cơ quan công an",
        at("2026-05-04T08:00"),
        Play.LEADER);
    return view(dossier);
  }

  public static DossierView stopped() {
    Dossier dossier = Play.processing(at("2026-04-28T08:00"));
    dossier.stop("Người nộp đề nghị dừng để nộp lại", at("2026-04-29T08:00"), Play.CLERK);
    return view(dossier);
  }

  /** Walked through every step and returned at the desk, late. */
  public static DossierView returned() {
    Dossier dossier = Play.atSigning(at("2026-04-28T08:00"));
    dossier.finish(Play.RESULTS, at("2026-05-06T10:00"), CALENDAR, Play.LEADER);
    dossier.returnResult(null, at("2026-05-06T14:00"), CALENDAR, Play.CLERK);
    return view(dossier);
  }
}
