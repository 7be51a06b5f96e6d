package vn.motcua.dossier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.catalog.CalendarService;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.document.FileStore;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrganizationService;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * Reception: a dossier received at a counter or by post, registered online and then accepted or
 * refused by its center. Each use case is one transaction: the code, the dossier, its plan and its
 * audit row commit together or not at all.
 */
@Stateless
public class ReceptionService {

  @Inject private DossierRepository dossiers;
  @Inject private CatalogService catalog;
  @Inject private CalendarService calendar;
  @Inject private OrganizationService organization;
  @Inject private DossierChanges changes;
  @Inject private DossierClock clock;
  @Inject private FileStore files;

  /** Received at a counter (or by post) by a clerk of the receiving unit: status 2. */
  public Receipt receive(@NotNull Actor actor, @NotNull @Valid NewDossier request) {
    if (request.channel() == Channel.ONLINE) {
      throw DossierRefusal.invalid(
          "wrong-channel", "Online dossiers are registered by the portal, not received here");
    }
    Instant now = clock.now();
    OrgUnit receiving = openUnit(request.receivingUnitId());
    if (!actor.system() && !actor.worksIn(receiving.id(), Role.RECEIVING_CLERK)) {
      throw DossierRefusal.forbidden("Only a receiving clerk of the unit receives there");
    }
    Intake intake = intake(request, receiving, true);
    Dossier dossier =
        Dossier.receive(code(receiving, now), intake, now, calendar.calendar(), actor);
    return changes.added(dossier, actor);
  }

  /** Registered online through the portal for a center: status 1. */
  public Receipt register(@NotNull Actor actor, @NotNull @Valid NewDossier request) {
    if (request.channel() != Channel.ONLINE) {
      throw DossierRefusal.invalid("wrong-channel", "Only online dossiers are registered");
    }
    Instant now = clock.now();
    OrgUnit receiving = openUnit(request.receivingUnitId());
    Intake intake = intake(request, receiving, false);
    return changes.added(Dossier.register(code(receiving, now), intake, now, actor), actor);
  }

  /**
   * The center accepts an online dossier whose documents answer the checklist: 1 -> 2, due by the
   * procedure version it was registered under.
   */
  public Receipt accept(@NotNull Actor actor, @NotBlank String code, long version) {
    return changes.change(
        actor,
        code,
        version,
        dossier -> {
          ProcedureDetail procedure = catalog.version(dossier.procedureVersionId()).detail();
          dossier.accept(
              time(procedure), Checklist.of(procedure), clock.now(), calendar.calendar(), actor);
        });
  }

  /** The center refuses an online dossier at intake: 1 -> 3 (refusal slip). */
  public Receipt refuseIntake(
      @NotNull Actor actor, @NotBlank String code, long version, @NotBlank String reasons) {
    return changes.change(
        actor, code, version, dossier -> dossier.refuseIntake(reasons, clock.now(), actor));
  }

  private Intake intake(NewDossier request, OrgUnit receiving, boolean complete) {
    ProcedureVersion version = catalog.currentVersion(request.procedureCode());
    ProcedureDetail procedure = version.detail();
    OrgUnit returning = request.returnUnitId() == null ? null : openUnit(request.returnUnitId());
    Routing.Route route =
        Routing.route(
            request.procedureCode(),
            procedure,
            routed(receiving),
            returning == null ? null : routed(returning),
            request.applicant().addressUnitCode(),
            request.subjectAddressUnitCode(),
            directory());
    Checklist checklist = Checklist.of(procedure);
    List<Checklist.Provided> documents =
        complete ? checklist.complete(request.documents()) : checklist.partial(request.documents());
    List<Long> fileIds =
        documents.stream().map(d -> d.document().fileId()).filter(Objects::nonNull).toList();
    if (!fileIds.isEmpty()) {
      files.checkDossierTotal(fileIds);
    }
    for (Checklist.Provided provided : documents) {
      Long from = provided.document().reusedFromId();
      if (from != null && !dossiers.documentOfApplicant(from, request.applicant().idNumber())) {
        throw DossierRefusal.invalid(
            "foreign-document",
            "Document "
                + provided.item().position()
                + " can only be reused from the same applicant's earlier dossier");
      }
    }
    return new Intake(
        version.id(),
        request.procedureCode(),
        procedure.summary().fieldCode(),
        time(procedure),
        request.channel(),
        request.applicant(),
        request.proxy(),
        request.subjectAddressUnitCode(),
        receiving.id(),
        route.returning().id(),
        request.returnMethod(),
        route.competent().id(),
        request.sets(),
        route.plan(),
        documents,
        FeeDue.of(procedure, request.copies()));
  }

  private String code(OrgUnit receiving, Instant now) {
    return dossiers.nextCode(receiving.id(), receiving.electronicId(), now);
  }

  private OrgUnit openUnit(long id) {
    Optional<OrgUnit> unit = organization.unit(id).filter(u -> !u.closed());
    return unit.orElseThrow(
        () -> DossierRefusal.invalid("unknown-unit", "No open unit with id " + id));
  }

  private Routing.Directory directory() {
    return new Routing.Directory() {
      @Override
      public Optional<Routing.Unit> communeCommittee(String communeCode) {
        return organization.communeCommittee(communeCode).map(ReceptionService::routed);
      }

      @Override
      public Optional<Routing.Unit> agency(String code) {
        return organization.unit(code).filter(u -> !u.closed()).map(ReceptionService::routed);
      }
    };
  }

  private static Routing.Unit routed(OrgUnit unit) {
    OrgUnit served = unit.kind() == OrgUnit.Kind.RECEPTION_POINT ? unit.parent() : unit;
    return new Routing.Unit(unit.id(), unit.kind(), unit.name(), served.administrativeUnitCode());
  }

  private static ProcessingTime time(ProcedureDetail procedure) {
    return new ProcessingTime(
        procedure.summary().processingDays(),
        procedure.summary().processingHours(),
        procedure.summary().sameDayCutOff());
  }
}
