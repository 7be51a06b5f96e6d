package vn.motcua.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.OnlineDossierProbe;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.PortalClient;
import vn.motcua.testing.PortalTokens;
import vn.motcua.testing.TestDatabase;

/**
 * The portal's API over HTTP with the portal's bearer tokens: a submission registered once however
 * often and however simultaneously it is sent, every refusal a precise problem that leaves nothing
 * behind, and the portal's reads, supplements and withdrawals of its own dossiers only.
 */
@MotcuaIT
@RunAsClient
class PortalApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua(
        OnlineDossierProbe.class,
        OnlineDossierProbe.Asked.class,
        OnlineDossierProbe.Registered.class);
  }

  @ArquillianResource URL base;

  private PortalClient portal() {
    return new PortalClient(base);
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private static String reference() {
    return "DVCQG-" + UUID.randomUUID();
  }

  @Test
  void aSubmissionIsRegisteredOnceHoweverOftenItIsSent() throws Exception {
    String key = key();
    String body = PortalClient.birthRegistration(reference(), 1);

    HttpResponse<String> first = portal().submit(key, body);
    HttpResponse<String> again = portal().submit(key, body);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonObject receipt = json(first.body());
    String code = receipt.getString("code");
    assertThat(code).matches("000\\.20\\.09\\.H22-\\d{6}-\\d{4,}");
    assertThat(receipt.getString("status")).isEqualTo("REGISTERED");
    assertThat(receipt.getInt("statusCode")).isEqualTo(1);
    assertThat(receipt.getString("registeredAt")).endsWith("+07:00");
    assertThat(first.headers().firstValue("Location"))
        .hasValue(base.toString().replaceAll("/$", "") + "/api/v1/portal/dossiers/" + code);
    assertThat(first.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");

    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(TestDatabase.number("SELECT count(*) FROM dossier WHERE code = ?", code)).isOne();
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM dossier d JOIN dossier_document x ON x.dossier_id = d.id"
                    + " JOIN stored_file f ON f.id = x.file_id"
                    + " WHERE d.code = ? AND d.channel = 'ONLINE' AND d.status = 1"
                    + " AND x.provision = 'DIGITISED' AND f.content_type = 'application/pdf'",
                code))
        .as("the form, as the PDF sent")
        .isOne();
    assertThat(
            TestDatabase.numberOnceWritten(
                n -> n == 2,
                "SELECT count(*) FROM portal_exchange WHERE direction = 'IN' AND message_id = ?"
                    + " AND service = '/api/v1/portal/dossiers' AND http_status = 201"
                    + " AND result = 'ANSWERED' AND payload_sha256 = encode(sha256(?::bytea), 'hex')",
                key,
                body.getBytes(StandardCharsets.UTF_8)))
        .as("both calls logged with the SHA-256 of the body received")
        .isEqualTo(2);
  }

  @Test
  void theSameKeyAtOnceFromManyThreadsMakesOneDossier() throws Exception {
    String key = key();
    String body = PortalClient.birthRegistration(reference(), 2);
    List<HttpResponse<String>> answers = all(8, () -> portal().submit(key, body));

    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
    Set<String> codes =
        answers.stream().map(a -> json(a.body()).getString("code")).collect(Collectors.toSet());
    assertThat(codes).hasSize(1);
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM dossier WHERE applicant_id_number = ?", "022187800002"))
        .isOne();
  }

  @Test
  void aThousandSubmissionsEachSentThreeTimesAtOnceLeaveAThousandDossiers() throws Exception {
    String batch = "BULK-" + UUID.randomUUID() + "-";
    ExecutorService pool = Executors.newFixedThreadPool(24);
    try {
      List<List<Future<HttpResponse<String>>>> sends = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        String key = batch + "key-" + i;
        String body = PortalClient.birthRegistration(batch + i, 20_000 + i);
        List<Future<HttpResponse<String>>> three = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
          three.add(pool.submit(() -> portal().submit(key, body)));
        }
        sends.add(three);
      }
      Set<String> codes = new HashSet<>();
      for (List<Future<HttpResponse<String>>> three : sends) {
        Set<String> answered = new HashSet<>();
        for (Future<HttpResponse<String>> send : three) {
          HttpResponse<String> answer = send.get();
          assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
          answered.add(answer.body());
        }
        assertThat(answered).as("three sends, one reply").hasSize(1);
        codes.add(json(answered.iterator().next()).getString("code"));
      }
      assertThat(codes).hasSize(1000);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM dossier d JOIN portal_dossier p ON p.dossier_code = d.code"
                    + " WHERE p.portal_reference LIKE ?",
                batch + "%"))
        .isEqualTo(1000);
    assertThat(
            TestDatabase.numberOnceWritten(
                n -> n >= 3000,
                "SELECT count(*) FROM portal_exchange WHERE direction = 'IN' AND message_id LIKE ?"
                    + " AND http_status = 201",
                batch + "key-%"))
        .as("every call in the exchange log, once, however many came at once")
        .isEqualTo(3000);
  }

  @Test
  void aKeyIsForOneRequestAndEveryChangeNeedsOne() throws Exception {
    String key = key();
    String reference = reference();
    assertThat(portal().submit(key, PortalClient.birthRegistration(reference, 3)).statusCode())
        .isEqualTo(201);

    HttpResponse<String> other = portal().submit(key, PortalClient.birthRegistration(reference, 4));
    assertProblem(other, 422, "idempotency-key-reused", "already used for another request");

    HttpResponse<String> keyless =
        portal().submit(null, PortalClient.birthRegistration(reference(), 5));
    assertProblem(keyless, 400, "idempotency-key-required", "Idempotency-Key header is required");

    HttpResponse<String> sameReference =
        portal().submit(key(), PortalClient.birthRegistration(reference, 3));
    assertProblem(sameReference, 409, "portal-reference-taken", reference);
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM dossier WHERE applicant_id_number IN (?, ?, ?)",
                "022187800003",
                "022187800004",
                "022187800005"))
        .isOne();
  }

  @Test
  void everyRefusalIsAPreciseProblemAndLeavesNothing() throws Exception {
    String ok = PortalClient.birthRegistration("DVCQG-REFUSED", 6);
    byte[] text = "Just words, not a PDF at all".getBytes(StandardCharsets.UTF_8);
    Map<String, Refusal> cases =
        Map.ofEntries(
            Map.entry("{\"portalReference\": ", new Refusal(400, "malformed-json", "line 1")),
            Map.entry(
                ok.replace("\"dateOfBirth\": \"1987-03-04\"", "\"dateOfBirth\": 19870304"),
                new Refusal(
                    400,
                    "validation",
                    "applicant.dateOfBirth: must be a date yyyy-MM-dd, not a number")),
            Map.entry(
                ok.replace(PortalClient.BIRTH, "9.999999"),
                new Refusal(422, "unknown-procedure", "No procedure with code 9.999999")),
            Map.entry(
                ok.replace(PortalClient.HONG_GAI_CENTER, "TTPVHCC-NOWHERE"),
                new Refusal(422, "unknown-center", "TTPVHCC-NOWHERE")),
            Map.entry(
                ok.replace(PortalClient.BIRTH, "1.116555"),
                new Refusal(
                    422, "provincial-center-only", "received only at the provincial center")),
            Map.entry(
                ok.replace("022187800006", "022187800"),
                new Refusal(400, "validation", "applicant.idNumber: ")),
            Map.entry(
                ok.replaceFirst("\"contentBase64\": \"[^\"]+\"", "\"contentBase64\": \"%%%\""),
                new Refusal(400, "validation", "documents[0].contentBase64: is not base64")),
            Map.entry(
                PortalClient.submission(
                    "DVCQG-REFUSED",
                    "022187800006",
                    PortalClient.document("1", new byte[2 * 1024 * 1024])),
                new Refusal(413, "file-too-large", "to-khai.pdf")),
            Map.entry(
                PortalClient.submission(
                    "DVCQG-REFUSED",
                    "022187800006",
                    PortalClient.document("1", new byte[4 * 1024 * 1024])),
                new Refusal(413, "request-too-large", "The body is larger than")),
            Map.entry(
                PortalClient.submission(
                    "DVCQG-REFUSED", "022187800006", PortalClient.document("1", text)),
                new Refusal(422, "file-type-not-accepted", "to-khai.pdf")),
            Map.entry(
                PortalClient.submission(
                    "DVCQG-REFUSED", "022187800006", PortalClient.document("7", PortalClient.PDF)),
                new Refusal(
                    422,
                    "unknown-requirement",
                    "documents[0]: the procedure's checklist has no document 7")),
            Map.entry(
                ok.replace("application/pdf", "image/png"),
                new Refusal(
                    422,
                    "content-type-mismatch",
                    "contentType says image/png but the content is application/pdf")),
            Map.entry(
                ok.replace("to-khai.pdf", "to-khai.png"),
                new Refusal(422, "file-name-mismatch", "to-khai.png")));
    String before = stored();
    SoftAssertions softly = new SoftAssertions();
    for (var refused : cases.entrySet()) {
      HttpResponse<String> answer = portal().submit(key(), refused.getKey());
      Refusal expected = refused.getValue();
      softly.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected.status());
      softly
          .assertThat(answer.headers().firstValue("Content-Type").orElse(""))
          .as(answer.body())
          .startsWith("application/problem+json");
      softly.assertThat(answer.body()).as("type").contains("/problems/" + expected.type());
      softly
          .assertThat(answer.statusCode() < 500 ? json(answer.body()).getString("detail", "") : "")
          .as(answer.body())
          .contains(expected.detail());
    }
    softly.assertAll();
    assertThat(stored()).as("no dossier, file, key or reference kept").isEqualTo(before);
    assertThat(
            TestDatabase.numberOnceWritten(
                n -> n >= cases.size(),
                "SELECT count(*) FROM portal_exchange WHERE direction = 'IN' AND result = 'REFUSED'"
                    + " AND error_code IS NOT NULL AND http_status BETWEEN 400 AND 499"))
        .as("each refusal logged with its problem type")
        .isGreaterThanOrEqualTo(cases.size());
  }

  record Refusal(int status, String type, String detail) {}

  @Test
  void thePortalReadsTheDossiersItSubmittedAndNoOther() throws Exception {
    HttpResponse<String> submitted =
        portal().submit(key(), PortalClient.birthRegistration(reference(), 7));
    String code = json(submitted.body()).getString("code");

    HttpResponse<String> read = portal().get(code);
    assertThat(read.statusCode()).isEqualTo(200);
    JsonObject dossier = json(read.body());
    assertThat(dossier.getString("code")).isEqualTo(code);
    assertThat(dossier.getString("procedureCode")).isEqualTo(PortalClient.BIRTH);
    assertThat(dossier.getInt("statusCode")).isEqualTo(1);
    assertThat(dossier.isNull("receivedAt")).isTrue();
    assertThat(dossier.getJsonArray("history")).hasSize(1);
    assertThat(dossier.getJsonArray("history").getJsonObject(0).getInt("statusCode")).isEqualTo(1);
    assertThat(dossier.getJsonArray("results")).isEmpty();
    assertThat(read.body()).doesNotContain("022187800007");

    String notThePortals =
        OnlineDossiers.register(
            base,
            PortalClient.BIRTH,
            PortalClient.HONG_GAI_CENTER_ID,
            "022187800008",
            "1987-03-04",
            false);
    assertProblem(portal().get(notThePortals), 404, "dossier-not-found", notThePortals);
    assertProblem(
        portal().get("000.20.09.H22-000000-0000"), 404, "dossier-not-found", "No dossier");
  }

  @Test
  void aSupplementIsTakenOnlyWhenAskedForAndAWithdrawalEndsTheDossier() throws Exception {
    String code =
        json(portal().submit(key(), PortalClient.birthRegistration(reference(), 9)).body())
            .getString("code");
    String supplement = "{\"documents\": " + PortalClient.document("1", PortalClient.PDF) + "}";

    assertProblem(
        portal().post("api/v1/portal/dossiers/" + code + "/supplements", key(), supplement),
        409,
        "not-awaiting-supplement",
        "status is 1");

    askSupplement(code);
    assertThat(status(code)).isEqualTo(5);
    String key = key();
    HttpResponse<String> sent =
        portal().post("api/v1/portal/dossiers/" + code + "/supplements", key, supplement);
    HttpResponse<String> sentAgain =
        portal().post("api/v1/portal/dossiers/" + code + "/supplements", key, supplement);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(json(sent.body()).getInt("statusCode")).isEqualTo(2);
    assertThat(sentAgain.body()).isEqualTo(sent.body());
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM dossier_document x JOIN dossier d ON d.id = x.dossier_id"
                    + " WHERE d.code = ? AND x.supplement_round = 1",
                code))
        .as("the supplement was taken once")
        .isOne();

    String withdrawal = "{\"reason\": \"Gia đình đã đăng ký ở nơi khác\"}";
    HttpResponse<String> withdrawn =
        portal().post("api/v1/portal/dossiers/" + code + "/withdrawal", key(), withdrawal);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(json(withdrawn.body()).getInt("statusCode")).isEqualTo(7);
    HttpResponse<String> late =
        portal().post("api/v1/portal/dossiers/" + code + "/withdrawal", key(), withdrawal);
    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(status(code)).isEqualTo(7);
  }

  @Test
  void whatThePortalSendsAndGetsFollowsTheOpenApiDocument() throws Exception {
    // Payara adds a member of its own, "endpoints", which OpenAPI 3 does not know and the
    // validator's parser refuses: the contract is the rest.
    JsonObject published =
        json(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                        .header("Accept", "application/json")
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    OpenApiInteractionValidator contract =
        OpenApiInteractionValidator.createForInlineApiSpecification(
                Json.createObjectBuilder(published).remove("endpoints").build().toString())
            .build();
    // The document's paths start at the server's root, the application's context included.
    String dossiers = URI.create(base.toString()).getPath() + "api/v1/portal/dossiers";
    String key = key();
    String body = PortalClient.birthRegistration(reference(), 11);
    HttpResponse<String> submitted = portal().submit(key, body);
    String code = json(submitted.body()).getString("code");
    assertFollows(contract, "POST", dossiers, key, body, submitted);
    assertFollows(contract, "GET", dossiers + "/" + code, null, null, portal().get(code));
    askSupplement(code);
    String supplement = "{\"documents\": " + PortalClient.document("1", PortalClient.PDF) + "}";
    key = key();
    assertFollows(
        contract,
        "POST",
        dossiers + "/" + code + "/supplements",
        key,
        supplement,
        portal().post("api/v1/portal/dossiers/" + code + "/supplements", key, supplement));
    String withdrawal = "{\"reason\": \"Không cần nữa\"}";
    key = key();
    assertFollows(
        contract,
        "POST",
        dossiers + "/" + code + "/withdrawal",
        key,
        withdrawal,
        portal().post("api/v1/portal/dossiers/" + code + "/withdrawal", key, withdrawal));

    // What the document forbids, the server refuses too: missing members and values outside an
    // enumeration. (The validator lets a JSON value of another type through where the document
    // says string or object; the server names those itself, see everyRefusalIsAPreciseProblem.)
    for (String refused :
        List.of(
            body.replace("\"procedureCode\": \"1.001193\",", ""),
            body.replace("\"ONLINE\"", "\"BY_PIGEON\""),
            body.replace("\"CITIZEN\"", "\"ALIEN\""))) {
      assertThat(contract.validateRequest(request("POST", dossiers, key(), refused)).hasErrors())
          .as("the document refuses %s", refused)
          .isTrue();
      assertThat(portal().submit(key(), refused).statusCode()).isEqualTo(400);
    }
  }

  private static void assertFollows(
      OpenApiInteractionValidator contract,
      String method,
      String path,
      String key,
      String body,
      HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    SimpleResponse.Builder response =
        SimpleResponse.Builder.status(answer.statusCode()).withBody(answer.body());
    answer.headers().map().forEach((name, values) -> response.withHeader(name, values));
    ValidationReport report = contract.validate(request(method, path, key, body), response.build());
    assertThat(report.getMessages()).as("%s %s", method, path).isEmpty();
  }

  private static SimpleRequest request(String method, String path, String key, String body) {
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(method, path)
            .withHeader("Authorization", "Bearer " + PortalTokens.valid())
            .withAccept("application/json");
    if (key != null) {
      request.withHeader("Idempotency-Key", key);
    }
    if (body != null) {
      request.withContentType("application/json").withBody(body);
    }
    return request.build();
  }

  @Test
  void withoutThePortalsTokenNothingAnswers() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/portal/dossiers"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        PortalClient.birthRegistration(reference(), 10)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM dossier WHERE applicant_id_number = ?", "022187800010"))
        .isZero();
  }

  private void askSupplement(String code) throws Exception {
    HttpResponse<String> asked =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + "api/v1/test-online-dossiers/"
                                + code
                                + "/supplement-request?center="
                                + PortalClient.HONG_GAI_CENTER_ID))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
  }

  private static int status(String code) throws Exception {
    return TestDatabase.number("SELECT status FROM dossier WHERE code = ?", code);
  }

  /** The rows and files a request could leave behind. */
  private static String stored() throws Exception {
    long files;
    try (Stream<Path> all = Files.walk(TestDatabase.filesDir())) {
      files = all.filter(Files::isRegularFile).count();
    }
    return "dossiers="
        + TestDatabase.number("SELECT count(*) FROM dossier")
        + " storedFiles="
        + TestDatabase.number("SELECT count(*) FROM stored_file")
        + " keys="
        + TestDatabase.number("SELECT count(*) FROM portal_request")
        + " references="
        + TestDatabase.number("SELECT count(*) FROM portal_dossier")
        + " files="
        + files;
  }

  private static void assertProblem(
      HttpResponse<String> answer, int status, String type, String detail) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonObject problem = json(answer.body());
    assertThat(problem.getString("type")).isEqualTo("/problems/" + type);
    assertThat(problem.getString("detail")).contains(detail);
  }

  static <T> List<T> all(int threads, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<T>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(call);
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
