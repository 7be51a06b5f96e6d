package vn.motcua.population;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only resource, deployed by {@code PopulationRegistryIT}: calls the {@link
 * PopulationRegistry} inside the server, as reception will while serving a clerk's request, and
 * shows the test what it answered.
 */
@Path("/v1/test-population")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class PopulationProbeResource {

  /** The number to look up. */
  public record Asked(String idNumber) {}

  /** The look-up as the caller got it, and how long it took. */
  public record Answer(
      String outcome,
      String idNumber,
      String fullName,
      String birthDate,
      String gender,
      String permanentAddress,
      String addressUnitCode,
      String reason,
      long millis) {}

  @Inject private PopulationRegistry registry;

  @POST
  public Answer lookUp(Asked asked) {
    long start = System.nanoTime();
    PopulationLookup lookup = registry.lookUp(asked.idNumber());
    long millis = (System.nanoTime() - start) / 1_000_000;
    Resident r = lookup.resident();
    return r == null
        ? new Answer(
            lookup.outcome().name(), null, null, null, null, null, null, lookup.reason(), millis)
        : new Answer(
            lookup.outcome().name(),
            r.idNumber(),
            r.fullName(),
            r.birthDate().toString(),
            r.gender().name(),
            r.permanentAddress(),
            r.addressUnitCode(),
            null,
            millis);
  }
}
