package vn.motcua.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citizen ID numbers (CCCD: 12 digits) in the logs a build wrote, the check behind "no ID
 * number is ever logged": which files of the build folder are logs, how each is read, and how a
 * finding is shown without repeating the number. {@link LogScanIT} runs it after every other test.
 */
final class LogScan {

  /**
   * Exactly 12 digits, not part of a longer run of digits: a CCCD wherever it stands. Longer runs
   * (epoch milliseconds, nanoseconds, random temporary names) are not ID numbers.
   */
  static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

  /**
   * A UUID, whose last group is twelve hexadecimal digits: all decimal in one UUID of about 280
   * (Hazelcast's member id once was). Taken out before the scan, since no ID number is part of one.
   */
  private static final Pattern UUID =
      Pattern.compile(
          "(?i)(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])");

  /**
   * A long hexadecimal token: a session id (Payara's are 28 hexadecimal digits, and it logs them
   * when a session attribute cannot be serialized) or a hash. Twelve decimal digits in a row come
   * in one of them by chance (in about one session id of ten). Taken out before the scan: an ID
   * number beside letters ({@code CCCD022090001234}) is far shorter than 20.
   */
  private static final Pattern HEX_TOKEN =
      Pattern.compile("(?i)(?<![0-9a-z])[0-9a-f]{20,}(?![0-9a-z])");

  /** Characters of a line kept either side of its first number: enough to find the statement. */
  private static final int CONTEXT = 100;

  /** Colours in Payara's console output: noise in a failure message. */
  private static final Pattern ANSI_COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

  private static final List<String> CAPTURED_OUTPUT = List.of("system-out", "system-err");

  /** A line of a log that holds an ID number, with every number in it masked. */
  record Finding(Path file, int line, String excerpt) {

    @Override
    public String toString() {
      return file + ":" + line + ": " + excerpt;
    }
  }

  private LogScan() {}

