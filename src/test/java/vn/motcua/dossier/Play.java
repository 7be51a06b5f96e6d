package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.Vietnam2026;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * A dossier's life played without a container: a 3-working-day procedure received at center 10,
 * settled by committee 20 in three steps, returned at center 10; the people who act on it; and
 * Vietnam's 2026 calendar.
 */
final class Play {

  static final WorkingCalendar CALENDAR = Vietnam2026.CALENDAR;
  static final long CENTER = 10;
  static final long COMMITTEE = 20;
  static final long OTHER_CENTER = 30;

  static final Actor CLERK = Actor.person("clerk", CENTER, Set.of(Role.RECEIVING_CLERK));
  static final Actor OTHER_CLERK =
      Actor.person("other-clerk", OTHER_CENTER, Set.of(Role.RECEIVING_CLERK));
  static final Actor SPECIALIST = Actor.person("specialist", COMMITTEE, Set.of(Role.SPECIALIST));
  static final Actor SPECIALIST_2 = Actor.person("specialist2", COMMITTEE, Set.of(Role.SPECIALIST));
  static final Actor HEAD = Actor.person("head", COMMITTEE, Set.of(Role.HEAD));
  static final Actor LEADER = Actor.person("leader", COMMITTEE, Set.of(Role.SIGNING_LEADER));
  static final Actor DIRECTOR = Actor.person("director", CENTER, Set.of(Role.CENTER_DIRECTOR));
  static final Actor PORTAL = Actor.system("portal");

  static final ApplicantDetails CITIZEN =
      new ApplicantDetails(
          ApplicantType.CITIZEN,
          "022090001234",
          "Nguyễn Văn An",
          java.time.LocalDate.of(1990, 5, 17),
          Gender.MALE,
          "Tổ 1, khu 2",
          "00541",
          "0912345678",
          null);

  static final Checklist CHECKLIST =
      new Checklist(
          List.of(
              new Checklist.Item(1, "TK", "Tờ khai", "ORIGINAL", false, true),
              new Checklist.Item(2, "CCCD", "Căn cước", "SHOWN", true, true)));

  private Play() {}

  /** 2026-mm-dd hh:mm in Vietnam. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  static Intake intake(Channel channel) {
    return intake(
        channel, CHECKLIST.complete(List.of(ProvidedDocument.paper(1, Provision.ORIGINAL))));
  }

  static Intake intake(Channel channel, List<Checklist.Provided> documents) {
    return new Intake(
        100,
        "1.001193",
        "ho-tich",
        ProcessingTime.ofWorkingDays(new BigDecimal("3")),
        channel,
        CITIZEN,
        null,
        null,
        CENTER,
        CENTER,
        ReturnMethod.AT_CENTER,
        COMMITTEE,
        1,
        List.of(
            step(1, "Tiếp nhận", Role.RECEIVING_CLERK, CENTER, 4),
            step(2, "Thẩm định", Role.SPECIALIST, COMMITTEE, 12),
            step(3, "Xem xét", Role.HEAD, COMMITTEE, 4),
            step(4, "Ký", Role.SIGNING_LEADER, COMMITTEE, 2),
            step(5, "Trả kết quả", Role.RECEIVING_CLERK, CENTER, 2)),
        documents,
        List.of(new FeeDue("Lệ phí", 8000, 2)));
  }

  private static PlannedStep step(int position, String name, Role role, long unit, int hours) {
    return new PlannedStep(position, name, role, unit, Duration.ofHours(hours));
  }

  /** Received at the counter of center 10. */
  static Dossier received(Instant at) {
    return Dossier.receive(
        "000.00.12.H22-260428-0001", intake(Channel.COUNTER), at, CALENDAR, CLERK);
  }

  /** Registered online, waiting for center 10. */
  static Dossier registered(Instant at) {
    return Dossier.register("000.00.12.H22-260428-0002", intake(Channel.ONLINE), at, PORTAL);
  }

  /** Received, then forwarded to the specialist: processing, at step 2. */
  static Dossier processing(Instant at) {
    Dossier dossier = received(at);
    dossier.forward(null, SPECIALIST, at.plusSeconds(600), CALENDAR, CLERK);
    return dossier;
  }

  /** At step 4 (signing), the last before the return. */
  static Dossier atSigning(Instant at) {
    Dossier dossier = processing(at);
    dossier.forward(null, null, at.plusSeconds(1200), CALENDAR, SPECIALIST);
    dossier.forward(null, LEADER, at.plusSeconds(1800), CALENDAR, HEAD);
    return dossier;
  }

  static final List<ResultDetails> RESULTS =
      List.of(new ResultDetails("Giấy khai sinh", "123/2026", null));
}
