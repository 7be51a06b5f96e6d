package vn.motcua.portal.sync;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.CatalogService;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ProcessingService;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;
import vn.motcua.dossier.Receipt;
import vn.motcua.dossier.ReceptionService;
import vn.motcua.dossier.ResultDetails;
import vn.motcua.dossier.StepState;
import vn.motcua.organization.AdministrativeUnit;
import vn.motcua.organization.OrgUnit;
import vn.motcua.portal.sync.internal.OutboxRelay;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * Test-only resource in the outbox tests' deployments: runs the relay's rounds against a receiver
 * the test names, takes a dossier's current step inside a transaction that it then rolls back
 * (answering how many outbox messages the dossier had inside that transaction), and takes a dossier
 * one action further, each action a transaction of its own (PortalSyncFaultIT), and plays a round
 * that outlives its lease.
 */
@Path("/v1/test-portal-sync")
@Produces(MediaType.TEXT_PLAIN)
@RequestScoped
public class PortalSyncProbe {

  /** The actions {@link #act} takes, each by someone whose work it is. */
  public enum Act {
    /** The receiving center accepts an online dossier. */
    ACCEPT,
    /** The current step's performer starts it. */
    START,
    /** The current step's performer forwards it to the next step. */
    FORWARD,
    /** The current step's performer asks the applicant for a supplement. */
    SUPPLEMENT,
    /** The receiving center receives the supplement (a paper copy of a document). */
    SUPPLEMENTED,
    /** The current step's performer finishes the dossier with a result. */
    FINISH,
    /** The return center hands the result over. */
    RETURN
  }

  @Inject private OutboxRelay relay;
  @Inject private ProcessingService processing;
  @Inject private ReceptionService reception;
  @Inject private CatalogService catalog;
  @Inject private DossierService dossiers;
  @Inject private UserTransaction transaction;
  @Inject private PortalExchanges exchanges;
  @Inject private PortalOutbox outbox;

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  /**
   * Reads the unit with this code in a transaction, then says whether its commune-level unit is in
   * the shared cache: {@code "cached"} or {@code "not cached"}.
   */
  @POST
  @Path("commune-of/{unit}")
  public String communeCached(@PathParam("unit") String unit) throws Exception {
    transaction.begin();
    String commune;
    try {
      commune =
          em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
              .setParameter("code", unit)
              .getSingleResult()
              .administrativeUnit()
              .code();
    } finally {
      transaction.commit();
    }
    return em.getEntityManagerFactory().getCache().contains(AdministrativeUnit.class, commune)
        ? "cached"
        : "not cached";
  }

  /** Delivery rounds to {@code to} while there is work; how many attempts were made. */
  @POST
  @Path("deliver")
  public String deliver(@QueryParam("to") String to) {
    return Integer.toString(relay.deliver(URI.create(to)));
  }

  /**
   * A relay round's claim under {@code holder} with a lease of one millisecond, over at once: the
   * id of the message it took of dossier {@code code}, or "none". Other dossiers' messages it took
   * are free again as soon as this answers.
   */
  @POST
  @Path("claim")
  public String claim(@QueryParam("holder") String holder, @QueryParam("code") String code) {
    return outbox.claim(holder, 1_000, Duration.ofMillis(1)).stream()
        .filter(message -> message.dossierCode().equals(code))
        .map(message -> Long.toString(message.id()))
        .findFirst()
        .orElse("none");
  }

  /** Records, as round {@code holder} does, that the portal took message {@code id}. */
  @POST
  @Path("sent/{id}")
  public String sent(@PathParam("id") long id, @QueryParam("holder") String holder) {
    Claimed message = new Claimed(id, "", PortalSyncContract.SYNC, "", 0);
    Exchange exchange =
        new Exchange(
            Exchange.Direction.OUT,
            Long.toString(id),
            PortalSyncContract.SYNC,
            PortalSyncContract.sha256(""),
            200,
            PortalSyncContract.SUCCESS,
            "OK",
            1,
            null);
    outbox.record(List.of(new PortalOutbox.Ending(message, exchange, null, false, null)), holder);
    return "recorded";
  }

  /** Logs a call of the inbound API as the lead's resource will, with a body of the test's. */
  @POST
  @Path("inbound/{id}")
  public String inbound(@PathParam("id") String id, String body) {
    exchanges.inbound(
        id,
        "/api/v1/portal/dossiers",
        body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        201,
        null,
        "ACCEPTED");
    return "logged";
  }

  /** Takes the dossier one action further, in a transaction of its own; answers its status. */
  @POST
  @Path("act/{code}/{act}")
  public String act(@PathParam("code") String code, @PathParam("act") Act act) {
    DossierView dossier = dossiers.dossier(Actor.system("probe"), code);
    long version = dossier.version();
    Actor clerk =
        Actor.person("probe.clerk", dossier.receivingUnitId(), Set.of(Role.RECEIVING_CLERK));
    Receipt receipt =
        switch (act) {
          case ACCEPT -> reception.accept(clerk, code, version);
          case START -> processing.startStep(performer(dossier), code, version);
          case FORWARD -> processing.forward(performer(dossier), code, version, null, null);
          case SUPPLEMENT ->
              processing.requestSupplement(
                  performer(dossier), code, version, "Bản sao giấy tờ rõ hơn");
          case SUPPLEMENTED ->
              processing.receiveSupplement(
                  clerk,
                  code,
                  version,
                  List.of(ProvidedDocument.paper(paperPosition(dossier), Provision.COPY)));
          case FINISH ->
              processing.finish(
                  performer(dossier),
                  code,
                  version,
                  List.of(new ResultDetails("Trích lục", "1/2026", null)));
          case RETURN ->
              processing.returnResult(
                  Actor.person("probe.clerk", dossier.returnUnitId(), Set.of(Role.RECEIVING_CLERK)),
                  code,
                  version,
                  null);
        };
    return receipt.status().name();
  }

  /** Whoever holds the current step, or someone of its unit and role if nobody does yet. */
  private static Actor performer(DossierView dossier) {
    DossierView.Step step =
        dossier.steps().stream()
            .filter(s -> s.state() == StepState.WAITING || s.state() == StepState.IN_PROGRESS)
            .findFirst()
            .orElseThrow();
    Role role = Role.valueOf(step.performerRole());
    String login = step.assignee() != null ? step.assignee() : "probe." + role.name().toLowerCase();
    return Actor.person(login, step.unitId(), Set.of(role));
  }

  /** The first document of the procedure the applicant brings (not read from a database). */
  private int paperPosition(DossierView dossier) {
    var documents = catalog.procedure(dossier.procedureCode()).documents();
    for (int i = 0; i < documents.size(); i++) {
      if (documents.get(i).nationalDatabase() == null) {
        return i + 1;
      }
    }
    throw new IllegalStateException("No document of the procedure is brought by the applicant");
  }

  /**
   * The current step of the dossier taken up by a person of its unit and role, in a transaction
   * rolled back at the end; answers the dossier's outbox messages seen inside it.
   */
  @POST
  @Path("rolled-back/{code}")
  public String startStepAndRollBack(@PathParam("code") String code) throws Exception {
    DossierView dossier = dossiers.dossier(Actor.system("probe"), code);
    transaction.begin();
    try {
      processing.startStep(performer(dossier), code, dossier.version());
      return ((Number)
              em.createNativeQuery("SELECT count(*) FROM portal_outbox WHERE dossier_code = ?1")
                  .setParameter(1, code)
                  .getSingleResult())
          .toString();
    } finally {
      transaction.rollback();
    }
  }
}
