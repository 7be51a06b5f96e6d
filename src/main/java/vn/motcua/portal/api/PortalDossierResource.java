package vn.motcua.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.document.FileLimits;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.ApplicantDetails;
import vn.motcua.portal.IdempotentRequest;
import vn.motcua.portal.PortalDossier;
import vn.motcua.portal.PortalReceipt;
import vn.motcua.portal.PortalReply;
import vn.motcua.portal.PortalService;
import vn.motcua.portal.PortalSubmission;
import vn.motcua.portal.PortalSupplement;
import vn.motcua.portal.PortalWithdrawal;
import vn.motcua.security.PortalCaller;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.problem.InvalidRequestException;
import vn.motcua.shared.problem.Problem;

/**
 * The portal's dossiers: submit, read, supplement, withdraw. Only the portal calls it, with a
 * bearer token it signed. Bodies are read here field by field ({@link PortalJson}) and capped in
 * size before they are read whole; everything that changes a dossier needs an {@code
 * Idempotency-Key}.
 */
@Path("/v1/portal/dossiers")
@RequestScoped
@RolesAllowed(PortalCaller.ROLE)
@Tag(
    name = "portal",
    description =
        "For the National Public Service Portal only: online dossiers it submits, their status,"
            + " supplements and withdrawals. A bearer JWT signed by the portal (RS256, aud motcua,"
            + " group portal); an Idempotency-Key on every POST.")
