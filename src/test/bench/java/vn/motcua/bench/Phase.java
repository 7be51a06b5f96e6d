package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A phase of the benchmark: its users loop for a fixed time on one request. It knows when its first
 * user started and its last user ended, and samples the CPU times at both instants.
 */
final class Phase {

  final String name;
  final String request;
  final int users;
  final Duration duration;

  private final long serverPid;
  private final long databasePid;
  private final Path flightRecording;
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger ended = new AtomicInteger();
  private volatile long startNanos;
  private volatile long endNanos;
  private volatile CpuTimes startCpu;
  private volatile CpuTimes endCpu;
  private long[] times = new long[1 << 16];
  private int count;
  private int failed;

  Phase(
      String name,
      String request,
      int users,
      Duration duration,
      long serverPid,
      long databasePid,
      Path flightRecording) {
    this.name = name;
    this.request = request;
    this.users = users;
    this.duration = duration;
    this.serverPid = serverPid;
    this.databasePid = databasePid;
    this.flightRecording = flightRecording;
  }

  void userStarts() {
    if (started.getAndIncrement() == 0) {
      if (flightRecording != null) {
        // Payara's stacks are deep: the default depth (64) cuts off where a request began.
        jcmd("JFR.configure", "stackdepth=256");
        jcmd(
            "JFR.start",
            "name=bench",
            "settings=profile",
            "filename=" + flightRecording.toAbsolutePath());
      }
      startCpu = CpuTimes.sample(serverPid, databasePid);
      startNanos = System.nanoTime();
    }
  }

  void userEnds() {
    if (ended.incrementAndGet() == users) {
      endNanos = System.nanoTime();
      endCpu = CpuTimes.sample(serverPid, databasePid);
      if (flightRecording != null) {
        jcmd("JFR.stop", "name=bench");
      }
    }
  }

  /** Runs a diagnostic command in the server's JVM (Java Flight Recorder). */
  private void jcmd(String... command) {
    String[] line = new String[command.length + 2];
    line[0] = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    line[1] = Long.toString(serverPid);
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

  /**
   * Records an answer.
   *
   * @param status its HTTP status, 0 when none came (connection failure, time-out)
   * @param millis its response time as Gatling measured it
   */
  synchronized void answered(int status, long millis) {
    if (count == times.length) {
      times = Arrays.copyOf(times, count * 2);
    }
    times[count++] = millis;
    if (status != 201) {
      failed++;
    }
  }

  private synchronized String answers() {
    long[] sorted = Arrays.copyOf(times, count);
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "\"requests\":%d,\"failed\":%d,\"p50\":%d,\"p75\":%d,\"p95\":%d,\"p99\":%d,\"max\":%d",
        count,
        failed,
        percentile(sorted, 50),
        percentile(sorted, 75),
        percentile(sorted, 95),
        percentile(sorted, 99),
        count == 0 ? 0 : sorted[count - 1]);
  }

  /** Nearest rank: the smallest time that at least p % of the answers did not exceed. */
  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];
  }

  /** The phase as a JSON object: answers, wall time and CPU seconds, for the report. */
  String json() {
    if (endCpu == null) {
      return String.format(Locale.ROOT, "{\"request\":\"%s\",\"complete\":false}", request);
    }
    CpuTimes cpu = endCpu.minus(startCpu);
    return String.format(
        Locale.ROOT,
        "{\"request\":\"%s\",\"complete\":true,\"users\":%d,%s,\"seconds\":%.3f,"
            + "\"cpu\":{\"server\":%.2f,\"database\":%.2f,\"client\":%.2f,\"machine\":%.2f}}",
        request,
        users,
        answers(),
        (endNanos - startNanos) / 1e9,
        cpu.server(),
        cpu.database(),
        cpu.client(),
        cpu.machine());
  }
}
