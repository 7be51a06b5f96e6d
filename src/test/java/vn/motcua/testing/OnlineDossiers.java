package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Browser tests' dossiers, sent through the test-only {@link OnlineDossierProbe}. */
public final class OnlineDossiers {

  private OnlineDossiers() {}

  /**
   * Registers a dossier online for a center, for a woman born on {@code birthDate}; returns its
   * code.
   *
   * @param forwarded accepted and forwarded, to wait at its second step
   */
  public static String register(
      URL base,
      String procedureCode,
      long centerId,
      String idNumber,
      String birthDate,
      boolean forwarded)
      throws Exception {
    return send(base, procedureCode, centerId, idNumber, birthDate, forwarded, false, false);
  }

  /** As {@link #register}, accepted and forwarded, its first document with a scanned PDF. */
  public static String scanned(URL base, String procedureCode, long centerId, String idNumber)
      throws Exception {
    return send(base, procedureCode, centerId, idNumber, "1993-05-06", true, false, true);
  }

  /** As {@link #register}, then taken through every step: its result waits for return. */
  public static String finished(
      URL base, String procedureCode, long centerId, String idNumber, String birthDate)
      throws Exception {
    return send(base, procedureCode, centerId, idNumber, birthDate, true, true, false);
  }

  private static String send(
      URL base,
      String procedureCode,
      long centerId,
      String idNumber,
      String birthDate,
      boolean forwarded,
      boolean finished,
      boolean scanned)
      throws Exception {
    String body =
        String.format(
            "{\"procedureCode\":\"%s\",\"centerId\":%d,\"idNumber\":\"%s\","
                + "\"birthDate\":\"%s\",\"forwarded\":%b,\"finished\":%b,\"scanned\":%b}",
            procedureCode, centerId, idNumber, birthDate, forwarded, finished, scanned);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("api/v1/test-online-dossiers"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body().replaceAll(".*\"code\":\"([^\"]+)\".*", "$1");
  }
}
