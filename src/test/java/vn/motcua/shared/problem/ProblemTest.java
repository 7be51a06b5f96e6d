package vn.motcua.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves a problem's type is built from its code and that the copies keep the other fields. */
class ProblemTest {

  @Test
  void ofBuildsTheTypeFromTheCode() {
    Problem problem = Problem.of(404, "not-found", "Not found", "No dossier HS-1");

    assertThat(problem.type()).isEqualTo("/problems/not-found");
    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.title()).isEqualTo("Not found");
    assertThat(problem.detail()).isEqualTo("No dossier HS-1");
    assertThat(problem.instance()).isNull();
    assertThat(problem.errors()).isNull();
  }

  @Test
  void withInstanceKeepsTheOtherFields() {
    List<Problem.InvalidParam> errors = List.of(new Problem.InvalidParam("username", "required"));
    Problem problem =
        Problem.of(400, "validation", "Invalid request", "Fields are invalid").withErrors(errors);

    Problem located = problem.withInstance("/api/v1/accounts");

    assertThat(located)
        .isEqualTo(
            new Problem(
                "/problems/validation",
                "Invalid request",
                400,
                "Fields are invalid",
                "/api/v1/accounts",
                errors));
    assertThat(problem.instance()).isNull();
  }

  @Test
  void withErrorsKeepsTheOtherFields() {
    Problem problem =
        Problem.of(409, "conflict", "Conflict", "Already received").withInstance("/api/v1/x");
    List<Problem.InvalidParam> errors = List.of(new Problem.InvalidParam("code", "taken"));

    Problem withErrors = problem.withErrors(errors);

    assertThat(withErrors)
        .isEqualTo(
            new Problem(
                "/problems/conflict", "Conflict", 409, "Already received", "/api/v1/x", errors));
    assertThat(problem.errors()).isNull();
  }
}
