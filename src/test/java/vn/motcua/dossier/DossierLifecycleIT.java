package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.document.FileStore;
import vn.motcua.population.PopulationLookup;
import vn.motcua.population.internal.PopulationSimulator;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.shared.audit.AuditTrail;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;

/**
 * The dossier's life through the services, inside Payara against PostgreSQL, with the seeded
 * organisation, catalog and 2026 calendar. Each test makes its own applicant; the clock is set per
 * test.
 */
@MotcuaIT
class DossierLifecycleIT {

  // Seeded units (db-scripts/V3): centers, committees, agencies.
  static final long PROVINCIAL_CENTER = 1;
  static final long HA_LONG_CENTER = 7;
  static final long HONG_GAI_CENTER = 10;
  static final long BAI_CHAY_CENTER = 14;
  static final long HONG_GAI_COMMITTEE = 70;
  static final long PROVINCIAL_POLICE = 130;
  static final long JUSTICE_DEPARTMENT = 118;
  static final String HONG_GAI = "00541";

  // Non-territorial, commune committee, 3 days in steps of 4, 8, 4, 4, 4 hours; not one the
  // catalog's browser tests edit (they share this database), checked before each test.
  static final String BIRTH = "1.001022";
  static final String FOOD_SAFETY = "1.013855"; // territorial, commune committee
  static final String TEMPORARY_RESIDENCE = "1.002755"; // non-territorial, provincial police
  static final String FORENSIC_OFFICE = "1.116555"; // territorial, provincial department

