package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log scan finds a 12-digit number in the logs it should read, and only there. */
class LogScanTest {

  private static final Path LOG = Path.of("target/it/server.log");

  @TempDir Path build;

  @Test
  void aLineWithAnIdNumberIsFoundWithItsLineNumberAndTheNumberMasked() {
    List<LogScan.Finding> findings =
        LogScan.scanLines(
            LOG,
            List.of(
                "INFO: Dossier received",
                "WARNING: Argument values: [ApplicantDetails[idNumber=022090001234, type=CITIZEN]]",
                "INFO: done"));

    assertThat(findings).hasSize(1);
    LogScan.Finding finding = findings.get(0);
    assertThat(finding.file()).isEqualTo(LOG);
    assertThat(finding.line()).isEqualTo(2);
    assertThat(finding.excerpt()).contains("idNumber=*********234").doesNotContain("022090001234");
    assertThat(finding.toString()).startsWith("target/it/server.log:2: ");
  }

  @Test
  void anIdNumberCountsWhateverStandsAroundIt() {
    assertThat(
            LogScan.scanLines(
                LOG,
                List.of(
                    "022090001234",
                    "cccd:022090001234.",
                    "CCCD022090001234",
                    "\u001B[1m022090001234\u001B[0m")))
        .extracting(LogScan.Finding::line)
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void longerOrShorterRunsOfDigitsAreNotIdNumbers() {
    assertThat(
            LogScan.scanLines(
                LOG,
                List.of(
                    "[timeMillis: 1795557140780] [levelValue: 900]",
                    "phone 0912345678, tax code 0100109106",
                    "temp dir chromium7691606485978839456",
                    "elapsed 02209000123 ms",
                    "2026-11-24T21:52:20.780+0000 dossier H12.01-260101-0001",
                    "Hazelcast Member UUID: c505a569-2202-4342-89b2-290785413205")))
        .isEmpty();
  }

  @Test
  void aSessionIdWhoseDigitsHappenToRunTwelveIsNotAnIdNumber() {
    // Shaped like a session id of a CI run's log: twelve decimal digits in a row, by chance.
    assertThat(
            LogScan.scanLines(
                LOG,
                List.of(
                    "StandardSession: Cannot serialize session attribute"
                        + " com.sun.faces.application.view.activeViewMaps for session"
                        + " 284926179944d1b5b3ee83b04145",
                    "sha256 a8ea9f63d81e0927b1935af65c5c4ae12be654d6d1d579077123456789012345")))
        .isEmpty();
    assertThat(LogScan.scanLines(LOG, List.of("session 28926d35 for 022090001234"))).hasSize(1);
  }

  @Test
  void anIdNumberBesideAUuidIsStillFound() {
    assertThat(
            LogScan.scanLines(
                LOG,
                List.of(
                    "request c505a569-2202-4342-89b2-290785413205 for 022090001234",
                    "id-022090001234")))
        .extracting(LogScan.Finding::line)
        .containsExactly(1, 2);
  }

  @Test
  void everyNumberOfALineIsMaskedAndALongLineCutAroundTheFirst() {
    String line = "x".repeat(300) + " 022090001234 and 001190004321 " + "y".repeat(300);

    String excerpt = LogScan.excerpt(line);

    assertThat(excerpt)
        .contains("*********234 and *********321")
        .doesNotContain("022090001234", "001190004321")
        .startsWith("...")
        .endsWith("...")
        .hasSizeLessThan(260);
  }

  @Test
  void ofATestReportOnlyTheCapturedOutputIsRead() {
    List<String> report =
        List.of(
            "<testsuite name=\"vn.motcua.XIT\">",
            "<properties><property name=\"pid\" value=\"123456789012\"/></properties>",
            "<testcase name=\"a\"><system-out><![CDATA[INFO: applicant 022090001234",
            "second line of the output",
            "third 022090001235]]></system-out><system-err/>",
            "<failure message=\"expected 022090001236\"/>",
            "<system-err><![CDATA[one line 022090001237]]></system-err></testcase>",
            "</testsuite>");

    assertThat(LogScan.scanCapturedOutput(LOG, report))
        .extracting(LogScan.Finding::line)
        .containsExactly(3, 5, 7);
  }

  @Test
  void theLogsAreThisBuildsOutputsDumpsAndLogFilesButNotBrowserProfiles() throws IOException {
    Instant started = Instant.parse("2026-11-24T10:00:00Z");
    Path fresh1 = write("failsafe-reports/vn.motcua.AIT-output.txt", started.plusSeconds(60));
    write("failsafe-reports/TEST-vn.motcua.AIT.xml", started.plusSeconds(60)); // repeats the above
    Path fresh2 = write("failsafe-reports/TEST-vn.motcua.BIT.xml", started.plusSeconds(60));
    Path fresh3 = write("failsafe-reports/2026-11-24T10-01-00_000-jvmRun1.dumpstream", started);
    Path fresh4 = write("surefire-reports/vn.motcua.CTest-output.txt", started.plusSeconds(1));
    Path fresh5 = write("it/run-script/logs/motcua.0.json.log", started.plusSeconds(90));
    write("failsafe-reports/vn.motcua.AIT.txt", started.plusSeconds(60)); // a result, not a log
    write("surefire-reports/vn.motcua.DTest-output.txt", started.minusSeconds(1)); // earlier build
    write("it/browser/chromium1/Default/Local Storage/leveldb/000003.log", started.plusSeconds(9));
    write("classes/db/migration/V1__units.sql", started.plusSeconds(5));

    assertThat(LogScan.logsOf(build, started))
        .containsExactlyInAnyOrder(fresh1, fresh2, fresh3, fresh4, fresh5);
  }

  @Test
  void aLogWithBytesThatAreNotUtf8IsStillReadToTheEnd() throws IOException {
    Path log = build.resolve("server.log");
    byte[] broken = {(byte) 0xff, (byte) 0xfe, '\n'};
    Files.write(log, broken);
    Files.writeString(log, "INFO: citizen 022090001234\n", StandardOpenOption.APPEND);

    assertThat(LogScan.scan(log)).extracting(LogScan.Finding::line).containsExactly(2);
  }

  @Test
  void aMissingBuildFolderHasNoLogs() throws IOException {
    assertThat(LogScan.logsOf(build.resolve("nothing"), Instant.EPOCH)).isEmpty();
  }

  private Path write(String relative, Instant modified) throws IOException {
    Path file = build.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "a line\n");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }
}
