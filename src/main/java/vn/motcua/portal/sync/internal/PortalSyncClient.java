package vn.motcua.portal.sync.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.motcua.portal.sync.PortalSyncContract;

/**
 * Posts messages to the portal's sync endpoint ({@link PortalSyncContract}) and turns every ending
 * into a {@link Delivery}: success only for HTTP 2xx with {@code error_code} "0"; any other code,
 * any other status, no answer within the timeout or no connection is a failure. It never throws for
 * the portal's faults.
 *
 * <p>Plain Java on the JDK's {@link HttpClient}, so that it is tested without a container. The
 * messages of a batch (one per dossier) are sent at once and waited for together.
 */
final class PortalSyncClient {

  private final HttpClient http;
  private final Duration timeout;

  PortalSyncClient(Duration timeout) {
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** One body to post under its idempotency key (the outbox message's id). */
  record Outgoing(long messageId, String body) {

    @Override
    public String toString() {
      return "Outgoing[" + messageId + "]";
    }
  }

  /** Sends every body at once; the deliveries in the same order, all within about the timeout. */
  List<Delivery> send(URI endpoint, List<Outgoing> bodies) {
    long start = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> exchanges =
        bodies.stream()
            .map(
                body ->
                    http.sendAsync(
                        HttpRequest.newBuilder(endpoint)
                            .timeout(timeout)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header(
                                PortalSyncContract.IDEMPOTENCY_KEY, Long.toString(body.messageId()))
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    body.body(), StandardCharsets.UTF_8))
                            .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)))
            .toList();
    long deadline = start + timeout.toNanos();
    return exchanges.stream().map(exchange -> await(exchange, start, deadline)).toList();
  }

  private Delivery await(
      CompletableFuture<HttpResponse<String>> exchange, long start, long deadline) {
    HttpResponse<String> response;
    try {
      // The request's own timeout covers the headers; this one the whole body too.
      response = exchange.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return new Delivery(Delivery.Outcome.TIMEOUT, null, null, since(start));
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      return new Delivery(Delivery.Outcome.TIMEOUT, null, null, since(start));
    } catch (ExecutionException e) {
      return new Delivery(failure(e.getCause()), null, null, since(start));
    }
    return read(response.statusCode(), response.body(), since(start));
  }

  private static Delivery.Outcome failure(Throwable cause) {
    // HttpConnectTimeoutException is an HttpTimeoutException: no connection in time is a timeout.
    return cause instanceof HttpTimeoutException
        ? Delivery.Outcome.TIMEOUT
        : Delivery.Outcome.CONNECTION;
  }

  /** The reply classified by the contract. */
  static Delivery read(int status, String body, int millis) {
    if (status < 200 || status > 299) {
      String code = PortalSyncContract.errorCode(body);
      return new Delivery(Delivery.Outcome.HTTP_ERROR, status, shorten(code), millis);
    }
    String code = PortalSyncContract.errorCode(body);
    if (code == null) {
      return new Delivery(Delivery.Outcome.MALFORMED, status, null, millis);
    }
    return new Delivery(
        PortalSyncContract.SUCCESS.equals(code) ? Delivery.Outcome.OK : Delivery.Outcome.REFUSED,
        status,
        shorten(code),
        millis);
  }

  /** An error code is the portal's short code; anything longer is cut, never logged whole. */
  private static String shorten(String code) {
    return code == null || code.length() <= 32 ? code : code.substring(0, 32);
  }

  private static int since(long start) {
    return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
  }
}
