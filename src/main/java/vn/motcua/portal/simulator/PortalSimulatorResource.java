package vn.motcua.portal.simulator;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.shared.api.Simulator;
import vn.motcua.shared.problem.InvalidRequestException;
import vn.motcua.shared.problem.Problem;

/**
 * The simulator of the National Public Service Portal's sync endpoint, for demo and tests: it
 * accepts the dossier syncs and progress updates of {@link SyncContract}, records them once per
 * idempotency key, and can be told to fail for a while ({@link FaultMode}). It exists only with
 * {@code motcua.simulators.enabled=true} (which needs demo mode); otherwise every path here is 404
 * ({@link Simulator}). Like the whole simulator, the controls are open to any caller: it only ever
 * runs in demo and tests, where nothing real depends on it.
 */
@Path("/simulator/portal")
@Simulator
@RequestScoped
@Tag(name = "simulator")
public class PortalSimulatorResource {

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  /** A requested change of the simulated portal's behaviour. */
  @Schema(description = "How the simulated portal answers sync calls from the next one on")
  public record ModeChange(
      @NotNull
          @Schema(
              description =
                  "NORMAL checks, records and answers at once; SERVER_ERROR answers 503 with a"
                      + " plain-text body and records nothing; TIMEOUT checks and records, then answers"
                      + " after delayMillis; ERROR_REPLY answers 200 with error_code 99 and records"
                      + " nothing",
              required = true)
          FaultMode mode,
      @Min(1)
          @Max(86_400)
          @Schema(description = "The fault lasts this many seconds, then NORMAL again")
          Integer seconds,
      @Min(1)
          @Max(1_000_000)
          @Schema(description = "The fault applies to this many sync calls, then NORMAL again")
          Integer calls,
      @Min(0)
          @Max(600_000)
          @Schema(
              description =
                  "For TIMEOUT: how long each answer is held back; by default"
                      + " motcua.simulators.portal-delay-millis")
          Integer delayMillis) {}

  /** The mode in force. */
  @Schema(description = "The simulated portal's mode now (on this instance)")
  public record ModeView(
      @Schema(required = true) FaultMode mode,
      @Schema(description = "When this mode was set (or the last fault ended)", required = true)
          Instant since,
      @Schema(description = "When it ends by itself; absent when not bounded in time")
          Instant until,
      @Schema(description = "How many more sync calls it applies to; absent when not bounded")
          Integer callsLeft,
      @Schema(description = "For TIMEOUT: how long each answer is held back, in ms")
          long delayMillis) {

    static ModeView of(Fault fault) {
      return new ModeView(
          fault.mode(), fault.since(), fault.until(), fault.callsLeft(), fault.delayMillis());
    }
  }

  /** One recorded item of an accepted message. */
  @Schema(description = "One item of an accepted sync message, recorded once")
  public record Call(
      @Schema(description = "Place in arrival order, from 1", required = true) long sequence,
      @Schema(description = "DongBoHoSoMC or CapNhatTienDoHoSoMC", required = true) String service,
      @Schema(description = "The item's MaHoSo", required = true) String dossier,
      @Schema(description = "The item's TrangThaiHoSo or TrangThai, \"1\" to \"10\"") String status,
      @Schema(description = "The message's Idempotency-Key", required = true) String idempotencyKey,
      @Schema(description = "When it first arrived", required = true) Instant received,
      @Schema(description = "How many times the same message arrived again", required = true)
          int redeliveries,
      @Schema(
              description =
                  "How many of those redeliveries carried other items under the same key (a"
                      + " sender's mistake)",
              required = true)
          int differingRedeliveries,
      @Schema(description = "When the message last arrived again") Instant lastRedelivery,
      @Schema(description = "The item as sent", type = SchemaType.OBJECT) JsonObject item) {

    static Call of(SyncLedger.Arrival a) {
      return new Call(
          a.sequence(),
          a.service(),
          a.dossier(),
          a.status(),
          a.key(),
          a.received(),
          a.redeliveries(),
          a.differingRedeliveries(),
          a.lastRedelivery(),
          a.item());
    }
  }

  /** A page of recorded items. */
  @Schema(description = "A page of recorded items, in arrival order")
  public record Calls(
      @Schema(description = "How many kept items match", required = true) int total,
      @Schema(required = true) int first,
      @Schema(required = true) List<Call> calls) {}

  @Inject private PortalSimulator simulator;

  @Resource private ManagedScheduledExecutorService scheduler;

