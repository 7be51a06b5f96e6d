package vn.motcua.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.motcua.document.FileLimits;
import vn.motcua.portal.PortalSubmission;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.problem.InvalidRequestException;
import vn.motcua.shared.problem.Problem;

class PortalJsonTest {

  private static final FileLimits LIMITS = new FileLimits(1000, 5000);
  private static final String PDF =
      Base64.getEncoder().encodeToString("%PDF-1.4 tiny".getBytes(StandardCharsets.US_ASCII));

  private static String body(String applicantExtra, String documents) {
    return """
        {"portalReference": "DVCQG-1", "procedureCode": "1.001193",
         "receivingCenterCode": "TTPVHCC-HONG-GAI",
         "applicant": {"type": "CITIZEN", "idNumber": "022190001234", "fullName": "Lê Thị A",
                       "dateOfBirth": "1990-05-17", "gender": "FEMALE"%s},
         "documents": %s,
         "returnMethod": "ONLINE"}
        """
        .formatted(applicantExtra, documents);
  }

  private static String document(String base64) {
    return "[{\"requirementCode\": \"1\", \"fileName\": \"to-khai.pdf\","
        + " \"contentType\": \"application/pdf\", \"contentBase64\": \""
        + base64
        + "\"}]";
  }

  private static byte[] utf8(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static PortalSubmission read(String body) {
    return PortalJson.submission(PortalJson.object(utf8(body)), LIMITS);
  }

  private static InvalidRequestException refusal(String body) {
    return (InvalidRequestException)
        assertThatThrownBy(() -> read(body)).isInstanceOf(InvalidRequestException.class).actual();
  }

  @Test
  void aWellFormedSubmissionIsReadWithItsFileDecoded() {
    PortalSubmission submission = read(body(", \"addressUnitCode\": \"00541\"", document(PDF)));

    assertThat(submission.portalReference()).isEqualTo("DVCQG-1");
    assertThat(submission.applicant().dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 17));
    assertThat(submission.applicant().addressUnitCode()).isEqualTo("00541");
    assertThat(new String(submission.documents().get(0).content(), StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-1.4 tiny");
    assertThat(submission.returnMethod()).isEqualTo("ONLINE");
  }

  @Test
  void everyWrongFieldIsNamedWithItsReasonAtOnce() {
    String body =
        """
        {"portalReference": 12, "procedureCode": "1.1",
         "applicant": {"type": "ALIEN", "idNumber": "022190001234", "fullName": " ",
                       "dateOfBirth": "17/05/1990", "addressUnitCode": "541"},
         "documents": [{"requirementCode": "1", "fileName": "a.pdf", "contentType": "text/plain",
                        "contentBase64": "not base64!"}, 7],
         "returnMethod": "BY_PIGEON"}
        """;

    assertThat(refusal(body).errors())
        .extracting(Problem.InvalidParam::name, Problem.InvalidParam::reason)
        .contains(
            tuple("portalReference", "must be a string, not a number"),
            tuple("procedureCode", "must be a procedure code like 1.001193"),
            tuple("receivingCenterCode", "required"),
            tuple("applicant.type", "must be one of CITIZEN, ORGANIZATION"),
            tuple("applicant.fullName", "must not be blank"),
            tuple("applicant.dateOfBirth", "must be a date yyyy-MM-dd"),
            tuple("applicant.addressUnitCode", "must be a 5-digit administrative unit code"),
            tuple(
                "documents[0].contentType",
                "must be one of application/pdf, image/jpeg, image/png"),
            tuple(
                "documents[0].contentBase64",
                "is not base64 (RFC 4648 alphabet, padded, no line breaks)"),
            tuple("documents[1]", "must be an object"),
            tuple("returnMethod", "must be one of AT_CENTER, ONLINE, POST"));
  }

  @Test
  void wrongJsonTypesAreNamedAsJsonTypes() {
    String body =
        body("", "{\"a\": 1}").replace("\"DVCQG-1\"", "[1]").replace("\"1990-05-17\"", "true");

    assertThat(refusal(body).errors())
        .extracting(Problem.InvalidParam::name, Problem.InvalidParam::reason)
        .contains(
            tuple("portalReference", "must be a string, not a list"),
            tuple("applicant.dateOfBirth", "must be a date yyyy-MM-dd, not a boolean"),
            tuple("documents", "must be a list"));
  }

  @Test
  void aFileOverTheLimitIsRefusedAsTooLargeBeforeItIsDecoded() {
    String big = Base64.getEncoder().encodeToString(new byte[1001]);

    assertThatThrownBy(() -> read(body("", document(big))))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(BusinessException.Kind.TOO_LARGE);
              assertThat(e.getMessage()).contains("to-khai.pdf");
            });
    assertThat(
            read(body("", document(Base64.getEncoder().encodeToString(new byte[1000]))))
                .documents())
        .hasSize(1);
  }

  @Test
  void aBodyThatIsNotJsonSaysWhereReadingStopped() {
    assertThatThrownBy(
            () -> PortalJson.object(utf8("{\"portalReference\": \"x\",\n  \"procedureCode\" 1}")))
        .isInstanceOf(PortalJson.Malformed.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> PortalJson.object(utf8("[1, 2]")))
        .hasMessage("The body is JSON but not an object");
    assertThatThrownBy(() -> PortalJson.object(utf8("")))
        .hasMessage("The body is empty: a JSON object is expected");
    assertThatThrownBy(() -> PortalJson.object(utf8(" \r\n\t ")))
        .hasMessage("The body is empty: a JSON object is expected");
  }

  @Test
  void theSameRequestWithOtherSpacingAndOrderHasTheSameHashAndAnotherValueDoesNot() {
    JsonObject one = PortalJson.object(utf8("{\"b\": [1, {\"y\": 2, \"x\": 1}], \"a\": \"t\"}"));
    JsonObject same = PortalJson.object(utf8("{ \"a\":\"t\",\n \"b\":[1,{\"x\":1,\"y\":2}] }"));
    JsonObject other = PortalJson.object(utf8("{\"a\": \"t\", \"b\": [{\"x\": 1, \"y\": 2}, 1]}"));

    assertThat(PortalJson.canonicalSha256(one))
        .hasSize(64)
        .isEqualTo(PortalJson.canonicalSha256(same))
        .isNotEqualTo(PortalJson.canonicalSha256(other));
    assertThat(PortalJson.canonicalSha256(Json.createObjectBuilder().build())).hasSize(64);
  }

  @Test
  void aSupplementNeedsADocumentAndAWithdrawalAReason() {
    assertThat(
            ((InvalidRequestException)
                    assertThatThrownBy(
                            () ->
                                PortalJson.supplement(
                                    PortalJson.object(utf8("{\"documents\": []}")), LIMITS))
                        .actual())
                .errors())
        .extracting(Problem.InvalidParam::name)
        .containsExactly("documents");
    assertThatThrownBy(() -> PortalJson.withdrawal(PortalJson.object(utf8("{\"reason\": \"\"}"))))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(PortalJson.withdrawal(PortalJson.object(utf8("{\"reason\": \"Đổi ý\"}"))).reason())
        .isEqualTo("Đổi ý");
  }
}
