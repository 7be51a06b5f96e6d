package vn.motcua.dossier.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.dossier.ApplicantDetails;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Checklist;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.FeeDue;
import vn.motcua.dossier.Gender;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;
import vn.motcua.dossier.ResultDetails;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.Routing;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * Plays realistic dossiers through the real aggregate, in memory: a procedure, an applicant, a
 * channel and a center drawn at random; every step taking a random share of its budget (most in
 * time, some late, a few very late); supplements, obligations, apologies, refusals, withdrawals and
 * stops at realistic rates; and the clock stopping at {@code now}, so that recent dossiers are
 * still under way or paused, some of them overdue. Because the aggregate plays them, every due
 * instant, measure and history entry follows the same rules as a dossier received for real.
 */
final class DossierPlayer {

  private static final String[] FAMILY = {
    "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"
  };
  private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh"};
  private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng"};
  private static final String[] GIVEN = {
    "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan",
    "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang",
    "Tuấn", "Vân", "Việt", "Yến"
  };

  private final Reference reference;
  private final WorkingCalendar calendar;
  private final Instant now;
  private final Duration span;
  private final Map<String, AtomicInteger> codes = new ConcurrentHashMap<>();
  private String focus;

  /**
   * @param now where the clock stops: dossiers are received in the {@code span} before it
   * @param counters the code counters already used, by unit id and day (continued, never reused)
   */
  DossierPlayer(Reference reference, Instant now, Duration span, Map<String, Integer> counters) {
    this.reference = reference;
    this.calendar = reference.calendar;
    this.now = now;
    this.span = span;
    counters.forEach((key, last) -> codes.put(key, new AtomicInteger(last)));
  }

  /** Half of the applicants will live in this commune (e.g. where the demo accounts work). */
  DossierPlayer focusOn(String commune) {
    this.focus = commune;
    return this;
  }

  /** The code counters as they stand after the play, to write back. */
  Map<String, AtomicInteger> counters() {
    return codes;
  }

  Dossier play(Random random) {
    Reference.Procedure procedure =
        reference.procedures.get(random.nextInt(reference.procedures.size()));
    ProcedureDetail detail = procedure.detail();
    String commune =
        focus != null && random.nextBoolean()
            ? focus
            : reference.communes.get(random.nextInt(reference.communes.size()));
    Reference.Center center = center(random, detail, commune);
    boolean online = random.nextInt(100) < 80;
    ApplicantDetails applicant = applicant(random, commune);
    Instant received = workingMoment(random);
    Routing.Route route =
        Routing.route(
            procedure.code(), detail, center.unit(), null, commune, commune, reference.directory());
    Checklist checklist = Checklist.of(detail);
    List<ProvidedDocument> provided =
        checklist.items().stream()
            .filter(item -> !item.fromDatabase())
            .map(
                item ->
                    ProvidedDocument.paper(
                        item.position(),
                        online
                            ? Provision.COPY
                            : ("COPY".equals(item.form()) ? Provision.COPY : Provision.ORIGINAL)))
            .toList();
    Intake intake =
        new Intake(
            procedure.versionId(),
            procedure.code(),
            detail.summary().fieldCode(),
            time(detail),
            online ? Channel.ONLINE : Channel.COUNTER,
            applicant,
            null,
            commune,
            center.unit().id(),
            route.returning().id(),
            online && random.nextBoolean() ? ReturnMethod.ONLINE : ReturnMethod.AT_CENTER,
            route.competent().id(),
            1,
            route.plan(),
            checklist.complete(provided),
            FeeDue.of(detail, 1));
    Actor clerk = person(center.unit().id(), Role.RECEIVING_CLERK);
    Dossier dossier;
    if (online) {
      Instant registered = received.minus(Duration.ofMinutes(10 + random.nextInt(900)));
      dossier =
          Dossier.register(code(center, registered), intake, registered, Actor.system("portal"));
      if (random.nextInt(100) < 3) {
        dossier.refuseIntake("Hồ sơ điện tử không đọc được", received, clerk);
        return dossier;
      }
      if (received.isAfter(now.minus(Duration.ofHours(20))) && random.nextBoolean()) {
        return dossier; // not yet accepted by its center
      }
      dossier.accept(time(detail), checklist, received, calendar, clerk);
    } else {
      dossier = Dossier.receive(code(center, received), intake, received, calendar, clerk);
    }
    return process(random, dossier, received, procedure);
  }

