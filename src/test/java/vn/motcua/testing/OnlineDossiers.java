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
    String body =
        String.format(
            "{\"procedureCode\":\"%s\",\"centerId\":%d,\"idNumber\":\"%s\","
                + "\"birthDate\":\"%s\",\"forwarded\":%b}",
            procedureCode, centerId, idNumber, birthDate, forwarded);
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
