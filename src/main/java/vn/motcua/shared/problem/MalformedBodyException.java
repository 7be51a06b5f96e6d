package vn.motcua.shared.problem;

import jakarta.ws.rs.BadRequestException;

/** A request body that could not be read as JSON of the expected shape. */
public class MalformedBodyException extends BadRequestException {

  private static final long serialVersionUID = 1L;

  public MalformedBodyException(Throwable cause) {
    super("Malformed request body", cause);
  }
}