  /**
   * The logs under the build folder written (or added to) since the build started, in path order:
   * files left by earlier builds are not this build's, and a run of one integration test must not
   * answer for the logs of a whole earlier suite.
   *
   * <ul>
   *   <li>{@code *-reports/*-output.txt}: what each test class of surefire and failsafe printed,
   *       redirected to a file; for an Arquillian test that includes Payara Micro's own log
   *       (arquillian.xml: outputToConsole) and the tests' PostgreSQL (zonky logs its output).
   *   <li>{@code *-reports/*.dump} and {@code *.dumpstream}: what a test JVM printed outside the
   *       reporting channel, and its thread dumps.
   *   <li>{@code *-reports/TEST-*.xml}: a report is not a log, but its {@code system-out} and
   *       {@code system-err} are what the tests printed. With the output redirected they repeat
   *       lines of the class's {@code -output.txt}, so a report is read only when that file is
   *       missing (a test run with the redirect off).
   *   <li>every {@code *.log} anywhere else, e.g. the run script's logs under {@code it/}; except
   *       the browser profiles under {@code it/browser}, whose {@code *.log} files are Chromium's
   *       LevelDB journals: the browser's stored data, not lines anyone logged.
   * </ul>
   */
  static List<Path> logsOf(Path build, Instant since) throws IOException {
    List<Path> logs = new ArrayList<>();
    if (!Files.isDirectory(build)) {
      return logs;
    }
    Path browserProfiles = build.resolve("it").resolve("browser");
    Files.walkFileTree(
        build,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return dir.equals(browserProfiles)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()
                && !attributes.lastModifiedTime().toInstant().isBefore(since)
                && isLog(file)) {
              logs.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // gone meanwhile (a temporary file), or unreadable
          }
        });
    logs.sort(null);
    return logs;
  }

  private static boolean isLog(Path file) {
    String name = file.getFileName().toString();
    Path folder = file.getParent();
    boolean inReports = folder != null && folder.getFileName().toString().endsWith("-reports");
    if (name.endsWith(".log")) {
      return true;
    }
    if (!inReports) {
      return false;
    }
    if (name.endsWith("-output.txt") || name.endsWith(".dump") || name.endsWith(".dumpstream")) {
      return true;
    }
    return name.startsWith("TEST-")
        && name.endsWith(".xml")
        && !Files.exists(folder.resolve(testClassOf(name) + "-output.txt"));
  }

  /** {@code TEST-a.b.C.xml} to {@code a.b.C}. */
  private static String testClassOf(String reportName) {
    return reportName.substring("TEST-".length(), reportName.length() - ".xml".length());
  }

  /** The lines of this log that hold an ID number; of a test report, only the captured output. */
  static List<Finding> scan(Path file) throws IOException {
    // Read leniently: a log may hold bytes that are not UTF-8, which must not hide the rest.
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      List<String> lines = reader.lines().toList();
      return file.getFileName().toString().endsWith(".xml")
          ? scanCapturedOutput(file, lines)
          : scanLines(file, lines);
    }
  }

  /** Every line that holds an ID number, numbered from 1. */
  static List<Finding> scanLines(Path file, List<String> lines) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      finding(file, i + 1, lines.get(i)).ifPresent(findings::add);
    }
    return findings;
  }

  /**
   * The lines of a test report's {@code system-out} and {@code system-err} that hold an ID number,
   * numbered as lines of the report; the rest of the report (the properties of the test JVM, the
   * failures) is not a log.
   */
  static List<Finding> scanCapturedOutput(Path file, List<String> lines) {
    List<Finding> findings = new ArrayList<>();
    String openElement = null;
    for (int i = 0; i < lines.size(); i++) {
      String rest = lines.get(i);
      StringBuilder captured = new StringBuilder();
      while (!rest.isEmpty()) {
        if (openElement == null) {
          int start = -1;
          for (String element : CAPTURED_OUTPUT) {
            int at = rest.indexOf("<" + element);
            if (at >= 0 && (start < 0 || at < start)) {
              start = at;
              openElement = element;
            }
          }
          int end = start < 0 ? -1 : rest.indexOf('>', start);
          if (end < 0) {
            openElement = null;
            break;
          }
          if (rest.charAt(end - 1) == '/') {
            openElement = null; // <system-out/>: nothing captured
          }
          rest = rest.substring(end + 1);
        } else {
          String close = "</" + openElement + ">";
          int end = rest.indexOf(close);
          if (end < 0) {
            captured.append(rest);
            break;
          }
          captured.append(rest, 0, end).append(' ');
          rest = rest.substring(end + close.length());
          openElement = null;
        }
      }
      finding(file, i + 1, captured.toString()).ifPresent(findings::add);
    }
    return findings;
  }

  private static Optional<Finding> finding(Path file, int line, String text) {
    String tokensOut =
        HEX_TOKEN.matcher(UUID.matcher(text).replaceAll("<uuid>")).replaceAll("<hex>");
    return ID_NUMBER.matcher(tokensOut).find()
        ? Optional.of(new Finding(file, line, excerpt(text)))
        : Optional.empty();
  }

  /**
   * The line around its first number, every number masked: the failure message of the scan is
   * itself printed and kept, and must not repeat what it found.
   */
  static String excerpt(String line) {
    String plain = ANSI_COLOUR.matcher(line).replaceAll("");
    Matcher first = ID_NUMBER.matcher(plain);
    // Masking keeps the length, so the window found on the plain line fits the masked one.
    String masked = mask(plain);
    if (!first.find()) {
      return masked.strip();
    }
    int from = Math.max(0, first.start() - CONTEXT);
    int to = Math.min(masked.length(), first.end() + CONTEXT);
    return (from > 0 ? "..." : "")
        + masked.substring(from, to).strip()
        + (to < masked.length() ? "..." : "");
  }

  /** Every ID number with only its last 3 digits left: enough to tell two findings apart. */
  static String mask(String text) {
    return ID_NUMBER.matcher(text).replaceAll(m -> "*********" + m.group().substring(9));
  }
}
