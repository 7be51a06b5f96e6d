package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.document.FileInfo;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Checklist;
import vn.motcua.dossier.DossierRefusal;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.ProcessingService;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;
import vn.motcua.dossier.Receipt;
import vn.motcua.dossier.ReceptionService;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrganizationService;
import vn.motcua.portal.internal.PortalRequests;
import vn.motcua.portal.internal.PortalRequests.Operation;
import vn.motcua.security.Actor;
import vn.motcua.shared.problem.BusinessException;

/**
 * What the portal may do, each request one transaction: submit an online dossier, read one it
 * submitted, send a supplement, withdraw. A request is done once per idempotency key: the same
 * request again gets the reply the first got, and a refused request leaves nothing (no dossier, no
 * file, no key), so the portal may simply send it again once corrected. A CDI bean, not an EJB, as
 * every service an online submission calls often (docs/architecture.md).
 */
@ApplicationScoped
@Transactional
public class PortalService {

  /** The portal acts as a system of the province; dossiers and audit rows name it so. */
  public static final Actor PORTAL = Actor.system("portal");

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private PortalRequests requests;
  @Inject private ReceptionService reception;
  @Inject private ProcessingService processing;
  @Inject private DossierService dossiers;
  @Inject private CatalogService catalog;
  @Inject private OrganizationService organization;
  @Inject private FileStore files;

  /** Registers an online dossier for its center (status 1): 201 with the receipt. */
  public PortalReply submit(
      @NotNull @Valid IdempotentRequest request, @NotNull PortalSubmission submission) {
    return once(
        request,
        Operation.SUBMIT,
        null,
        () -> {
          OrgUnit center = center(submission.receivingCenterCode());
          Checklist checklist = checklist(submission.procedureCode());
          NewDossier dossier =
              new NewDossier(
                  submission.procedureCode(),
                  Channel.ONLINE,
                  center.id(),
                  null,
                  ReturnMethod.valueOf(submission.returnMethod()),
                  submission.applicant().details(),
                  null,
                  null,
                  1,
                  1,
                  stored(checklist, submission.documents()));
          Receipt receipt = reception.register(PORTAL, dossier);
          requests.submitted(receipt.code(), submission.portalReference(), receipt.registeredAt());
          PortalReceipt body =
              new PortalReceipt(
                  receipt.code(),
                  receipt.status().name(),
                  receipt.status().code(),
                  vietnam(receipt.registeredAt()));
          return new Done(
              receipt.code(),
              new PortalReply(201, "v1/portal/dossiers/" + receipt.code(), JSON.toJson(body)));
        });
  }

  /** A dossier the portal submitted; any other code does not exist for the portal. */
  public PortalDossier dossier(@NotBlank String code) {
    return view(portals(code));
  }

  /** The applicant's supplement, while the dossier waits for one (status 5): 200 with its state. */
  public PortalReply supplement(
      @NotNull @Valid IdempotentRequest request,
      @NotBlank String code,
      @NotNull PortalSupplement supplement) {
    return once(
        request,
        Operation.SUPPLEMENT,
        code,
        () -> {
          DossierView current = portals(code);
          if (current.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw new BusinessException(
                BusinessException.Kind.CONFLICT,
                "not-awaiting-supplement",
                "Dossier "
                    + code
                    + " is not waiting for a supplement: its status is "
                    + current.status().code()
                    + " ("
                    + current.status()
                    + ")");
          }
          Checklist checklist =
              Checklist.of(catalog.version(current.procedureVersionId()).detail());
          processing.receiveSupplement(
              PORTAL, code, current.version(), stored(checklist, supplement.documents()));
          return new Done(code, new PortalReply(200, null, state(code)));
        });
  }

  /** The applicant withdraws the dossier, while it is not finished: 200 with its state (7). */
  public PortalReply withdraw(
      @NotNull @Valid IdempotentRequest request,
      @NotBlank String code,
      @NotNull PortalWithdrawal withdrawal) {
    return once(
        request,
        Operation.WITHDRAW,
        code,
        () -> {
          DossierView current = portals(code);
          processing.withdraw(PORTAL, code, current.version(), withdrawal.reason());
          return new Done(code, new PortalReply(200, null, state(code)));
        });
  }

