package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Java Flight Recorder in the server's JVM, driven with {@code jcmd}. The recording starts with the
 * submissions' warm-up, not with their measured phase: starting it makes the JVM compile much of
 * its code again (10,388 compilations in the 50 s after {@code JFR.start}), and a recording started
 * at the measured phase profiled a recompiling server. {@link JfrHotspots} reads only the measured
 * phase's samples out of it.
 */
final class FlightRecorder {

  private final long pid;
  private final Path file;

  FlightRecorder(long pid, Path file) {
    this.pid = pid;
    this.file = file.toAbsolutePath();
  }

  void start() {
    // Payara's stacks are deep: the default depth (64) cuts off where a request began.
    jcmd("JFR.configure", "stackdepth=256");
    jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + file);
  }

  void stop() {
    jcmd("JFR.stop", "name=bench");
  }

  private void jcmd(String... command) {
    String[] line = new String[command.length + 2];
    line[0] = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    line[1] = Long.toString(pid);
    System.arraycopy(command, 0, line, 2, command.length);
    try {
      Process jcmd = new ProcessBuilder(line).inheritIO().start();
      if (jcmd.waitFor() != 0) {
        throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run jcmd", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
