package vn.motcua.shared.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one mapping of exceptions to problem details for every REST resource. Each nested mapper
 * handles one family; the most specific mapper wins, as JAX-RS chooses by exception type.
 */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  private static Response respond(Problem problem, UriInfo uri) {
    return problem.withInstance(uri == null ? null : uri.getRequestUri().getRawPath()).toResponse();
  }

  /**
   * The detail of a validation problem: each field and its reason, so that a client reading only
   * the detail still knows what to correct (the first few; {@code errors} has them all).
   */
  static String summary(List<Problem.InvalidParam> errors) {
    String listed =
        errors.stream()
            .limit(5)
            .map(error -> error.name() + ": " + error.reason())
            .collect(Collectors.joining("; "));
    return errors.size() > 5 ? listed + "; and " + (errors.size() - 5) + " more" : listed;
  }

  /** A business refusal: its kind gives the status, its code the type. */
  @Provider
  public static class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(BusinessException e) {
      String title =
          switch (e.kind()) {
            case INVALID -> "Request refused";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case FORBIDDEN -> "Forbidden";
            case TOO_LARGE -> "Content too large";
          };
      return respond(Problem.of(e.kind().status(), e.code(), title, e.getMessage()), uri);
    }
  }

  /** Bean Validation on resource parameters and bodies: 400 with one entry per field. */
  @Provider
  public static class ConstraintViolationMapper
      implements ExceptionMapper<ConstraintViolationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      if (e.getConstraintViolations().stream().anyMatch(ConstraintViolationMapper::onReturnValue)) {
        return Unexpected.respond(e, uri);
      }
      List<Problem.InvalidParam> errors =
          e.getConstraintViolations().stream()
              .map(v -> new Problem.InvalidParam(fieldName(v), v.getMessage()))
              .sorted(Comparator.comparing(Problem.InvalidParam::name))
              .toList();
      Problem problem =
          Problem.of(400, "validation", "Invalid request", summary(errors)).withErrors(errors);
      return respond(problem, uri);
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getKind() == ElementKind.RETURN_VALUE) {
          return true;
        }
      }
      return false;
    }

    /** The parameter or property name, without the Java method that declared it. */
    static String fieldName(ConstraintViolation<?> violation) {
      String name = "";
      for (Path.Node node : violation.getPropertyPath()) {
        switch (node.getKind()) {
          case METHOD, CONSTRUCTOR, RETURN_VALUE -> name = "";
          default -> name = name.isEmpty() ? node.toString() : name + "." + node;
        }
      }
      return name.replaceFirst("^arg\\d+\\.?", "");
    }
  }

  /** Parameters a resource checked itself: 400 with one entry per parameter. */
  @Provider
  public static class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(InvalidRequestException e) {
      Problem problem =
          Problem.of(400, "validation", "Invalid request", summary(e.errors()))
              .withErrors(e.errors());
      return respond(problem, uri);
    }
  }

  /** HTTP errors raised by JAX-RS itself (404, 405, 406, 415...) keep their status. */
  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      if (status.getStatusCode() >= 500) {
        return Unexpected.respond(e, uri);
      }
      String reason = status.getReasonPhrase();
      if (reason == null || reason.isBlank()) {
        reason = "HTTP " + status.getStatusCode();
      }
      String code = reason.toLowerCase(Locale.ROOT).replace(' ', '-');
      String detail =
          switch (status.getStatusCode()) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No acceptable representation; this API produces JSON";
            case 415 -> "Unsupported content type; send application/json";
            default -> reason;
          };
      Problem problem = Problem.of(status.getStatusCode(), code, reason, detail);
      Response response = respond(problem, uri);
      // Keep headers such as Allow (405) that the client needs.
      e.getResponse()
          .getHeaders()
          .forEach(
              (k, v) -> {
                if (!k.equalsIgnoreCase("Content-Type") && !k.equalsIgnoreCase("Content-Length")) {
                  response.getHeaders().put(k, v);
                }
              });
      return response;
    }
  }

  /** A request body that is not JSON of the expected shape. */
  @Provider
  public static class MalformedBodyMapper implements ExceptionMapper<MalformedBodyException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(MalformedBodyException e) {
      Problem problem =
          Problem.of(
              400,
              "malformed-body",
              "Malformed request body",
              "The body is not JSON of the expected shape");
      return respond(problem, uri);
    }
  }

  /**
   * Anything else is our fault: 500 with an incident number the operator finds in the log, which
   * holds the stack trace the client never sees.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof BusinessException business) {
          BusinessExceptionMapper mapper = new BusinessExceptionMapper();
          mapper.uri = uri;
          return mapper.toResponse(business);
        }
        if (cause instanceof ConstraintViolationException violation) {
          ConstraintViolationMapper mapper = new ConstraintViolationMapper();
          mapper.uri = uri;
          return mapper.toResponse(violation);
        }
        cause = cause.getCause() == cause ? null : cause.getCause();
      }
      return respond(e, uri);
    }

    static Response respond(Throwable e, UriInfo uri) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
      Problem problem =
          Problem.of(
              500,
              "internal-error",
              "Internal error",
              "The request could not be completed; quote incident " + incident);
      return ProblemMappers.respond(problem, uri);
    }
  }
}