  /** The work of a request and the dossier it concerns. */
  private record Done(String dossierCode, PortalReply reply) {}

  private PortalReply once(
      IdempotentRequest request, Operation operation, String code, Supplier<Done> work) {
    return requests
        .claim(request, operation, code)
        .orElseGet(
            () -> {
              Done done = work.get();
              requests.complete(request, done.dossierCode(), done.reply());
              return done.reply();
            });
  }

  /**
   * The dossier as the portal sees it after its change, in JSON (already known as the portal's).
   */
  private String state(String code) {
    return JSON.toJson(view(dossiers.dossier(PORTAL, code)));
  }

  private DossierView portals(String code) {
    if (!requests.isPortals(code)) {
      throw DossierRefusal.notFound(code);
    }
    return dossiers.dossier(PORTAL, code);
  }

  private PortalDossier view(DossierView dossier) {
    Map<Long, String> units =
        organization.names(
            dossier.history().stream()
                .map(DossierView.Entry::unitId)
                .filter(Objects::nonNull)
                .toList());
    List<PortalDossier.Event> history =
        dossier.history().stream()
            .map(
                entry ->
                    new PortalDossier.Event(
                        vietnam(entry.at()),
                        entry.to().code(),
                        entry.unitId() == null ? null : units.get(entry.unitId()),
                        entry.note()))
            .toList();
    List<PortalDossier.Result> results =
        dossier.results().stream()
            .map(result -> new PortalDossier.Result(result.name(), result.number()))
            .toList();
    return new PortalDossier(
        dossier.code(),
        dossier.procedureCode(),
        dossier.status().name(),
        dossier.status().code(),
        vietnam(dossier.registeredAt()),
        vietnam(dossier.receivedAt()),
        vietnam(dossier.dueAt()),
        history,
        results);
  }

  private Checklist checklist(String procedureCode) {
    try {
      return Checklist.of(catalog.currentVersion(procedureCode).detail());
    } catch (BusinessException e) {
      throw DossierRefusal.invalid(
          "unknown-procedure", "No procedure with code " + procedureCode + " in the catalog");
    }
  }

  private OrgUnit center(String code) {
    return organization
        .unit(code)
        .filter(unit -> !unit.closed() && unit.kind().receives())
        .orElseThrow(
            () ->
                DossierRefusal.invalid(
                    "unknown-center", "No open service center with code " + code));
  }

  /**
   * Stores each document's file in this transaction (a refusal later rolls them back) and names its
   * checklist item; a declared content type must be the one found in the content.
   */
  private List<ProvidedDocument> stored(
      Checklist checklist, List<PortalSubmission.PortalDocument> documents) {
    List<ProvidedDocument> provided = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      PortalSubmission.PortalDocument document = documents.get(i);
      Checklist.Item item = item(checklist, document.requirementCode(), i);
      FileInfo file =
          files.store(
              new ByteArrayInputStream(document.content()), document.fileName(), PORTAL.username());
      if (!file.contentType().equals(document.contentType())) {
        throw DossierRefusal.invalid(
            "content-type-mismatch",
            "documents["
                + i
                + "]: contentType says "
                + document.contentType()
                + " but the content is "
                + file.contentType());
      }
      provided.add(new ProvidedDocument(item.position(), Provision.DIGITISED, file.id(), null));
    }
    return provided;
  }

  private static Checklist.Item item(Checklist checklist, String requirementCode, int index) {
    return checklist.items().stream()
        .filter(
            item ->
                requirementCode.equals(item.code())
                    || (item.code() == null
                        && requirementCode.equals(String.valueOf(item.position()))))
        .findFirst()
        .orElseThrow(
            () ->
                DossierRefusal.invalid(
                    "unknown-requirement",
                    "documents["
                        + index
                        + "]: the procedure's checklist has no document "
                        + requirementCode));
  }

  /**
   * In Vietnam time, to the second: the receipt's instant comes from memory in nanoseconds, a later
   * read from PostgreSQL in microseconds (rounded), and the portal must see one value.
   */
  private static OffsetDateTime vietnam(Instant instant) {
    return instant == null
        ? null
        : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), WorkingCalendar.ZONE);
  }
}