  private Dossier process(
      Random random, Dossier dossier, Instant at, Reference.Procedure procedure) {
    Instant t = at;
    int last = dossier.steps().stream().mapToInt(DossierStep::position).max().orElseThrow();
    boolean pauseDone = false;
    while (dossier.current().isPresent()) {
      DossierStep step = dossier.current().get();
      Actor actor = person(step.unitId(), step.performerRole(), Role.HEAD);
      Instant end = calendar.addWorkingTime(t, scaled(step.budget(), random));
      if (end.isAfter(now)) {
        Instant takenUp = t.plusSeconds(600);
        if (step.assignee() == null
            && takenUp.isBefore(now)
            && DossierAction.START_STEP.allowedIn(dossier.status())
            && random.nextBoolean()) {
          dossier.startStep(takenUp, actor);
        }
        return dossier; // still under way at now
      }
      int dice = random.nextInt(1000);
      if (step.position() == 2 && !pauseDone) {
        pauseDone = true;
        if (dice < 110) {
          boolean supplement = dice < 80;
          if (supplement) {
            dossier.requestSupplement("Bổ sung bản sao giấy tờ còn thiếu", end, actor);
          } else {
            dossier.requestObligation("Nộp nghĩa vụ tài chính theo thông báo", end, actor);
          }
          Instant back = calendar.addWorkingTime(end, Duration.ofHours(4 + random.nextInt(60)));
          if (back.isAfter(now)) {
            return dossier; // still waiting for the applicant
          }
          if (random.nextInt(100) < 8) {
            dossier.stop("Người nộp đề nghị dừng giải quyết", back, clerkOf(dossier));
            return dossier;
          }
          if (supplement) {
            dossier.receiveSupplement(
                Checklist.of(procedure.detail())
                    .partial(List.of(ProvidedDocument.paper(1, Provision.COPY))),
                back,
                calendar,
                clerkOf(dossier));
          } else {
            dossier.fulfilObligation(back, calendar, Actor.system("payment"));
          }
          t = back;
          continue;
        }
        if (dice < 140) {
          dossier.refuse("Không đủ điều kiện theo quy định", end, calendar, actor);
          t = end;
          continue;
        }
        if (dice < 160) {
          dossier.withdraw("Người nộp rút hồ sơ", end, clerkOf(dossier));
          return dossier;
        }
        if (dice < 175) {
          dossier.stop("Người nộp đề nghị dừng giải quyết", end, clerkOf(dossier));
          return dossier;
        }
      }
      if (dossier.status() == DossierStatus.FINISHED) {
        dossier.returnResult(
            null, end, calendar, person(dossier.returnUnitId(), Role.RECEIVING_CLERK));
        return dossier;
      }
      if (step.position() + 1 == last) {
        if (end.isAfter(dossier.dueAt()) && t.isBefore(dossier.dueAt()) && random.nextBoolean()) {
          dossier.apologize(
              calendar.addWorkingTime(end, Duration.ofHours(8)),
              "Cần thêm thời gian xác minh",
              t,
              actor);
        }
        List<String> names = procedure.detail().results();
        dossier.finish(
            List.of(
                new ResultDetails(
                    names.isEmpty() ? "Kết quả giải quyết" : names.get(0),
                    (1 + random.nextInt(999)) + "/" + end.atZone(WorkingCalendar.ZONE).getYear(),
                    null)),
            end,
            calendar,
            actor);
      } else {
        dossier.forward(null, null, end, calendar, actor);
      }
      t = end;
    }
    return dossier;
  }

  /** Most steps take part of their budget; one in eight runs over, one in forty far over. */
  private static Duration scaled(Duration budget, Random random) {
    int dice = random.nextInt(40);
    double factor =
        dice == 0
            ? 1.5 + random.nextDouble() * 3
            : dice < 5 ? 1.0 + random.nextDouble() * 0.5 : 0.05 + random.nextDouble() * 0.9;
    return Duration.ofMinutes(Math.max(1, Math.round(budget.toMinutes() * factor)));
  }