  @POST
  @Path("sync")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sync a dossier or its progress (the simulated portal's contract)",
      description =
          "Header Idempotency-Key: the sender's id of the message, the same on a redelivery. Body"
              + " {session, madonvi, service: DongBoHoSoMC | CapNhatTienDoHoSoMC, isUpdating:"
              + " \"true\" | \"false\", data: [items]}. 200 {\"error_code\": \"0\", \"message\":"
              + " \"Thành công\"} when accepted, and again (not recorded twice) for a known key."
              + " A breach is 200 with error_code 1 not JSON, 2 Idempotency-Key, 3 session, 4"
              + " service, 5 madonvi / isUpdating / data, 6 MaHoSo, 7 a date not yyyyMMddHHmmss,"
              + " 8 a status outside \"1\"-\"10\", and a Vietnamese message naming the field."
              + " Fault modes: 503 (SERVER_ERROR), error_code 99 (ERROR_REPLY), a late answer"
              + " (TIMEOUT). See docs/portal-simulator.md.")
  @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "200",
      description = "error_code \"0\" when accepted, another code when refused")
  @APIResponse(responseCode = "404", description = "No simulator (not demo or tests)")
  @APIResponse(
      responseCode = "503",
      description = "SERVER_ERROR mode; text/plain \"Service Unavailable\"")
  public void sync(
      @HeaderParam(SyncContract.IDEMPOTENCY_KEY) String key,
      String body,
      @Suspended AsyncResponse async) {
    SimulatedPortal.Answer answer = simulator.call(key, body);
    Response response =
        answer.status() == 200
            ? Response.ok(answer.body(), JSON).build()
            : Response.status(answer.status())
                .entity(answer.body())
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .build();
    if (answer.delayMillis() > 0) {
      scheduler.schedule(() -> async.resume(response), answer.delayMillis(), TimeUnit.MILLISECONDS);
    } else {
      async.resume(response);
    }
  }

  @GET
  @Path("mode")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "How the simulated portal answers now (on this instance)")
  public ModeView mode() {
    return ModeView.of(simulator.mode());
  }

  @PUT
  @Path("mode")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make the simulated portal fail for a while, or answer normally again",
      description =
          "A fault mode lasts `seconds` or `calls` (not both), then NORMAL again by itself;"
              + " without either it lasts until NORMAL is set. For fault tests and demos of the"
              + " sync relay. Open to any caller: the simulator exists only in demo and tests.")
  @APIResponse(responseCode = "200", description = "The mode now in force")
  @APIResponse(
      responseCode = "400",
      description = "No mode, a bound or delay out of range, or both seconds and calls",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ModeView changeMode(@NotNull @Valid ModeChange change) {
    if (change.seconds() != null && change.calls() != null) {
      throw new InvalidRequestException(
          List.of(
              new Problem.InvalidParam("seconds", "give seconds or calls, not both"),
              new Problem.InvalidParam("calls", "give seconds or calls, not both")));
    }
    return ModeView.of(
        simulator.setMode(change.mode(), change.seconds(), change.calls(), change.delayMillis()));
  }

  @GET
  @Path("calls")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "What reached the simulated portal, in arrival order",
      description =
          "One entry per item of each accepted message, recorded once: a redelivery (the same"
              + " Idempotency-Key) is counted on the entries of its first delivery. Keeps the last"
              + " 10,000 items, in memory, on this instance.")
  @APIResponse(responseCode = "200", description = "A page of recorded items")
  @APIResponse(
      responseCode = "400",
      description = "first or max out of range",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Calls calls(
      @Parameter(description = "Only the items of this MaHoSo")
          @QueryParam("dossier")
          @Size(max = 200)
          String dossier,
      @Parameter(description = "Only the items of this service")
          @QueryParam("service")
          @Size(max = 100)
          String service,
      @Parameter(description = "How many matching items to skip")
          @QueryParam("first")
          @DefaultValue("0")
          @Min(0)
          int first,
      @Parameter(description = "The most items to return, 1 to 1000")
          @QueryParam("max")
          @DefaultValue("100")
          @Min(1)
          @Max(1000)
          int max) {
    SyncLedger.Filter filter = new SyncLedger.Filter(dossier, service);
    List<Call> page =
        simulator.ledger().arrivals(filter, first, max, false).stream().map(Call::of).toList();
    return new Calls(simulator.ledger().count(filter), first, page);
  }

  @DELETE
  @Path("calls")
  @Operation(
      summary = "Forget every recorded item, known key, refusal and count (for tests)",
      description = "Sequence numbers go on. The mode is left as it is.")
  @APIResponse(responseCode = "204", description = "Forgotten")
  public void clear() {
    simulator.ledger().clear();
  }

  @GET
  @Path("refusals")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The calls the simulated portal refused for breaking the contract, in order",
      description =
          "error_code and message as answered, the key and service when they could be read; never"
              + " what was sent. Keeps the last 1,000.")
  @APIResponse(responseCode = "200", description = "A page of refusals")
  @APIResponse(
      responseCode = "400",
      description = "first or max out of range",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<SyncLedger.Refusal> refusals(
      @QueryParam("first") @DefaultValue("0") @Min(0) int first,
      @QueryParam("max") @DefaultValue("100") @Min(1) @Max(1000) int max) {
    return simulator.ledger().refusals(first, max);
  }
}
