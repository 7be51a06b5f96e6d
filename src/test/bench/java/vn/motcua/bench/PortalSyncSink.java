package vn.motcua.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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

  PortalSyncSink(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress("localhost", port), 256);
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
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, SUCCESS.length);
      reply.write(SUCCESS);
    }
  }

  long received() {
    return received.get();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
