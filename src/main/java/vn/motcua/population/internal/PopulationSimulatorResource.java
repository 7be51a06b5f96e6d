package vn.motcua.population.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.population.CitizenId;
import vn.motcua.population.Resident;
import vn.motcua.shared.api.Simulator;

/**
 * The simulator of the national population database, for demo and tests: it speaks MotCua's pinned
 * model of the real contract ({@link PopulationContract}) with made-up people, and an operator can
 * make it slow or down to show reception without it. It exists only with {@code
 * motcua.simulators.enabled=true} (which needs demo mode); otherwise every path here is 404 ({@link
 * Simulator}).
 *
 * <p>The mode can be changed by anyone who reaches the server, as the whole simulator: it only ever
 * runs in demo and tests, where nothing real depends on it.
 */
@Path("/simulator/population")
@Simulator
@RequestScoped
@Tag(
    name = "simulator",
    description =
        "Simulated external systems, for demo and tests only: present only when"
            + " motcua.simulators.enabled=true (never in production), 404 otherwise")
public class PopulationSimulatorResource {

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  /** A requested change of the simulator's behaviour. */
  @Schema(description = "How the simulated population database behaves from the next look-up on")
  public record ModeChange(
      @NotNull
          @Schema(
              description =
                  "UP answers at once, SLOW answers after delayMillis, DOWN answers 503 at once",
              required = true)
          PopulationSimulator.Mode mode,
      @Min(0)
          @Max(60_000)
          @Schema(
              description =
                  "For SLOW: the delay before each answer; by default 3 s longer than the"
                      + " adapter's timeout (motcua.population.timeout-millis)")
          Integer delayMillis) {}

  @Inject private PopulationSimulator simulator;

  @Resource private ManagedScheduledExecutorService scheduler;

  @Context private HttpHeaders headers;

  @POST
  @Path(PopulationContract.LOOKUP_PATH)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Look up a citizen (the simulated population database's contract)",
      description =
          "Body {\"soDinhDanh\": \"12 digits\"}. 200 with soDinhDanh, hoVaTen, ngaySinh (yyyyMMdd),"
              + " gioiTinh (1 male, 2 female), noiThuongTru {diaChiChiTiet, maDonViHanhChinh};"
              + " 404 maLoi KHONG_TIM_THAY when nobody holds the number (sequence ending 0000, an"
              + " unknown birth-province code, a birth in the future); 400, 401, 503 with maLoi"
              + " and moTa. See docs/population-registry.md.")
  @RequestBody(
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(responseCode = "200", description = "The person")
  @APIResponse(responseCode = "404", description = "Nobody holds this number, or no simulator")
  @APIResponse(responseCode = "503", description = "The simulator is DOWN")
  public void lookUp(String body, @Suspended AsyncResponse async) {
    PopulationSimulator.Behaviour behaviour = simulator.behaviour();
    if (behaviour.mode() == PopulationSimulator.Mode.DOWN) {
      async.resume(
          Response.status(Response.Status.SERVICE_UNAVAILABLE)
              .header("Retry-After", "30")
              .entity(
                  PopulationContract.error(
                      PopulationContract.OUT_OF_SERVICE, "Hệ thống tạm ngừng phục vụ"))
              .type(JSON)
              .build());
      return;
    }
    Response answer = answer(body);
    if (behaviour.mode() == PopulationSimulator.Mode.SLOW) {
      scheduler.schedule(
          () -> async.resume(answer), behaviour.delayMillis(), TimeUnit.MILLISECONDS);
    } else {
      async.resume(answer);
    }
  }

  private Response answer(String body) {
    if (!simulator.apiKey().isEmpty()
        && !simulator.apiKey().equals(headers.getHeaderString(simulator.apiKeyHeader()))) {
      return error(
          Response.Status.UNAUTHORIZED,
          PopulationContract.UNAUTHORIZED,
          "Thiếu hoặc sai khóa truy cập");
    }
    Optional<CitizenId> id = idNumber(body);
    if (id.isEmpty()) {
      return error(
          Response.Status.BAD_REQUEST,
          PopulationContract.INVALID_ID,
          "Số định danh cá nhân phải gồm 12 chữ số");
    }
    Optional<Resident> holder = simulator.holder(id.get());
    if (holder.isEmpty()) {
      return error(
          Response.Status.NOT_FOUND,
          PopulationContract.NOT_FOUND,
          "Không tìm thấy công dân có số định danh này");
    }
    return Response.ok(PopulationContract.answer(holder.get()), JSON).build();
  }

  private static Optional<CitizenId> idNumber(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonObject request = reader.readObject();
      String number = request.getString(PopulationContract.ID_NUMBER, null);
      return CitizenId.isWellFormed(number) ? Optional.of(new CitizenId(number)) : Optional.empty();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static Response error(Response.Status status, String code, String text) {
    return Response.status(status).entity(PopulationContract.error(code, text)).type(JSON).build();
  }

  @GET
  @Path("mode")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "How the simulated population database behaves now (on this instance)")
  public PopulationSimulator.Behaviour mode() {
    return simulator.behaviour();
  }

  @PUT
  @Path("mode")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make the simulated population database up, slow or down (on this instance)",
      description =
          "For demos of reception without the population database, and for tests. Open to any"
              + " caller: the simulator exists only in demo and tests.")
  @APIResponse(responseCode = "200", description = "The behaviour now in force")
  @APIResponse(responseCode = "400", description = "No mode, or a delay out of 0-60000")
  public PopulationSimulator.Behaviour changeMode(@NotNull @Valid ModeChange change) {
    return simulator.behave(change.mode(), change.delayMillis());
  }
}
