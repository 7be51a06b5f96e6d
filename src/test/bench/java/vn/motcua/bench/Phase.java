package vn.motcua.bench;

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
  private final Runnable onStart;
  private final Runnable onEnd;
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger ended = new AtomicInteger();
  private volatile long startNanos;
  private volatile long endNanos;
  private volatile long startMillis;
  private volatile long endMillis;
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
      Runnable onStart,
      Runnable onEnd) {
    this.name = name;
    this.request = request;
    this.users = users;
    this.duration = duration;
    this.serverPid = serverPid;
    this.databasePid = databasePid;
    this.onStart = onStart;
    this.onEnd = onEnd;
  }

  void userStarts() {
    if (started.getAndIncrement() == 0) {
      onStart.run();
      startCpu = CpuTimes.sample(serverPid, databasePid);
      startNanos = System.nanoTime();
      startMillis = System.currentTimeMillis();
    }
  }

  void userEnds() {
    if (ended.incrementAndGet() == users) {
      endNanos = System.nanoTime();
      endMillis = System.currentTimeMillis();
      endCpu = CpuTimes.sample(serverPid, databasePid);
      onEnd.run();
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
            + "\"from\":%d,\"to\":%d,\"cpu\":{\"server\":%.2f,\"database\":%.2f,\"client\":%.2f,\"machine\":%.2f}}",
        request,
        users,
        answers(),
        (endNanos - startNanos) / 1e9,
        startMillis,
        endMillis,
        cpu.server(),
        cpu.database(),
        cpu.client(),
        cpu.machine());
  }
}
