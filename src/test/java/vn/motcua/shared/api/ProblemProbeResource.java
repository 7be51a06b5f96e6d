package vn.motcua.shared.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.motcua.shared.problem.BusinessException;

/**
 * Test-only resource, deployed by {@code PlatformIT}: raises each kind of failure so the test sees
 * what a client gets through the real container.
 */
@Path("/v1/test-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProblemProbeResource {

  /** A body with validated fields, like the portal's requests. */
  public record Applicant(
      @NotBlank String fullName, @Pattern(regexp = "\\d{12}") String idNumber) {}

  /** An answer JSON-B cannot write: a server fault, not a malformed request. */
  public static class Unwritable {
    public String getValue() {
      throw new IllegalStateException("cannot be written");
    }
  }

  @POST
  public Applicant echo(@Valid Applicant applicant) {
    return applicant;
  }

  @GET
  @Path("/business")
  public String business() {
    throw new BusinessException(
        BusinessException.Kind.CONFLICT,
        "illegal-transition",
        "A dossier in status 9 cannot be forwarded");
  }

  @GET
  @Path("/unwritable")
  public Unwritable unwritable() {
    return new Unwritable();
  }

  @GET
  @Path("/unexpected")
  public String unexpected() {
    throw new IllegalStateException("secret internal detail at org.example.Secret");
  }
}