  /**
   * Mostly the center of the applicant's commune; a non-territorial procedure three times in ten
   * elsewhere; provincial procedures at the provincial center unless non-territorial.
   */
  private Reference.Center center(Random random, ProcedureDetail detail, String commune) {
    List<Reference.Center> centers = reference.centers;
    if (detail.summary().nonTerritorial() && random.nextInt(10) < 3) {
      return centers.get(random.nextInt(centers.size()));
    }
    if ("PROVINCE".equals(detail.summary().level())) {
      return centers.stream()
          .filter(c -> c.unit().kind() == vn.motcua.organization.OrgUnit.Kind.PROVINCIAL_CENTER)
          .findFirst()
          .orElseThrow();
    }
    return centers.stream()
        .filter(c -> commune.equals(c.unit().communeCode()))
        .findFirst()
        .orElseThrow();
  }

  private ApplicantDetails applicant(Random random, String commune) {
    boolean male = random.nextBoolean();
    int year = 1950 + random.nextInt(56);
    String id =
        String.format(
            "%03d%d%02d%06d",
            22, (year >= 2000 ? 2 : 0) + (male ? 0 : 1), year % 100, random.nextInt(1_000_000));
    String name =
        FAMILY[random.nextInt(FAMILY.length)]
            + " "
            + (male ? MIDDLE_MALE : MIDDLE_FEMALE)[random.nextInt(6)]
            + " "
            + GIVEN[random.nextInt(GIVEN.length)];
    return new ApplicantDetails(
        ApplicantType.CITIZEN,
        id,
        name,
        LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
        male ? Gender.MALE : Gender.FEMALE,
        "Tổ " + (1 + random.nextInt(40)) + ", khu " + (1 + random.nextInt(12)),
        commune,
        "09" + String.format("%08d", random.nextInt(100_000_000)),
        null);
  }

  /**
   * A moment within the working hours of a working day within the span before now; four in ten in
   * the last two weeks, as a live system has its recent dossiers still under way.
   */
  private Instant workingMoment(Random random) {
    Duration within = random.nextInt(10) < 4 ? Duration.ofDays(14) : span;
    while (true) {
      Instant moment =
          now.minus(Duration.ofMinutes((long) (random.nextDouble() * within.toMinutes())));
      LocalDate day = moment.atZone(WorkingCalendar.ZONE).toLocalDate();
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      LocalTime time =
          random.nextBoolean()
              ? LocalTime.of(7, 0).plusMinutes(random.nextInt(270))
              : LocalTime.of(13, 30).plusMinutes(random.nextInt(210));
      Instant at = day.atTime(time).atZone(WorkingCalendar.ZONE).toInstant();
      if (at.isBefore(now)) {
        return at;
      }
    }
  }

  private String code(Reference.Center center, Instant at) {
    LocalDate day = at.atZone(WorkingCalendar.ZONE).toLocalDate();
    int next =
        codes
            .computeIfAbsent(center.unit().id() + "/" + day, key -> new AtomicInteger())
            .incrementAndGet();
    return String.format(
        "%s-%s-%04d",
        center.electronicId(),
        day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")),
        next);
  }

  private static ProcessingTime time(ProcedureDetail detail) {
    return new ProcessingTime(
        detail.summary().processingDays(),
        detail.summary().processingHours(),
        detail.summary().sameDayCutOff());
  }

  private Actor clerkOf(Dossier dossier) {
    return person(dossier.receivingUnitId(), Role.RECEIVING_CLERK);
  }

  /**
   * A civil servant of the unit with these roles: the unit's account with the role when there is
   * one (so that demo users find their own work), else a made-up login name.
   */
  private Actor person(long unitId, Role role, Role... more) {
    EnumSet<Role> roles = EnumSet.of(role, more);
    String name =
        reference.people.getOrDefault(
            unitId + "/" + role.name(), role.name().toLowerCase() + "." + unitId);
    return Actor.person(name, unitId, roles);
  }
}
