package vn.motcua.shared.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.shared.config.BuildInfo;

/** Public facts about the installation, for integrators checking what they talk to. */
@Path("/v1/system")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "system")
public class SystemResource {

  /** What this installation is. */
  @Schema(description = "What this installation is")
  public record SystemInfo(
      @Schema(description = "Always MotCua", example = "MotCua") String name,
      @Schema(description = "Version of the running build", example = "0.1.0") String version,
      @Schema(description = "True in demo mode: demo data loaded into an empty database")
          boolean demo,
      @Schema(
              description =
                  "True when simulators answer for the external systems (population database,"
                      + " ...): their data is made up")
          boolean simulators) {}

  @Inject
  @ConfigProperty(name = "motcua.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "motcua.simulators.enabled", defaultValue = "false")
  boolean simulators;

  @GET
  @Operation(
      summary = "Name and version of this installation",
      description =
          "Public. `demo` is true in demo mode; `simulators` is true when simulated external"
              + " systems answer instead of the real ones.")
  public SystemInfo get() {
    return new SystemInfo("MotCua", BuildInfo.version(), demo, simulators);
  }
}