  static final Actor PORTAL = Actor.system("portal");

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer(TestClock.class);
  }

  // Arquillian's enrichers are not in Payara Micro's test archive: look the beans up instead.
  ReceptionService reception;
  ProcessingService processing;
  DossierService dossiers;
  CatalogService catalog;
  AuditTrail audit;
  DeadlineWatch watch;
  ApplicantService applicants;
  ManagedExecutorService executor;
  DataSource database;

  @BeforeEach
  void lookUp() throws NamingException {
    reception = CDI.current().select(ReceptionService.class).get();
    processing = CDI.current().select(ProcessingService.class).get();
    dossiers = CDI.current().select(DossierService.class).get();
    catalog = CDI.current().select(CatalogService.class).get();
    audit = CDI.current().select(AuditTrail.class).get();
    watch = CDI.current().select(DeadlineWatch.class).get();
    applicants = CDI.current().select(ApplicantService.class).get();
    executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    database = InitialContext.doLookup("java:app/jdbc/motcua");
    assertThat(catalog.procedure(BIRTH).steps())
        .as("the seeded process of %s, which these tests' times follow", BIRTH)
        .extracting(ProcedureDetail.Step::budgetMinutes)
        .containsExactly(240, 480, 240, 240, 240);
  }

  @AfterEach
  void realTime() {
    TestClock.set(null);
  }

  @Test
  void aNonTerritorialDossierTravelsFromOneCommuneToAnotherAndBack() {
    String id = citizenId(1);
    at("2026-03-02T08:00");
    Receipt receipt =
        reception.receive(clerk(BAI_CHAY_CENTER), counter(BIRTH, BAI_CHAY_CENTER, id));

    assertThat(receipt.code()).matches("000\\.20\\.13\\.H22-260302-\\d{4,}");
    assertThat(receipt.status()).isEqualTo(DossierStatus.RECEIVED);
    assertThat(receipt.dueAt()).isEqualTo(instant("2026-03-05T08:00"));
    DossierView view = dossiers.dossier(clerk(BAI_CHAY_CENTER), receipt.code());
    assertThat(view.competentUnitId()).isEqualTo(HONG_GAI_COMMITTEE);
    assertThat(view.steps())
        .extracting(DossierView.Step::unitId)
        .containsExactly(
            BAI_CHAY_CENTER,
            HONG_GAI_COMMITTEE,
            HONG_GAI_COMMITTEE,
            HONG_GAI_COMMITTEE,
            BAI_CHAY_CENTER);

    String code = receipt.code();
    at("2026-03-02T09:00");
    receipt = processing.forward(clerk(BAI_CHAY_CENTER), code, receipt.version(), "Đủ", null);
    receipt = walkToTheReturn(code, receipt, "2026-03-03T10:00");
    at("2026-03-04T08:00");
    receipt = processing.returnResult(clerk(BAI_CHAY_CENTER), code, receipt.version(), null);

    view = dossiers.dossier(person("auditor", null, Role.AUDITOR), code);
    assertThat(view.status()).isEqualTo(DossierStatus.RETURNED);
    assertThat(view.outcome()).isEqualTo(Timeliness.EARLY);
    // Monday 08:00-17:00 (7 h) and Tuesday 07:00-10:00 (3 h).
    assertThat(view.workedMinutes()).isEqualTo(10 * 60);
    assertThat(view.steps()).allSatisfy(s -> assertThat(s.outcome()).isNotNull());
    assertThat(view.history())
        .extracting(DossierView.Entry::action)
        .containsExactly(
            DossierAction.RECEIVE,
            DossierAction.FORWARD,
            DossierAction.FORWARD,
            DossierAction.FORWARD,
            DossierAction.FINISH,
            DossierAction.RETURN_RESULT);
    assertThat(view.history()).extracting(DossierView.Entry::unitId).contains(HONG_GAI_COMMITTEE);
    assertThat(audit.history("dossier", code, 20))
        .extracting(e -> e.action())
        .containsExactly("RETURN_RESULT", "FINISH", "FORWARD", "FORWARD", "FORWARD", "RECEIVE");
    assertThat(stored("SELECT outcome FROM dossier WHERE code = ?", code)).isEqualTo("EARLY");
  }

  @Test
  void aTerritorialProcedureIsReceivedOnlyInItsCommune() {
    String id = citizenId(2);
    at("2026-03-02T08:00");
    Throwable refused =
        catchThrowable(
            () ->
                reception.receive(
                    clerk(BAI_CHAY_CENTER), counter(FOOD_SAFETY, BAI_CHAY_CENTER, id)));
    assertThat(refused).isInstanceOf(DossierRefusal.class).hasMessageContaining("non-territorial");
    assertThat(((BusinessException) refused).code()).isEqualTo("wrong-center");
    assertThat(dossiersOf(id)).isZero();

    Receipt receipt =
        reception.receive(clerk(HONG_GAI_CENTER), counter(FOOD_SAFETY, HONG_GAI_CENTER, id));
    assertThat(receipt.code()).startsWith("000.20.09.H22-260302-");
    assertThat(dossiersOf(id)).isOne();
  }

  @Test
  void provincialProceduresGoToTheProvinceAndBackToTheCommune() {
    String id = citizenId(3);
    at("2026-03-02T08:00");
    assertThatThrownBy(
            () ->
                reception.receive(
                    clerk(HONG_GAI_CENTER), counter(FORENSIC_OFFICE, HONG_GAI_CENTER, id)))
        .hasMessageContaining("provincial center");
    Receipt atProvince =
        reception.receive(
            clerk(PROVINCIAL_CENTER), counter(FORENSIC_OFFICE, PROVINCIAL_CENTER, id));
    assertThat(dossiers.dossier(clerk(PROVINCIAL_CENTER), atProvince.code()).steps())
        .extracting(DossierView.Step::unitId)
        .contains(JUSTICE_DEPARTMENT);

    Receipt residence =
        reception.receive(
            clerk(HONG_GAI_CENTER), counter(TEMPORARY_RESIDENCE, HONG_GAI_CENTER, id));
    DossierView view = dossiers.dossier(clerk(HONG_GAI_CENTER), residence.code());
    assertThat(view.competentUnitId()).isEqualTo(PROVINCIAL_POLICE);
    assertThat(view.steps().get(0).unitId()).isEqualTo(HONG_GAI_CENTER);
    assertThat(view.steps().get(view.steps().size() - 1).unitId()).isEqualTo(HONG_GAI_CENTER);
    assertThat(view.steps()).extracting(DossierView.Step::unitId).contains(PROVINCIAL_POLICE);
  }

  @Test
  void badInputIsRefusedPreciselyAndSavesNothing() {
    String id = citizenId(4);
    at("2026-03-02T08:00");
    NewDossier good = counter(BIRTH, BAI_CHAY_CENTER, id);

    assertThat(
            refusal(
                () ->
                    reception.receive(
                        clerk(BAI_CHAY_CENTER), variant(good, "9.999999", null, null))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("No procedure");
    ApplicantDetails shortId = applicant("02209000123", LocalDate.of(1990, 1, 1));
    assertThat(
            refusal(
                () ->
                    reception.receive(clerk(BAI_CHAY_CENTER), variant(good, null, shortId, null))))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("idNumberValid");
    ApplicantDetails unborn = applicant(id, LocalDate.of(2090, 1, 1));
    assertThat(
            refusal(
                () -> reception.receive(clerk(BAI_CHAY_CENTER), variant(good, null, unborn, null))))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("birthDate");
    assertThat(
            refusal(
                () ->
                    reception.receive(
                        clerk(BAI_CHAY_CENTER), variant(good, null, null, List.of()))))
        .isInstanceOf(DossierRefusal.class)
        .hasMessageContaining("is missing");
    assertThat(refusal(() -> reception.receive(clerk(HA_LONG_CENTER), good)))
        .isInstanceOf(DossierRefusal.class)
        .extracting(e -> ((BusinessException) e).kind())
        .isEqualTo(BusinessException.Kind.FORBIDDEN);

    assertThat(dossiersOf(id)).isZero();
  }

  @Test
  void anOnlineDossierIsAcceptedOrRefusedByItsCenter() {
    String id = citizenId(5);
    at("2026-03-06T21:00"); // Friday evening
    Receipt registered = reception.register(PORTAL, online(BIRTH, HONG_GAI_CENTER, id));
    assertThat(registered.status()).isEqualTo(DossierStatus.REGISTERED);
    assertThat(registered.dueAt()).isNull();

    at("2026-03-09T07:30");
    Receipt accepted =
        reception.accept(clerk(HONG_GAI_CENTER), registered.code(), registered.version());
    assertThat(accepted.status()).isEqualTo(DossierStatus.RECEIVED);
    assertThat(accepted.dueAt()).isEqualTo(instant("2026-03-12T07:30"));

    Receipt other = reception.register(PORTAL, online(BIRTH, HONG_GAI_CENTER, id));
    assertThatThrownBy(
            () ->
                reception.refuseIntake(clerk(BAI_CHAY_CENTER), other.code(), other.version(), "x"))
        .isInstanceOf(DossierRefusal.class);
    Receipt refused =
        reception.refuseIntake(
            clerk(HONG_GAI_CENTER), other.code(), other.version(), "Ảnh chụp không đọc được");
    assertThat(refused.status()).isEqualTo(DossierStatus.NOT_RECEIVED);
  }

  @Test
  void aSupplementStopsTheClockOverTheHolidaysAndMovesTheAppointment() {
    String id = citizenId(6);
    at("2026-04-28T08:00");
    Receipt r = reception.receive(clerk(HONG_GAI_CENTER), counter(BIRTH, HONG_GAI_CENTER, id));
    assertThat(r.dueAt()).isEqualTo(instant("2026-05-05T08:00"));
    String code = r.code();
    at("2026-04-28T09:00");
    Receipt received = r;
    assertThat(
            refusal(
                () ->
                    processing.forward(
                        clerk(HONG_GAI_CENTER), code, received.version(), null, "clerk")))
        .hasMessageContaining("does not work in the unit");
    assertThat(
            refusal(
                () ->
                    processing.forward(
                        clerk(HONG_GAI_CENTER), code, received.version(), null, "nobody")))
        .hasMessageContaining("No active account");
    r = processing.forward(clerk(HONG_GAI_CENTER), code, r.version(), null, "specialist");
    at("2026-04-29T10:00");
    r = processing.requestSupplement(specialist(), code, r.version(), "Bản sao giấy chứng sinh");
    assertThat(r.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

    at("2026-05-04T09:00");
    r =
        processing.receiveSupplement(
            clerk(HONG_GAI_CENTER),
            code,
            r.version(),
            List.of(ProvidedDocument.paper(1, Provision.COPY)));

    assertThat(r.status()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(r.dueAt()).isEqualTo(instant("2026-05-05T17:00"));
    assertThat(r.appointmentAt()).isEqualTo(instant("2026-05-05T17:00"));
    DossierView view = dossiers.dossier(specialist(), code);
    assertThat(view.pauses())
        .singleElement()
        .satisfies(p -> assertThat(p.minutes()).isEqualTo(420));
    // Step 2 (one working day from Tuesday 09:00, due Wednesday 09:00) was an hour overdue when
    // paused: moved by the 7 paused hours it is due Monday 08:00, still an hour behind.
    assertThat(view.steps().get(1).dueAt()).isEqualTo(instant("2026-05-04T08:00"));
  }

  @Test
  void aLateDossierApologisesBeforeItsDueAndStaysLate() {
    String id = citizenId(7);
    at("2026-03-02T08:00");
    Receipt r = reception.receive(clerk(HONG_GAI_CENTER), counter(BIRTH, HONG_GAI_CENTER, id));
    String code = r.code();
    at("2026-03-02T09:00");
    r = processing.forward(clerk(HONG_GAI_CENTER), code, r.version(), null, null);
    at("2026-03-04T16:00");
    Receipt beforeApology = r;
    r =
        processing.apologize(
            person("head", HONG_GAI_COMMITTEE, Role.HEAD),
            code,
            r.version(),
            instant("2026-03-10T17:00"),
            "Cần xác minh thêm");
    assertThat(r.appointmentAt()).isEqualTo(instant("2026-03-10T17:00"));
    assertThat(r.dueAt()).isEqualTo(beforeApology.dueAt());

    r = walkToTheReturn(code, r, "2026-03-09T10:00");
    DossierView view = dossiers.dossier(clerk(HONG_GAI_CENTER), code);
    assertThat(view.apologized()).isTrue();
    assertThat(view.outcome()).isEqualTo(Timeliness.LATE);
    assertThat(view.steps().get(1).outcome()).isEqualTo(Timeliness.LATE);
    assertThat(stored("SELECT outcome FROM dossier WHERE code = ?", code)).isEqualTo("LATE");
  }

  @Test
  void everyActionAStateDoesNotAllowIsRefusedThroughTheServices() {
    String id = citizenId(8);
    at("2026-03-02T08:00");
    Receipt registered = reception.register(PORTAL, online(BIRTH, HONG_GAI_CENTER, id));
    Actor clerk = clerk(HONG_GAI_CENTER);
    String code = registered.code();
    long v = registered.version();
    List<Runnable> illegal =
        List.of(
            () -> processing.startStep(clerk, code, v),
            () -> processing.forward(clerk, code, v, null, null),
            () -> processing.sendBack(clerk, code, v, "x"),
            () -> processing.requestSupplement(clerk, code, v, "x"),
            () ->
                processing.receiveSupplement(
                    clerk, code, v, List.of(ProvidedDocument.paper(1, Provision.COPY))),
            () -> processing.requestObligation(clerk, code, v, "x"),
            () -> processing.fulfilObligation(clerk, code, v),
            () -> processing.stop(clerk, code, v, "x"),
            () -> processing.refuse(clerk, code, v, "x"),
            () ->
                processing.finish(
                    clerk, code, v, List.of(new ResultDetails("Kết quả", null, null))),
            () -> processing.returnResult(clerk, code, v, null),
            () -> processing.apologize(clerk, code, v, instant("2026-03-20T08:00"), "x"));
    for (Runnable action : illegal) {
      assertThat(catchThrowable(action::run))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("REGISTERED");
    }
    assertThat(dossiers.dossier(clerk, code).history()).hasSize(1);
    assertThat(dossiers.dossier(clerk, code).version()).isEqualTo(v);
  }

  @Test
  void anotherUnitsDossierDoesNotExistForItsStaff() {
    String id = citizenId(9);
    at("2026-03-02T08:00");
    Receipt r = reception.receive(clerk(HONG_GAI_CENTER), counter(BIRTH, HONG_GAI_CENTER, id));
    assertThat(
            refusal(
                () ->
                    processing.forward(clerk(BAI_CHAY_CENTER), r.code(), r.version(), null, null)))
        .isInstanceOf(DossierRefusal.class)
        .extracting(e -> ((BusinessException) e).kind())
        .isEqualTo(BusinessException.Kind.NOT_FOUND);
    assertThatThrownBy(() -> dossiers.dossier(clerk(BAI_CHAY_CENTER), r.code()))
        .isInstanceOf(DossierRefusal.class);
  }

  @Test
  void twoClerksActingAtOnceMakeOneChangeAndOneConflict() throws Exception {
    String id = citizenId(10);
    at("2026-03-02T08:00");
    Receipt r = reception.receive(clerk(HONG_GAI_CENTER), counter(BIRTH, HONG_GAI_CENTER, id));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> both = new ArrayList<>();
    for (String assignee : List.of("specialist", "head")) {
      both.add(
          executor.submit(
              () -> {
                start.await();
                try {
                  return processing.forward(
                      clerk(HONG_GAI_CENTER), r.code(), r.version(), null, assignee);
                } catch (BusinessException e) {
                  return e;
                }
              }));
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> future : both) {
      outcomes.add(future.get());
    }
    assertThat(outcomes).filteredOn(Receipt.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(BusinessException.class::isInstance)
        .singleElement()
        .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("dossier-changed"));
    DossierView view = dossiers.dossier(clerk(HONG_GAI_CENTER), r.code());
    assertThat(view.history()).hasSize(2);
    assertThat(view.steps()).filteredOn(s -> s.position() == 2).hasSize(1);

    // The loser, retrying with what it saw, is refused too: nothing is overwritten.
    assertThatThrownBy(
            () -> processing.forward(clerk(HONG_GAI_CENTER), r.code(), r.version(), null, null))
        .hasMessageContaining("changed by someone else");
  }

  @Test
  void concurrentReceptionsGetDistinctCodesWithoutGaps() throws Exception {
    at("2026-06-02T08:00");
    int receptions = 24;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> codes = new ArrayList<>();
    for (int i = 0; i < receptions; i++) {
      String id = citizenId(100 + i);
      codes.add(
          executor.submit(
              () -> {
                start.await();
                return reception
                    .receive(clerk(HA_LONG_CENTER), counter(BIRTH, HA_LONG_CENTER, id))
                    .code();
              }));
    }
    start.countDown();
    List<String> issued = new ArrayList<>();
    for (Future<String> code : codes) {
      issued.add(code.get());
    }
    assertThat(Set.copyOf(issued)).hasSize(receptions);
    assertThat(issued.stream().map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))))
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, receptions).boxed().toList());
    assertThat(issued).allMatch(c -> c.startsWith("000.20.06.H22-260602-"));
  }

  @Test
  void theDeadlineWatchFlagsDueSoonThenOverdueOneInstanceAtATime() {
    String id = citizenId(11);
    at("2026-07-06T08:00"); // Monday: due Thursday 08:00
    Receipt r = reception.receive(clerk(HONG_GAI_CENTER), counter(BIRTH, HONG_GAI_CENTER, id));
    at("2026-07-06T08:30"); // step 2, one working day: due Tuesday 08:30
    r = processing.forward(clerk(HONG_GAI_CENTER), r.code(), r.version(), null, null);
    String code = r.code();

    at("2026-07-07T07:30"); // an hour left of step 2's 8, two days of the dossier's 3
    assertThat(watch.watch("instance-a")).isPositive();
    assertThat(watch.watch("instance-b")).as("the lease is instance A's").isEqualTo(-1);
    DossierView view = dossiers.dossier(clerk(HONG_GAI_CENTER), code);
    assertThat(view.steps().get(1).deadlineFlag()).isEqualTo(DeadlineFlag.DUE_SOON);
    assertThat(view.deadlineFlag()).isEqualTo(DeadlineFlag.NONE);

    at("2026-07-09T09:00");
    assertThat(watch.watch("instance-a")).isPositive();
    view = dossiers.dossier(clerk(HONG_GAI_CENTER), code);
    assertThat(view.steps().get(1).deadlineFlag()).isEqualTo(DeadlineFlag.OVERDUE);
    assertThat(view.deadlineFlag()).isEqualTo(DeadlineFlag.OVERDUE);
    assertThat(view.steps().get(0).deadlineFlag()).isEqualTo(DeadlineFlag.NONE);
  }

  @Test
  void theInboxListsAUnitsOpenStepsForARoleSoonestDueFirst() {
    long haLongCommittee = 67;
    Actor specialist = person("specialist-hl", haLongCommittee, Role.SPECIALIST);
    Actor head = person("head-hl", haLongCommittee, Role.HEAD);
    // The demo data may leave work there too, depending on the day the tests run: count from it.
    long before = dossiers.inbox(specialist, Role.SPECIALIST, 0, 1).total();
    long headsBefore = dossiers.inbox(head, Role.HEAD, 0, 1).total();
    List<String> codes = new ArrayList<>();
    for (String time : List.of("2026-03-03T10:00", "2026-03-02T10:00")) {
      at(time);
      NewDossier request = counter(BIRTH, HA_LONG_CENTER, citizenId(codes.size() + 20));
      request =
          variant(
              request,
              null,
              new ApplicantDetails(
                  ApplicantType.CITIZEN,
                  request.applicant().idNumber(),
                  "Trần Thị Hộp Thư",
                  LocalDate.of(1990, 1, 15),
                  Gender.MALE,
                  null,
                  "00502",
                  null,
                  null),
              null);
      Receipt r = reception.receive(clerk(HA_LONG_CENTER), request);
      r = processing.forward(clerk(HA_LONG_CENTER), r.code(), r.version(), null, null);
      codes.add(r.code());
    }

    InboxPage inbox = dossiers.inbox(specialist, Role.SPECIALIST, 0, 50);
    assertThat(inbox.total()).isEqualTo(before + 2);
    assertThat(inbox.rows())
        .extracting(InboxRow::code)
        .as("received in March, they are due before anything the demo left")
        .startsWith(codes.get(1), codes.get(0));
    assertThat(inbox.rows().get(0).stepName()).isNotBlank();
    assertThat(inbox.rows().get(0).procedureName()).contains("nhận cha, mẹ, con");
    assertThat(dossiers.inbox(head, Role.HEAD, 0, 50).total())
        .as("a specialist's step is not in the heads' own inbox")
        .isEqualTo(headsBefore);
    assertThatThrownBy(() -> dossiers.inbox(specialist, Role.HEAD, 0, 50))
        .isInstanceOf(DossierRefusal.class);
  }

  @Test
  void anApplicantIsFoundAgainByIdNumberEvenWithThePopulationDatabaseDown() {
    String id = citizenId(30);
    ApplicantLookup first = applicants.lookUp(clerk(HONG_GAI_CENTER), ApplicantType.CITIZEN, id);
    assertThat(first.source()).isEqualTo(ApplicantLookup.Source.POPULATION_DATABASE);
    assertThat(first.details().isIdNumberValid()).as("consistent with the number").isTrue();

    at("2026-03-02T08:00");
    reception.receive(clerk(HONG_GAI_CENTER), counter(BIRTH, HONG_GAI_CENTER, id));
    PopulationSimulator simulator = CDI.current().select(PopulationSimulator.class).get();
    simulator.behave(PopulationSimulator.Mode.DOWN, null);
    try {
      ApplicantLookup again = applicants.lookUp(clerk(BAI_CHAY_CENTER), ApplicantType.CITIZEN, id);
      assertThat(again.registry()).isEqualTo(PopulationLookup.Outcome.UNAVAILABLE);
      assertThat(again.source()).isEqualTo(ApplicantLookup.Source.EARLIER_DOSSIER);
      assertThat(again.details().fullName()).isEqualTo("Nguyễn Văn Thử");
    } finally {
      simulator.behave(PopulationSimulator.Mode.UP, null);
    }
  }

  @Test
  void digitisedDocumentsPointAtStoredFilesWithinTheLimitPerDossier() throws Exception {
    String id = citizenId(40);
    at("2026-03-02T08:00");
    long declaration = storeFile("to-khai.pdf", 900_000);
    NewDossier request = counter(BIRTH, HONG_GAI_CENTER, id);
    List<ProvidedDocument> digitised = new ArrayList<>(request.documents());
    digitised.set(0, new ProvidedDocument(1, Provision.DIGITISED, declaration, null));

    List<ProvidedDocument> dangling = new ArrayList<>(digitised);
    dangling.set(0, new ProvidedDocument(1, Provision.DIGITISED, 999_999_999L, null));
    NewDossier unknownFile = variant(request, null, null, dangling);
    assertThat(refusal(() -> reception.receive(clerk(HONG_GAI_CENTER), unknownFile)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).code())
        .isEqualTo("file-not-found");
    assertThat(dossiersOf(id)).isZero();

    Receipt r = reception.receive(clerk(HONG_GAI_CENTER), variant(request, null, null, digitised));
    DossierView view = dossiers.dossier(clerk(HONG_GAI_CENTER), r.code());
    assertThat(view.documents()).extracting(DossierView.Document::fileId).contains(declaration);
    assertThat(applicants.lookUp(clerk(BAI_CHAY_CENTER), ApplicantType.CITIZEN, id).reusable())
        .as("found again at another center, to reuse")
        .singleElement()
        .satisfies(d -> assertThat(d.fileId()).isEqualTo(declaration))
        .satisfies(d -> assertThat(d.dossierCode()).isEqualTo(view.code()));

    // The test profile allows 2 MB per dossier: 0.9 MB + 0.9 MB fits, a third file does not.
    at("2026-03-02T09:00");
    r = processing.forward(clerk(HONG_GAI_CENTER), r.code(), r.version(), null, null);
    r = processing.requestSupplement(specialist(), r.code(), r.version(), "Bản chụp rõ hơn");
    long second = storeFile("ban-chup.pdf", 900_000);
    long third = storeFile("ban-chup-2.pdf", 900_000);
    Receipt paused = r;
    assertThat(
            refusal(
                () ->
                    processing.receiveSupplement(
                        clerk(HONG_GAI_CENTER),
                        paused.code(),
                        paused.version(),
                        List.of(
                            new ProvidedDocument(1, Provision.DIGITISED, second, null),
                            new ProvidedDocument(2, Provision.DIGITISED, third, null)))))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).kind())
        .isEqualTo(BusinessException.Kind.TOO_LARGE);
    r =
        processing.receiveSupplement(
            clerk(HONG_GAI_CENTER),
            r.code(),
            r.version(),
            List.of(new ProvidedDocument(1, Provision.DIGITISED, second, null)));
    assertThat(r.status()).isEqualTo(DossierStatus.PROCESSING);
  }

  // --- helpers ---

  /** Stores a PDF of about this size in its own transaction, as an upload would. */
  private long storeFile(String name, int size) throws Exception {
    byte[] content = new byte[size];
    Arrays.fill(content, (byte) ' ');
    byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, content, 0, head.length);
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    tx.begin();
    try {
      long fileId =
          CDI.current()
              .select(FileStore.class)
              .get()
              .store(new ByteArrayInputStream(content), name, "clerk10")
              .id();
      tx.commit();
      return fileId;
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
  }

  /** Steps 2-4 at the committee, from the step the dossier is at, finishing at {@code when}. */
  private Receipt walkToTheReturn(String code, Receipt r, String when) {
    Instant finish = instant(when);
    TestClock.set(finish.minusSeconds(7200));
    r = processing.forward(specialist(), code, r.version(), null, null);
    TestClock.set(finish.minusSeconds(3600));
    r =
        processing.forward(
            person("head", HONG_GAI_COMMITTEE, Role.HEAD), code, r.version(), null, null);
    TestClock.set(finish);
    return processing.finish(
        person("leader", HONG_GAI_COMMITTEE, Role.SIGNING_LEADER),
        code,
        r.version(),
        List.of(new ResultDetails("Trích lục đăng ký nhận cha, mẹ, con", "01/2026", null)));
  }

  private NewDossier counter(String procedure, long center, String id) {
    return new NewDossier(
        procedure,
        Channel.COUNTER,
        center,
        null,
        ReturnMethod.AT_CENTER,
        applicant(id, LocalDate.of(1990, 1, 15)),
        null,
        null,
        1,
        1,
        allDocuments(procedure));
  }

  private NewDossier online(String procedure, long center, String id) {
    NewDossier paper = counter(procedure, center, id);
    return new NewDossier(
        procedure,
        Channel.ONLINE,
        center,
        null,
        ReturnMethod.ONLINE,
        paper.applicant(),
        null,
        null,
        1,
        1,
        paper.documents().stream()
            .map(d -> new ProvidedDocument(d.requirement(), Provision.COPY, null, null))
            .toList());
  }

  private List<ProvidedDocument> allDocuments(String procedure) {
    ProcedureDetail detail = catalog.procedure(procedure);
    List<ProvidedDocument> documents = new ArrayList<>();
    for (int i = 0; i < detail.documents().size(); i++) {
      if (detail.documents().get(i).nationalDatabase() == null) {
        documents.add(ProvidedDocument.paper(i + 1, Provision.ORIGINAL));
      }
    }
    return documents;
  }

  /** The request with another procedure, applicant or documents (null: keep the request's). */
  private static NewDossier variant(
      NewDossier d,
      String procedure,
      ApplicantDetails applicant,
      List<ProvidedDocument> documents) {
    return new NewDossier(
        procedure == null ? d.procedureCode() : procedure,
        d.channel(),
        d.receivingUnitId(),
        d.returnUnitId(),
        d.returnMethod(),
        applicant == null ? d.applicant() : applicant,
        d.proxy(),
        d.subjectAddressUnitCode(),
        d.sets(),
        d.copies(),
        documents == null ? d.documents() : documents);
  }

  /** A citizen born in 1990, living in Hồng Gai; distinct per test so counts are the test's own. */
  private static String citizenId(int n) {
    return String.format("022090%06d", n);
  }

  private static ApplicantDetails applicant(String id, LocalDate birthDate) {
    return new ApplicantDetails(
        ApplicantType.CITIZEN,
        id,
        "Nguyễn Văn Thử",
        birthDate,
        Gender.MALE,
        "Tổ 3, khu 5, phường Hồng Gai",
        HONG_GAI,
        "0912345678",
        null);
  }

  private static Actor clerk(long center) {
    return person("clerk" + center, center, Role.RECEIVING_CLERK);
  }

  private static Actor specialist() {
    return person("specialist", HONG_GAI_COMMITTEE, Role.SPECIALIST);
  }

  private static Actor person(String name, Long unit, Role role) {
    return Actor.person(name, unit, Set.of(role));
  }

  private static void at(String localDateTime) {
    TestClock.set(instant(localDateTime));
  }

  private static Instant instant(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  private long dossiersOf(String id) {
    return ((Number) stored("SELECT count(*) FROM dossier WHERE applicant_id_number = ?", id))
        .longValue();
  }

  private Object stored(String sql, String parameter) {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getObject(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a refused call threw, unwrapped from the container's EJBException if it wrapped it. */
  private static Throwable refusal(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).as("refused").isNotNull();
    while (thrown instanceof jakarta.ejb.EJBException && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    return thrown;
  }
}
