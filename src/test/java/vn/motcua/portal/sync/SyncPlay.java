package vn.motcua.portal.sync;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.Vietnam2026;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.dossier.ApplicantDetails;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Checklist;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.FeeDue;
import vn.motcua.dossier.Gender;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.PlannedStep;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.Transition;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * Dossiers played in memory for the portal's messages: a birth registration received at Hồng Gai's
 * center (10), settled by its People's Committee (20) in three steps, with a fee and a charge, one
 * document digitised and one from the population database; the people who act and their names.
 */
final class SyncPlay {

  static final WorkingCalendar CALENDAR = Vietnam2026.CALENDAR;
  static final long CENTER = 10;
  static final long COMMITTEE = 20;

  static final Actor CLERK = Actor.person("clerk", CENTER, Set.of(Role.RECEIVING_CLERK));
  static final Actor SPECIALIST = Actor.person("specialist", COMMITTEE, Set.of(Role.SPECIALIST));
  static final Actor SPECIALIST_2 = Actor.person("specialist2", COMMITTEE, Set.of(Role.SPECIALIST));
  static final Actor HEAD = Actor.person("head", COMMITTEE, Set.of(Role.HEAD));
  static final Actor LEADER = Actor.person("leader", COMMITTEE, Set.of(Role.SIGNING_LEADER));
  static final Actor PORTAL = Actor.system("portal");

  static final Checklist CHECKLIST =
      new Checklist(
          List.of(
              new Checklist.Item(1, "TK-KS", "Tờ khai đăng ký khai sinh", "ORIGINAL", false, true),
              new Checklist.Item(2, "GCS", "Giấy chứng sinh", "ORIGINAL", false, false),
              new Checklist.Item(3, "CCCD", "Căn cước của người đi đăng ký", "SHOWN", true, true)));

  static final ProcessingTime TIME = ProcessingTime.ofWorkingDays(new BigDecimal("3"));

  /** The names the portal's messages carry, as the server's directory would give them. */
  static final SyncDirectory DIRECTORY =
      new SyncDirectory() {
        @Override
        public String procedureName(long procedureVersionId) {
          return procedureVersionId == 100 ? "Đăng ký khai sinh" : "?";
        }

        @Override
        public Map<Long, String> unitNames(Collection<Long> unitIds) {
          Map<Long, String> all =
              Map.of(
                  CENTER, "Trung tâm Phục vụ hành chính công phường Hồng Gai",
                  COMMITTEE, "Ủy ban nhân dân phường Hồng Gai");
          Map<Long, String> names = new HashMap<>();
          unitIds.stream().filter(all::containsKey).forEach(id -> names.put(id, all.get(id)));
          return names;
        }

        @Override
        public Map<String, Official> officials(Collection<String> logins) {
          Map<String, Official> all =
              Map.of(
                  "clerk", new Official("Nguyễn Thị Lan", Set.of(Role.RECEIVING_CLERK)),
                  "specialist", new Official("Trần Văn Minh", Set.of(Role.SPECIALIST)),
                  "specialist2", new Official("Lê Văn Bình", Set.of(Role.SPECIALIST)),
                  "head", new Official("Phạm Thị Hoa", Set.of(Role.HEAD, Role.SPECIALIST)),
                  "leader", new Official("Hoàng Văn Nam", Set.of(Role.SIGNING_LEADER)));
          Map<String, Official> found = new HashMap<>();
          logins.stream().filter(all::containsKey).forEach(l -> found.put(l, all.get(l)));
          return found;
        }
      };

  private SyncPlay() {}

  /** The change the dossier's last action made, by the actor that action names. */
  static DossierChanged lastChange(Dossier dossier) {
    Transition last = dossier.lastTransition();
    Actor actor =
        Stream.of(CLERK, SPECIALIST, SPECIALIST_2, HEAD, LEADER, PORTAL)
            .filter(a -> a.username().equals(last.actor()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No actor named " + last.actor()));
    return new DossierChanged(dossier, last, actor);
  }

  /** 2026-mm-ddThh:mm in Vietnam. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  static ApplicantDetails citizen() {
    return new ApplicantDetails(
        ApplicantType.CITIZEN,
        "022090001234",
        "Nguyễn Công Đức",
        java.time.LocalDate.of(1990, 5, 17),
        Gender.MALE,
        "Tổ 1, khu 2, phường Hồng Gai",
        "00541",
        "0912345678",
        null);
  }

  static Intake intake(Channel channel) {
    return new Intake(
        100,
        "1.001193",
        "HT",
        TIME,
        channel,
        citizen(),
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
        CHECKLIST.complete(
            List.of(
                new ProvidedDocument(1, Provision.DIGITISED, 501L, null),
                ProvidedDocument.paper(
                    2, channel == Channel.ONLINE ? Provision.COPY : Provision.ORIGINAL))),
        List.of(
            new FeeDue("Lệ phí đăng ký khai sinh", 8000, 1),
            new FeeDue("Phí cấp bản sao trích lục", 5000, 2)));
  }

  private static PlannedStep step(int position, String name, Role role, long unit, int hours) {
    return new PlannedStep(position, name, role, unit, Duration.ofHours(hours));
  }

  /** Received at the counter of center 10 on Tuesday 28 April 2026, 08:00. */
  static Dossier received() {
    return Dossier.receive(
        "000.00.12.H22-260428-0001",
        intake(Channel.COUNTER),
        at("2026-04-28T08:00"),
        CALENDAR,
        CLERK);
  }

  /** Registered online on Monday 27 April 2026, 21:15, waiting for center 10. */
  static Dossier registered() {
    return Dossier.register(
        "000.00.12.H22-260427-0007", intake(Channel.ONLINE), at("2026-04-27T21:15"), PORTAL);
  }

  /** Received, then forwarded at 08:10 to the specialist: at step 2. */
  static Dossier processing() {
    Dossier dossier = received();
    dossier.forward("Hồ sơ đủ", SPECIALIST, at("2026-04-28T08:10"), CALENDAR, CLERK);
    return dossier;
  }

  /** At step 4 (signing), the last before the return, on the afternoon of the 28th. */
  static Dossier atSigning() {
    Dossier dossier = processing();
    dossier.startStep(at("2026-04-28T08:30"), SPECIALIST);
    dossier.forward(null, null, at("2026-04-28T14:00"), CALENDAR, SPECIALIST);
    dossier.forward(null, LEADER, at("2026-04-28T15:00"), CALENDAR, HEAD);
    return dossier;
  }
}
