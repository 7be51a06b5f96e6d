package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during the measured submissions, from the Java Flight Recording the
 * benchmark takes with {@code --profile}: the share of execution samples inside each step of a
 * submission (a sample counts for every step on its stack), the packages of the sampled methods
 * themselves, and the garbage collector's pauses.
 *
 * <p>The recording starts with the warm-up (see {@link FlightRecorder}); give the measured phase's
 * first and last instants, in milliseconds since the epoch, to count only its samples:
 *
 * <pre>java -cp target/test-classes vn.motcua.bench.JfrHotspots target/bench/portal-submission.jfr
 *     [FROM TO]
 * </pre>
 */
public final class JfrHotspots {

  /** Steps of a submission, by a frame on the stack: class name prefix and method. */
  private static final Map<String, Predicate<String>> STEPS = new LinkedHashMap<>();

  static {
    step("HTTP request, whole (Grizzly worker)", "org.glassfish.grizzly.", null);
    step("bearer token check", "vn.motcua.security.internal.PortalTokenAuthentication", null);
    step("  of which RSA signature verification", "sun.security.rsa.", null);
    step("JAX-RS resource method, whole", "vn.motcua.portal.api.PortalDossierResource", "submit");
    step("  body read into a String", "vn.motcua.portal.api.PortalDossierResource", "read");
    step("  JSON parse (Parsson)", "vn.motcua.portal.api.PortalJson", "object");
    step("  canonical JSON + SHA-256 of the body", "vn.motcua.portal.api.PortalJson", "canonical");
    step("  fields read, base64 decoded", "vn.motcua.portal.api.PortalJson", "submission");
    step("  PortalService.submit (EJB), whole", "vn.motcua.portal.PortalService", "submit");
    step("    idempotency key and portal rows", "vn.motcua.portal.internal.PortalRequests", null);
    step("    file store, whole", "vn.motcua.document.FileStore", "store");
    step(
        "      copy to a temporary file + SHA-256",
        "vn.motcua.document.internal.StoreFolder",
        "receive");
    step("      content type (Tika)", "vn.motcua.document.internal.ContentTypes", null);
    step("    catalog and center look-ups", "vn.motcua.catalog.", null);
    step(
        "    reception (routing, aggregate, insert)",
        "vn.motcua.dossier.ReceptionService",
        "register");
    step("    reply to JSON (JSON-B)", "org.eclipse.yasson.", null);
    step("  Bean Validation", "org.hibernate.validator.", null);
    step("transaction commit (JTA)", "com.sun.enterprise.transaction.", "commit");
    step("EclipseLink", "org.eclipse.persistence.", null);
    step("PostgreSQL JDBC driver", "org.postgresql.", null);
    step("logging", "java.util.logging.", null);
  }

  private JfrHotspots() {}

  private static void step(String name, String classPrefix, String method) {
    STEPS.put(
        name,
        frame -> {
          int dot = frame.lastIndexOf('.');
          return frame.startsWith(classPrefix)
              && (method == null || frame.substring(dot + 1).equals(method));
        });
  }

  public static void main(String[] args) throws IOException {
    List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
    Instant from = args.length > 2 ? Instant.ofEpochMilli(Long.parseLong(args[1])) : Instant.MIN;
    Instant to = args.length > 2 ? Instant.ofEpochMilli(Long.parseLong(args[2])) : Instant.MAX;
    Map<String, Integer> steps = new LinkedHashMap<>();
    STEPS.keySet().forEach(step -> steps.put(step, 0));
    Map<String, Integer> leaves = new TreeMap<>();
    int samples = 0;
    long gcPauses = 0;
    Duration gcPause = Duration.ZERO;
    for (RecordedEvent event : events) {
      if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
        continue;
      }
      String type = event.getEventType().getName();
      if (type.equals("jdk.GarbageCollection")) {
        gcPauses++;
        gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
      }
      if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      samples++;
      RecordedStackTrace stack = event.getStackTrace();
      List<String> frames =
          stack.getFrames().stream().map(JfrHotspots::name).collect(Collectors.toList());
      for (Map.Entry<String, Predicate<String>> step : STEPS.entrySet()) {
        if (frames.stream().anyMatch(step.getValue())) {
          steps.merge(step.getKey(), 1, Integer::sum);
        }
      }
      if (!frames.isEmpty()) {
        leaves.merge(packageOf(frames.get(0)), 1, Integer::sum);
      }
    }
    int total = samples;
    System.out.printf(
        Locale.ROOT, "Server CPU of the measured submissions, %d execution samples:%n%n", total);
    System.out.println("| inside | share of samples |");
    System.out.println("|---|---|");
    steps.forEach(
        (step, count) ->
            System.out.printf(Locale.ROOT, "| %s | %.1f %% |%n", step, 100.0 * count / total));
    System.out.println();
    System.out.println("| sampled method's package (self time) | share of samples |");
    System.out.println("|---|---|");
    leaves.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(15)
        .forEach(
            leaf ->
                System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f %% |%n",
                    leaf.getKey(),
                    100.0 * leaf.getValue() / total));
    System.out.printf(
        Locale.ROOT,
        "%nGarbage collections: %d, pauses %d ms in all.%n",
        gcPauses,
        gcPause.toMillis());
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  /** The first three parts of a class's package: org.eclipse.persistence, java.util.regex... */
  private static String packageOf(String frame) {
    String[] parts = frame.split("\\.");
    int keep = Math.min(3, parts.length - 2);
    return String.join(".", List.of(parts).subList(0, Math.max(1, keep)));
  }
}
