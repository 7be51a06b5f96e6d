package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No log the build wrote holds a citizen ID number: every log of this run (see {@link
 * LogScan#logsOf}) is read for 12-digit numbers after all other tests. A plain JUnit test, run by
 * failsafe's {@code log-scan} execution after the main one (pom.xml); the build folder and the
 * start of the build come as the system properties {@code motcua.build.dir} and {@code
 * motcua.build.started}.
 */
class LogScanIT {

  /** Enough findings to see the pattern; the rest are counted. */
  private static final int SHOWN = 40;

  @Test
  void noLogOfThisBuildHoldsATwelveDigitNumber() throws IOException {
    Path build = Path.of(System.getProperty("motcua.build.dir", "target")).toAbsolutePath();
    List<Path> logs = LogScan.logsOf(build, buildStarted());
    List<LogScan.Finding> findings = new ArrayList<>();
    for (Path log : logs) {
      findings.addAll(LogScan.scan(log));
    }
    // In this test's own output: proof of what was read (failsafe drops JUnit's report entries).
    System.out.println("Read " + logs.size() + " log(s) of this build:");
    logs.forEach(log -> System.out.println("  " + build.getParent().relativize(log)));

    assertThat(findings).withFailMessage(() -> report(findings, build.getParent())).isEmpty();
  }

  /**
   * When Maven started (its {@code maven.build.timestamp}, in UTC to the second); the beginning of
   * time when the test runs outside Maven, so that every log is read.
   */
  private static Instant buildStarted() {
    String started = System.getProperty("motcua.build.started", "");
    if (started.isBlank()) {
      return Instant.EPOCH;
    }
    try {
      return Instant.parse(started);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "motcua.build.started is not an instant like 2026-01-31T08:00:00Z: " + started, e);
    }
  }

  private static String report(List<LogScan.Finding> findings, Path project) {
    String shown =
        findings.stream()
            .limit(SHOWN)
            .map(f -> new LogScan.Finding(project.relativize(f.file()), f.line(), f.excerpt()))
            .map(LogScan.Finding::toString)
            .collect(Collectors.joining("\n"));
    String more = findings.size() > SHOWN ? "\n... and " + (findings.size() - SHOWN) + " more" : "";
    return findings.size()
        + " log line(s) of this build hold a 12-digit number, as a citizen ID number is written"
        + " (numbers masked below). Never log an ID number (docs/security.md): hide it in"
        + " the toString of what carries it, or leave it out of the log statement.\n"
        + shown
        + more;
  }
}
