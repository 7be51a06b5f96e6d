package vn.motcua.shared.problem;

import java.util.List;

/**
 * A request whose parameters are missing or malformed (400), with one reason per parameter, for
 * checks that Bean Validation cannot express (such as "exactly one of these two").
 */
public class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Problem.InvalidParam> errors;

  public InvalidRequestException(List<Problem.InvalidParam> errors) {
    super("Invalid request parameters");
    this.errors = List.copyOf(errors);
  }

  public List<Problem.InvalidParam> errors() {
    return errors;
  }
}
