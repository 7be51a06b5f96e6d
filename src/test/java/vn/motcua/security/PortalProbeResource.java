package vn.motcua.security;

import com.nimbusds.jose.JWSObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Test-only resource of the portal's API, deployed by {@code PortalTokenIT}: who the caller is, as
 * a resource of that API sees it, and which nimbus-jose-jwt answers inside Payara (Payara bundles
 * one).
 */
@Path("/v1/portal/probe")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PortalCaller.ROLE)
@RequestScoped
public class PortalProbeResource {

  /**
   * The caller and the JOSE library.
   *
   * @param nimbusVersion the version in the manifest of the jar {@code com.nimbusds.jose} came from
   * @param nimbusFromWar whether the application's class loader loaded it, not one of Payara's
   * @param nimbusSource where its classes were read from
   */
  public record Caller(
      String name,
      boolean portal,
      String nimbusVersion,
      boolean nimbusFromWar,
      String nimbusSource) {}

  @Context private SecurityContext security;

  @GET
  public Caller caller() {
    return new Caller(
        security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName(),
        security.isUserInRole(PortalCaller.ROLE),
        JWSObject.class.getPackage().getImplementationVersion(),
        JWSObject.class.getClassLoader() == PortalProbeResource.class.getClassLoader(),
        String.valueOf(JWSObject.class.getProtectionDomain().getCodeSource().getLocation()));
  }
}
