package vn.motcua.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRepository;
import vn.motcua.shared.problem.InvalidRequestException;
import vn.motcua.shared.problem.Problem;

/** The public procedure catalog: what can be done, where, with which papers, in how long. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "catalog", description = "The province's administrative procedures")
public class ProcedureResource {

  static final int MAX_PAGE_SIZE = 100;

  @Inject private CatalogService catalog;

  @GET
  @Path("/procedures")
  @Operation(
      summary = "Search the procedures",
      description =
          "Every word of `q` must start a word of the procedure's code, name or field; diacritics and"
              + " case do not matter (\"dang ky ket hon\" finds \"Đăng ký kết hôn\"). Best matches"
              + " first, else by field and code. `total` counts all matches.")
  @APIResponse(responseCode = "200", description = "One page of matches")
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed; `errors` names each",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ProcedurePage search(
      @Parameter(
              description = "Words to look for, with or without diacritics",
              example = "dang ky khai sinh")
          @QueryParam("q")
          String q,
      @Parameter(description = "Field code, from /api/v1/fields", example = "ho-tich")
          @QueryParam("field")
          String field,
      @Parameter(description = "PROVINCE or COMMUNE") @QueryParam("level") String level,
      @Parameter(description = "true: only procedures any center may receive")
          @QueryParam("nonTerritorial")
          String nonTerritorial,
      @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20")
          @QueryParam("size")
          String size) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    if (q != null && q.length() > 200) {
      errors.add(new Problem.InvalidParam("q", "at most 200 characters"));
    }
    if (level != null && !Set.of("PROVINCE", "COMMUNE").contains(level)) {
      errors.add(new Problem.InvalidParam("level", "PROVINCE or COMMUNE"));
    }
    if (nonTerritorial != null && !Set.of("true", "false").contains(nonTerritorial)) {
      errors.add(new Problem.InvalidParam("nonTerritorial", "true or false"));
    }
    int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE, errors);
    int pageSize = number("size", size, 20, 1, MAX_PAGE_SIZE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return catalog.search(
        new ProcedureQuery(
            q,
            field == null || field.isBlank() ? null : field,
            level,
            nonTerritorial == null ? null : Boolean.valueOf(nonTerritorial),
            pageNumber,
            pageSize));
  }

  @GET
  @Path("/procedures/{code}")
  @Operation(
      summary = "One procedure in full",
      description =
          "The current version: documents (and which a national database provides), fees, results,"
              + " the internal process with each step's budget in working minutes, and where each"
              + " value comes from (`source`: the national catalogue, or an estimate to confirm).")
  @APIResponse(responseCode = "200", description = "The procedure")
  @APIResponse(
      responseCode = "404",
      description = "No procedure with this code",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ProcedureDetail procedure(
      @Parameter(description = "National code", example = "1.000894") @PathParam("code")
          String code) {
    return catalog.procedure(code);
  }

  @GET
  @Path("/fields")
  @Operation(summary = "The fields of the catalog, with the number of procedures in each")
  public List<ProcedureRepository.FieldCount> fields() {
    return catalog.fields();
  }

  private static int number(
      String name, String text, int fallback, int min, int max, List<Problem.InvalidParam> errors) {
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new Problem.InvalidParam(name, "a whole number from " + min + " to " + max));
    return fallback;
  }
}
