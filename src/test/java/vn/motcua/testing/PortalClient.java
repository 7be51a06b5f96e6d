package vn.motcua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The national portal as a client of MotCua's portal API, for tests: a fresh bearer token on every
 * call, the body as given, the answer as it came. Also the bodies a portal sends.
 */
public final class PortalClient {

  /** The smallest file the store recognises as a PDF. */
  public static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** The birth registration, received at any commune center; its form is checklist item 1. */
  public static final String BIRTH = "1.001193";

  public static final String HONG_GAI_CENTER = "TTPVHCC-HONG-GAI";
  public static final long HONG_GAI_CENTER_ID = 10;

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public PortalClient(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  /** {@code POST api/v1/portal/dossiers} with this key (none when null). */
  public HttpResponse<String> submit(String key, String body) {
    return post("api/v1/portal/dossiers", key, body);
  }

  public HttpResponse<String> get(String code) {
    return send(request("api/v1/portal/dossiers/" + code).GET().build());
  }

  /** A POST under the portal's dossiers, e.g. {@code api/v1/portal/dossiers/X/withdrawal}. */
  public HttpResponse<String> post(String path, String key, String body) {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return send(request.build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + PortalTokens.valid());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A birth registration at Hồng Gai's center by a woman born in 1987 living there (ID numbers
   * 0221878xxxxx, which no other test uses), with the form as a PDF.
   *
   * @param idSequence the last five digits of her ID number, to tell applicants apart
   */
  public static String birthRegistration(String portalReference, int idSequence) {
    return submission(
        portalReference, String.format("0221878%05d", idSequence), document("1", PDF));
  }

  /** A submission of the birth registration with these documents (a JSON list). */
  public static String submission(String portalReference, String idNumber, String documents) {
    return """
        {"portalReference": "%s", "procedureCode": "%s", "receivingCenterCode": "%s",
         "applicant": {"type": "CITIZEN", "idNumber": "%s", "fullName": "Lê Thị Trực Tuyến",
                       "dateOfBirth": "1987-03-04", "gender": "FEMALE", "phone": "0912000111",
                       "address": "Tổ 1, khu 2, phường Hồng Gai", "addressUnitCode": "00541"},
         "documents": %s,
         "returnMethod": "ONLINE"}
        """
        .formatted(portalReference, BIRTH, HONG_GAI_CENTER, idNumber, documents);
  }

  /** A one-document list: the checklist item, a PDF named to-khai.pdf with this content. */
  public static String document(String requirementCode, byte[] content) {
    return "[{\"requirementCode\": \""
        + requirementCode
        + "\", \"fileName\": \"to-khai.pdf\", \"contentType\": \"application/pdf\","
        + " \"contentBase64\": \""
        + Base64.getEncoder().encodeToString(content)
        + "\"}]";
  }
}
