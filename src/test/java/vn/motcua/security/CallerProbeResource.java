package vn.motcua.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Test-only resource outside the portal's API, deployed by {@code PortalTokenIT}: who the caller is
 * there (nobody, whatever bearer token is sent; a member of staff with their session).
 */
@Path("/v1/test-caller")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CallerProbeResource {

  /** The caller's name ({@code null}: nobody) and whether they are in the portal's role. */
  public record Caller(String name, boolean portal) {}

  @Context private SecurityContext security;

  @GET
  public Caller caller() {
    return new Caller(
        security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName(),
        security.isUserInRole(PortalCaller.ROLE));
  }
}
