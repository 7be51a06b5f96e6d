package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff's session without a browser: signs in through the login form as the browser
 * would post it, then asks for addresses, following no redirect, so that a test sees exactly what
 * the server answers (a 302 to the login page, a 403, a 404). For tests that walk many addresses as
 * many people, where a browser per person would be slow and would hide the status codes.
 */
public final class StaffClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http;

  private StaffClient(URL base) {
    try {
      this.base = base.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            // As a browser speaks to a server without TLS.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Nobody signed in. */
  public static StaffClient anonymous(URL base) {
    return new StaffClient(base);
  }

  /** Signs in on the login form; fails the test unless the form sends the person home. */
  public static StaffClient signedIn(URL base, String username, String password) {
    StaffClient client = new StaffClient(base);
    Matcher state = VIEW_STATE.matcher(client.get("login.xhtml").text());
    assertThat(state.find()).as("the login form's view state").isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    fields.put("jakarta.faces.ViewState", state.group(1));
    Answer answer = client.post("login.xhtml", fields);
    assertThat(answer.status()).as("signing in as %s", username).isEqualTo(302);
    assertThat(answer.header("Location")).as("signing in as %s", username).endsWith("/home.xhtml");
    return client;
  }

  /** A GET of an address relative to the application, answered as it comes. */
  public Answer get(String path) {
    return get(path, "*/*");
  }

  /** A GET asking for one type of answer ({@code Accept}). */
  public Answer get(String path, String accept) {
    HttpResponse<byte[]> response =
        send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET());
    return new Answer(response.statusCode(), response.headers(), response.body());
  }

  /** A GET with more headers ({@code Authorization}...), answered as it comes. */
  public Answer get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    headers.forEach(request::header);
    HttpResponse<byte[]> response = send(request);
    return new Answer(response.statusCode(), response.headers(), response.body());
  }

  /** A request of any method with a JSON body, answered as it comes. */
  public Answer send(String method, String path, String json) {
    HttpResponse<byte[]> response =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    return new Answer(response.statusCode(), response.headers(), response.body());
  }

  /** A form POST of the fields, as a browser would send them. */
  public Answer post(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<byte[]> response =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    return new Answer(response.statusCode(), response.headers(), response.body());
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the server answered: its status, headers and body, exactly. */
  public record Answer(int status, HttpHeaders headers, byte[] body) {

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }
}
