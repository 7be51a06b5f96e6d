package vn.motcua.population.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.motcua.population.CitizenId;
import vn.motcua.population.PopulationLookup;
import vn.motcua.population.Resident;

/**
 * Asks the population database over HTTP ({@link PopulationContract}) and turns every answer into a
 * {@link PopulationLookup}: a person, nobody, or unavailable for any failure (no connection, no
 * complete answer within the timeout, an error status, an answer that breaks the contract). It
 * never throws for the database's faults, and its reasons hold no personal data.
 *
 * <p>Plain Java on the JDK's {@link HttpClient}, so that it is tested without a container.
 */
final class PopulationClient {

  private final HttpClient http;
  private final Duration timeout;
  private final String apiKeyHeader;
  private final String apiKey;

  /**
   * @param timeout the longest a whole look-up may take: connection, request and complete answer
   * @param apiKeyHeader the header that carries the key
   * @param apiKey MotCua's key, or blank to send none
   */
  PopulationClient(Duration timeout, String apiKeyHeader, String apiKey) {
    this.timeout = timeout;
    this.apiKeyHeader = apiKeyHeader;
    this.apiKey = apiKey == null ? "" : apiKey;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Looks the number up at the service whose base URL is given.
   *
   * @param base the service's base URL, e.g. {@code https://dancu.example/api}
   */
  PopulationLookup lookUp(URI base, CitizenId id) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(lookupUri(base))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(PopulationContract.request(id.value())));
    if (!apiKey.isBlank()) {
      request.header(apiKeyHeader, apiKey);
    }
    HttpResponse<String> response;
    try {
      response = send(request.build());
    } catch (Unanswered e) {
      return PopulationLookup.unavailable(e.getMessage());
    }
    return read(response.statusCode(), response.body(), id);
  }

  static URI lookupUri(URI base) {
    String text = base.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text + PopulationContract.LOOKUP_PATH);
  }

  /** The whole exchange, body included, within the timeout (the request's own covers headers). */
  private HttpResponse<String> send(HttpRequest request) {
    CompletableFuture<HttpResponse<String>> exchange =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new Unanswered("no complete answer within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new Unanswered("interrupted while waiting for the answer");
    } catch (ExecutionException e) {
      throw new Unanswered(describe(e.getCause()));
    }
  }

  private String describe(Throwable failure) {
    if (failure instanceof HttpConnectTimeoutException) {
      return "no connection within " + timeout.toMillis() + " ms";
    }
    if (failure instanceof HttpTimeoutException) {
      return "no answer within " + timeout.toMillis() + " ms";
    }
    if (failure instanceof ConnectException) {
      return "connection refused";
    }
    if (failure instanceof IOException) {
      return "I/O failure (" + failure.getClass().getSimpleName() + ")";
    }
    return "failure (" + (failure == null ? "unknown" : failure.getClass().getSimpleName()) + ")";
  }

  /** The answer read by the contract; the body's text never goes into a reason. */
  static PopulationLookup read(int status, String body, CitizenId asked) {
    try {
      if (status == 200) {
        return PopulationLookup.found(resident(object(body), asked));
      }
      if (status == 404 && isError(body, PopulationContract.NOT_FOUND)) {
        return PopulationLookup.notFound();
      }
      if (status == 401 || status == 403) {
        return PopulationLookup.unavailable("HTTP " + status + ": MotCua's key was refused");
      }
      if (status == 404) {
        return PopulationLookup.unavailable("HTTP 404 without the contract's answer: wrong URL?");
      }
      return PopulationLookup.unavailable("HTTP " + status);
    } catch (Malformed e) {
      return PopulationLookup.unavailable("answer breaks the contract: " + e.getMessage());
    }
  }

  private static boolean isError(String body, String code) {
    try {
      return code.equals(PopulationContract.errorCode(object(body)));
    } catch (Malformed | ClassCastException e) {
      return false;
    }
  }

  private static JsonObject object(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new Malformed("not a JSON object");
    }
  }

  private static Resident resident(JsonObject answer, CitizenId asked) {
    String idNumber = text(answer, PopulationContract.ID_NUMBER);
    if (!idNumber.equals(asked.value())) {
      throw new Malformed(PopulationContract.ID_NUMBER + " is not the number asked for");
    }
    String fullName = text(answer, PopulationContract.FULL_NAME);
    LocalDate birthDate;
    try {
      birthDate = PopulationContract.date(text(answer, PopulationContract.BIRTH_DATE));
    } catch (DateTimeParseException e) {
      throw new Malformed(PopulationContract.BIRTH_DATE + " is not a yyyyMMdd date");
    }
    Resident.Gender gender = PopulationContract.gender(text(answer, PopulationContract.GENDER));
    if (gender == null) {
      throw new Malformed(PopulationContract.GENDER + " is neither 1 nor 2");
    }
    JsonValue residence = answer.get(PopulationContract.PERMANENT_RESIDENCE);
    if (!(residence instanceof JsonObject place)) {
      throw new Malformed(PopulationContract.PERMANENT_RESIDENCE + " is missing");
    }
    String unitCode = text(place, PopulationContract.UNIT_CODE);
    if (!unitCode.matches("[0-9]{5}")) {
      throw new Malformed(PopulationContract.UNIT_CODE + " is not 5 digits");
    }
    return new Resident(
        idNumber, fullName, birthDate, gender, text(place, PopulationContract.ADDRESS), unitCode);
  }

  private static String text(JsonObject object, String name) {
    if (object.get(name) instanceof JsonString value && !value.getString().isBlank()) {
      return value.getString().strip();
    }
    throw new Malformed(name + " is missing");
  }

  /** The database gave no answer to read. */
  private static final class Unanswered extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unanswered(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The answer breaks the contract; the message names the field, never its value. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String reason) {
      super(reason, null, false, false);
    }
  }
}
