package vn.motcua.bench.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Map;

/**
 * The benchmark's baseline: the least a JAX-RS + JPA service can do per request, one small JSON
 * body bound to a record and one row inserted in one JTA transaction, answered 201 with a tiny
 * JSON. Deployed only in the benchmark's WAR ({@code target/motcua-bench.war}), never in MotCua's.
 *
 * <p>It lives under the portal API's path, so the portal's bearer authentication guards it exactly
 * as it guards {@code POST /api/v1/portal/dossiers}: the ratio between the two compares the work of
 * a submission, not authentication. It talks to the {@code EntityManager} itself, which MotCua's
 * resources never do: being trivial is its purpose.
 */
@Path("/v1/portal/bench-baseline")
@RequestScoped
@RolesAllowed("portal")
public class BaselineResource {

  /** What the benchmark sends. */
  public record Request(String reference) {}

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Context private SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Transactional
  public Response insert(Request request) {
    if (request == null || request.reference() == null || request.reference().length() > 100) {
      return Response.status(400).build();
    }
    BaselineRow row =
        new BaselineRow(request.reference(), security.getUserPrincipal().getName(), Instant.now());
    em.persist(row);
    return Response.status(201).entity(Map.of("id", row.id())).build();
  }
}
