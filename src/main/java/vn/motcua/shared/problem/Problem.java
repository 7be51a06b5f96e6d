package vn.motcua.shared.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a relative URI {@code /problems/<code>} naming the
 * kind of problem; {@code errors} lists the fields that failed validation.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<InvalidParam> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One field that failed validation. */
  public record InvalidParam(String name, String reason) {}

  public static Problem of(int status, String code, String title, String detail) {
    return new Problem("/problems/" + code, title, status, detail, null, null);
  }

  public Problem withInstance(String instance) {
    return new Problem(type, title, status, detail, instance, errors);
  }

  public Problem withErrors(List<InvalidParam> errors) {
    return new Problem(type, title, status, detail, instance, errors);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }
}
