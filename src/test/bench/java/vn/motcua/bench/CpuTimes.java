package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time used so far, read from Linux's {@code /proc}: by the server's JVM, by PostgreSQL (the
 * postmaster, its live children and those it has reaped), by this load generator, and by the whole
 * machine (busy, all cores). Two samples around a phase say where its CPU went.
 *
 * @param server seconds of the Payara Micro JVM
 * @param database seconds of PostgreSQL
 * @param client seconds of this JVM (the load generator)
 * @param machine busy seconds of every core together, whoever used them
 */
record CpuTimes(double server, double database, double client, double machine) {

  /** Clock ticks per second of {@code /proc}: 100 on every Linux this runs on. */
  private static final double TICKS = 100.0;

  static CpuTimes sample(long serverPid, long databasePid) {
    return new CpuTimes(
        serverPid > 0 ? ticks(serverPid, false) / TICKS : Double.NaN,
        databasePid > 0 ? database(databasePid) / TICKS : Double.NaN,
        ticks(ProcessHandle.current().pid(), false) / TICKS,
        machineTicks() / TICKS);
  }

  CpuTimes minus(CpuTimes earlier) {
    return new CpuTimes(
        server - earlier.server,
        database - earlier.database,
        client - earlier.client,
        machine - earlier.machine);
  }

  private static long database(long postmaster) {
    long total = ticks(postmaster, true);
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        String[] stat = stat(process.resolve("stat"));
        if (stat != null && Long.parseLong(stat[1]) == postmaster) {
          total += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return total;
  }

  /** utime + stime of a process, and of its reaped children when asked. */
  private static long ticks(long pid, boolean withChildren) {
    String[] stat = stat(Path.of("/proc", Long.toString(pid), "stat"));
    if (stat == null) {
      return -1;
    }
    long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    if (withChildren) {
      ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
    }
    return ticks;
  }

  /**
   * The fields of {@code /proc/PID/stat} after the command name (which may hold spaces): [0] is the
   * state, [1] the parent's pid, [11] utime, [12] stime, [13] cutime, [14] cstime.
   */
  private static String[] stat(Path file) {
    try {
      String line = Files.readString(file);
      return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Busy ticks of all cores: user, nice, system, irq, softirq (not idle, I/O wait, steal). */
  private static long machineTicks() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
      String[] cpu = lines.get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < cpu.length && i <= 7; i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(cpu[i]);
        }
      }
      return busy;
    } catch (IOException e) {
      return -1;
    }
  }
}
