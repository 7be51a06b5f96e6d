package vn.motcua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The management port of the Payara Micro under test, where its health and metrics answer (as in
 * production: {@code payara/pre-boot-commands.asadmin}), on the loopback address only. Arquillian
 * starts one Payara per test class and does not wait for the previous one to end, so every start
 * gets a free port of its own: written, before Arquillian starts Payara, into the system properties
 * file that {@code arquillian.xml} hands to Payara Micro ({@code --systemproperties}).
 */
public final class ManagementPort implements BeforeAllCallback {

  private static volatile int port;

  @Override
  public void beforeAll(ExtensionContext context) {
    int free = freePort();
    Path file = TestDatabase.testDir().resolve("management.properties");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, "motcua.management.port=" + free + "\nmotcua.management.address=127.0.0.1\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    port = free;
  }

  /** The port of the Payara serving the current test class. */
  public static int port() {
    if (port == 0) {
      throw new IllegalStateException("No management port yet: is the test class a @MotcuaIT?");
    }
    return port;
  }

  /** An address on the management port, e.g. {@code uri("/health/ready")}. */
  public static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the management listener", e);
    }
  }
}