@SecurityRequirement(name = "portal-jwt")
public class PortalDossierResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  @Inject private PortalService portal;
  @Inject private FileStore files;
  @Inject private Validator validator;
  @Context private UriInfo uri;
  @Context private HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit an online dossier",
      description =
          "Registers the dossier for its center in status 1; the center then accepts it (2) or"
              + " refuses it (3). The same Idempotency-Key with the same body again gets the same"
              + " reply and never makes a second dossier, even when both arrive at once; the same"
              + " key with another body is refused (422). Documents are PDF, JPEG or PNG by their"
              + " content; `requirementCode` is the checklist item's code, or its position when"
              + " the catalog gives it no code (GET /api/v1/procedures/{code}). Nothing is kept"
              + " of a refused request.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PortalSubmission.class)))
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location is the dossier",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PortalReceipt.class)))
  @APIResponse(
      responseCode = "400",
      description = "No Idempotency-Key, not JSON, or fields missing or malformed (`errors`)",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "The portal reference was already submitted under another key",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "413",
      description = "A file, or the body, is over the limit",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description =
          "Unknown procedure, center or checklist item; a procedure that center may not receive;"
              + " a file that is not a PDF, JPEG or PNG; a key used for another body",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response submit(
      @Parameter(in = ParameterIn.HEADER, required = true, description = "Unique per request")
          @HeaderParam(IDEMPOTENCY_KEY)
          String key,
      InputStream body) {
    return changing(
        key,
        body,
        (request, json) -> {
          PortalSubmission submission = PortalJson.submission(json, files.limits());
          checkApplicant(submission.applicant());
          return portal.submit(request, submission);
        });
  }

  @GET
  @Path("/{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A dossier the portal submitted",
      description = "Its status (1-10), dates, history and results; other dossiers are 404.")
  @APIResponse(
      responseCode = "200",
      description = "The dossier",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PortalDossier.class)))
  @APIResponse(
      responseCode = "404",
      description = "No dossier the portal submitted has this code",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public PortalDossier dossier(@PathParam("code") String code) {
    return portal.dossier(checkedCode(code));
  }

  @POST
  @Path("/{code}/supplements")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send the documents the center asked for",
      description =
          "Only while the dossier waits for a supplement (status 5): the clock runs again and the"
              + " appointment moves by the time spent waiting. Idempotent by key.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PortalSupplement.class)))
  @APIResponse(
      responseCode = "200",
      description = "Received; the dossier as it is now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PortalDossier.class)))
  @APIResponse(
      responseCode = "409",
      description = "The dossier is not waiting for a supplement",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response supplement(
      @PathParam("code") String code,
      @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(IDEMPOTENCY_KEY) String key,
      InputStream body) {
    String dossier = checkedCode(code);
    return changing(
        key,
        body,
        (request, json) ->
            portal.supplement(request, dossier, PortalJson.supplement(json, files.limits())));
  }

  @POST
  @Path("/{code}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Withdraw the dossier at the applicant's request",
      description = "While it is not finished (status 1, 2, 4, 5 or 6): it ends in status 7.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PortalWithdrawal.class)))
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn; the dossier as it is now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PortalDossier.class)))
  @APIResponse(
      responseCode = "409",
      description = "The dossier is finished or closed",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response withdraw(
      @PathParam("code") String code,
      @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(IDEMPOTENCY_KEY) String key,
      InputStream body) {
    String dossier = checkedCode(code);
    return changing(
        key,
        body,
        (request, json) -> portal.withdraw(request, dossier, PortalJson.withdrawal(json)));
  }

  /** A request that changes something: its key, its body read and hashed, the reply it gets. */
  private Response changing(
      String key, InputStream body, BiFunction<IdempotentRequest, JsonObject, PortalReply> work) {
    if (key == null || key.isBlank()) {
      return problem(400, "idempotency-key-required", "The Idempotency-Key header is required");
    }
    if (key.length() > 100 || !key.matches("[\\x21-\\x7e]+")) {
      return problem(
          400,
          "idempotency-key-invalid",
          "The Idempotency-Key must be 1 to 100 printable ASCII characters without spaces");
    }
    JsonObject json;
    try {
      byte[] bytes = read(body);
      request.setAttribute(PortalCallLog.PAYLOAD, bytes);
      json = PortalJson.object(bytes);
    } catch (PortalJson.Malformed e) {
      return problem(400, "malformed-json", e.getMessage());
    }
    PortalReply reply =
        work.apply(new IdempotentRequest(key, PortalJson.canonicalSha256(json)), json);
    Response.ResponseBuilder response =
        Response.status(reply.status()).type(JSON).entity(reply.body());
    if (reply.location() != null) {
      response.location(uri.getBaseUri().resolve(reply.location()));
    }
    return response.header(IDEMPOTENCY_KEY, key).build();
  }

  /** The body, refused (413) when it is larger than the files of a whole dossier could make it. */
  private byte[] read(InputStream body) {
    FileLimits limits = files.limits();
    long max = limits.maxDossierBytes() / 3 * 4 + 1024 * 1024;
    try {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new BusinessException(
            BusinessException.Kind.TOO_LARGE,
            "request-too-large",
            "The body is larger than " + FileLimits.describe(max));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ID number's structure (and the other constraints reception applies), before any work. */
  private void checkApplicant(PortalSubmission.PortalApplicant applicant) {
    ApplicantDetails details = applicant.details();
    List<Problem.InvalidParam> errors = new ArrayList<>();
    String idNumber = details.idNumberProblem();
    if (idNumber != null) {
      errors.add(new Problem.InvalidParam("applicant.idNumber", idNumber));
    }
    validator.validate(details).stream()
        .filter(v -> !v.getPropertyPath().toString().equals("idNumberValid"))
        .map(v -> new Problem.InvalidParam("applicant." + v.getPropertyPath(), v.getMessage()))
        .forEach(errors::add);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(Problem.InvalidParam::name));
      throw new InvalidRequestException(errors);
    }
  }

  private static String checkedCode(String code) {
    if (code == null || code.length() > 40) {
      throw new InvalidRequestException(
          List.of(new Problem.InvalidParam("code", "a dossier code of at most 40 characters")));
    }
    return code;
  }

  private Response problem(int status, String code, String detail) {
    String title = status == 413 ? "Too large" : "Invalid request";
    return Problem.of(status, code, title, detail)
        .withInstance(uri.getRequestUri().getRawPath())
        .toResponse();
  }
}
