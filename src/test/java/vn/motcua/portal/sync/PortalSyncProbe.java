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
import java.util.Set;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ProcessingService;
import vn.motcua.dossier.StepState;
import vn.motcua.portal.sync.internal.OutboxRelay;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * Test-only resource in PortalSyncIT's deployment: runs the relay's rounds against the test's own
 * receiver, and takes a dossier's current step inside a transaction that it then rolls back,
 * answering how many outbox messages the dossier had inside that transaction.
 */
@Path("/v1/test-portal-sync")
@Produces(MediaType.TEXT_PLAIN)
@RequestScoped
public class PortalSyncProbe {

  @Inject private OutboxRelay relay;
  @Inject private ProcessingService processing;
  @Inject private DossierService dossiers;
  @Inject private UserTransaction transaction;
  @Inject private PortalExchanges exchanges;

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  /** Delivery rounds to {@code to} while there is work; how many attempts were made. */
  @POST
  @Path("deliver")
  public String deliver(@QueryParam("to") String to) {
    return Integer.toString(relay.deliver(URI.create(to)));
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

  /**
   * The current step of the dossier taken up by a person of its unit and role, in a transaction
   * rolled back at the end; answers the dossier's outbox messages seen inside it.
   */
  @POST
  @Path("rolled-back/{code}")
  public String startStepAndRollBack(@PathParam("code") String code) throws Exception {
    DossierView dossier = dossiers.dossier(Actor.system("probe"), code);
    DossierView.Step step =
        dossier.steps().stream()
            .filter(s -> s.state() == StepState.WAITING)
            .findFirst()
            .orElseThrow();
    Role role = Role.valueOf(step.performerRole());
    Actor performer =
        Actor.person("probe." + role.name().toLowerCase(), step.unitId(), Set.of(role));
    transaction.begin();
    try {
      processing.startStep(performer, code, dossier.version());
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
