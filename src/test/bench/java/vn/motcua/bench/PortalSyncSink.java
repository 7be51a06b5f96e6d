package vn.motcua.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The national portal's sync endpoint as the benchmark's server delivers to it: it reads each
 * message whole and answers success ({@code error_code} "0"), as the real portal does, from
 * Gatling's JVM. The portal is not on the province's machine: with the demo's simulator inside
 * MotCua, the server would also pay for the portal's end of every message (an HTTP request, its
 * JSON checked and recorded), two per submission. Here that work is charged to the client's column,
 * and the server pays only its own: taking, sending and recording its messages.
 */
final class PortalSyncSink implements AutoCloseable {

  private static final byte[] SUCCESS =
      "{\"error_code\":\"0\",\"message\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(16);
  private final AtomicLong received = new AtomicLong();
  private volatile long lastNanos = System.nanoTime();

  PortalSyncSink(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress("localhost", port), 1024);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot listen on port " + port + " for the sync", e);
    }
    server.createContext("/sync", this::answer);
    server.setExecutor(threads);
    server.start();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody();
        OutputStream reply = exchange.getResponseBody()) {
      body.readAllBytes();
      received.incrementAndGet();
      lastNanos = System.nanoTime();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, SUCCESS.length);
      reply.write(SUCCESS);
    }
  }

  long received() {
    return received.get();
  }

  /**
   * Waits until no message has come for {@code quiet} (longer than the relay's first backoff, so
   * that retries are waited for), at most {@code max}: the relay has caught up with what the load
   * left waiting.
   *
   * @return from the call to the last message received, zero when none came after the call
   */
  Duration awaitQuiet(Duration quiet, Duration max) throws InterruptedException {
    long start = System.nanoTime();
    while (System.nanoTime() - lastNanos < quiet.toNanos()
        && System.nanoTime() - start < max.toNanos()) {
      Thread.sleep(500);
    }
    return Duration.ofNanos(Math.max(0, lastNanos - start));
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
