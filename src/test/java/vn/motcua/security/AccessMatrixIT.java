package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.security.Role.AUDITOR;
import static vn.motcua.security.Role.CENTER_DIRECTOR;
import static vn.motcua.security.Role.HEAD;
import static vn.motcua.security.Role.PROVINCIAL_ADMIN;
import static vn.motcua.security.Role.RECEIVING_CLERK;
import static vn.motcua.security.Role.SIGNING_LEADER;
import static vn.motcua.security.Role.SPECIALIST;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.slip.Slip;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.OnlineDossiers;
import vn.motcua.testing.StaffClient;
import vn.motcua.testing.StaffClient.Answer;
import vn.motcua.testing.TestDatabase;

/**
 * The role and scope matrix of {@code docs/security.md}, walked over HTTP as each kind of person:
 * every page for every role, every address that names a dossier for staff of another unit, and
 * every API route without credentials. What the server answers is checked exactly (status and
 * bytes), without a browser in between.
 */
class AccessMatrixIT extends BrowserIT {

  private static final String BIRTH = "1.001022";
  private static final long HONG_GAI_CENTER = 10;
  private static final long BAI_CHAY_CENTER = 14;
  private static final long PROVINCIAL_POLICE = 130;
  private static final String APPLICANT = "Lê Thị Trực Tuyến";
  private static final String APPLICANT_PHONE = "0912000111";

  /** The demo account of each role (README), all in Hồng Gai or at the province. */
  private static final Map<Role, String> DEMO =
      new EnumMap<>(
          Map.of(
              RECEIVING_CLERK, "clerk",
              SPECIALIST, "specialist",
              HEAD, "head",
              SIGNING_LEADER, "leader",
              CENTER_DIRECTOR, "director",
              PROVINCIAL_ADMIN, "admin",
              AUDITOR, "auditor"));

  private static final Set<Role> PROCESSING =
      EnumSet.of(RECEIVING_CLERK, SPECIALIST, HEAD, SIGNING_LEADER);

  /** The screens table of docs/security.md: who may open each page. */
  private static final Map<String, Set<Role>> SCREENS =
      Map.ofEntries(
          Map.entry("index.xhtml", EnumSet.allOf(Role.class)),
          Map.entry("home.xhtml", EnumSet.allOf(Role.class)),
          Map.entry("reception/counter.xhtml", EnumSet.of(RECEIVING_CLERK)),
          Map.entry("reception/online.xhtml", EnumSet.of(RECEIVING_CLERK)),
          Map.entry("reception/return.xhtml", EnumSet.of(RECEIVING_CLERK)),
          Map.entry("work/inbox.xhtml", PROCESSING),
          Map.entry("work/dossier.xhtml", PROCESSING),
          Map.entry("center/search.xhtml", EnumSet.of(CENTER_DIRECTOR)),
          Map.entry("admin/units.xhtml", EnumSet.of(PROVINCIAL_ADMIN)),
          Map.entry("admin/staff.xhtml", EnumSet.of(PROVINCIAL_ADMIN)),
          Map.entry("admin/procedures.xhtml", EnumSet.of(PROVINCIAL_ADMIN)),
          Map.entry("admin/procedure.xhtml", EnumSet.of(PROVINCIAL_ADMIN)),
          Map.entry("admin/fields.xhtml", EnumSet.of(PROVINCIAL_ADMIN)),
          Map.entry("admin/calendar.xhtml", EnumSet.of(PROVINCIAL_ADMIN)),
          Map.entry("admin/portal-simulator.xhtml", EnumSet.of(PROVINCIAL_ADMIN)),
          Map.entry("admin/portal-outbox.xhtml", EnumSet.of(PROVINCIAL_ADMIN)),
          Map.entry("audit/chains.xhtml", EnumSet.of(AUDITOR)));

  /** Pages anyone may open. */
  private static final Set<String> OPEN_PAGES = Set.of("login.xhtml", "error.xhtml");

  @Test
  void theMatrixNamesEveryPageTheApplicationHas() throws IOException {
    Path webapp = Path.of("src/main/webapp");
    Set<String> pages;
    try (Stream<Path> files = Files.walk(webapp)) {
      pages =
          files
              .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
              .filter(name -> name.endsWith(".xhtml") && !name.startsWith("WEB-INF/"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> known = new TreeSet<>(SCREENS.keySet());
    known.addAll(OPEN_PAGES);
    assertThat(pages).as("a page that is not in the matrix does not ship").isEqualTo(known);
  }

  @Test
  void everyScreenOpensForItsRolesAndIsForbiddenToEveryOther() {
    SoftAssertions softly = new SoftAssertions();
    for (Role role : Role.values()) {
      StaffClient person = StaffClient.signedIn(base, DEMO.get(role), DEMO_PASSWORD);
      for (var screen : SCREENS.entrySet()) {
        Answer answer = person.get(screen.getKey());
        if (screen.getValue().contains(role)) {
          softly
              .assertThat(answer.status())
              .as("%s opens %s", role, screen.getKey())
              .isIn(200, 302);
          softly
              .assertThat(String.valueOf(answer.header("Location")))
              .as("%s is not sent back to the login page from %s", role, screen.getKey())
              .doesNotContain("login.xhtml");
        } else {
          softly
              .assertThat(answer.status())
              .as("%s may not open %s", role, screen.getKey())
              .isEqualTo(403);
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void withoutSigningInEveryScreenDocumentAndSlipLeadsToTheLoginPage() throws Exception {
    String code = OnlineDossiers.scanned(base, BIRTH, HONG_GAI_CENTER, citizenId());
    StaffClient nobody = StaffClient.anonymous(base);
    List<String> addresses = new ArrayList<>(SCREENS.keySet());
    addresses.add("work/dossier.xhtml?code=" + code);
    addresses.add("documents/" + code + "/" + firstScan(code));
    addresses.add("slips/" + Slip.RECEIPT.path() + "/" + code + ".pdf");

    SoftAssertions softly = new SoftAssertions();
    for (String address : addresses) {
      Answer answer = nobody.get(address);
      softly.assertThat(answer.status()).as(address).isEqualTo(302);
      softly
          .assertThat(String.valueOf(answer.header("Location")))
          .as(address)
          .endsWith("/login.xhtml");
      softly.assertThat(answer.text()).as(address).doesNotContain(APPLICANT, "%PDF");
    }
    for (String open : OPEN_PAGES) {
      softly.assertThat(nobody.get(open).status()).as(open).isEqualTo(200);
    }
    softly.assertAll();
  }

  @Test
  void staffOfAnotherUnitGetNotOneByteOfADossierItsDocumentsOrItsSlips() throws Exception {
    String id = citizenId();
    String code = OnlineDossiers.scanned(base, BIRTH, HONG_GAI_CENTER, id);
    long scan = firstScan(code);
    String page = "work/dossier.xhtml?code=" + code;
    String document = "documents/" + code + "/" + scan;

    // Hồng Gai's clerk, whose center received it: the page, the scan and the receipt.
    StaffClient own = StaffClient.signedIn(base, "clerk", DEMO_PASSWORD);
    assertThat(own.get(page).text()).contains(APPLICANT, id);
    Answer file = own.get(document);
    assertThat(file.text()).startsWith("%PDF");
    assertThat(file.header("Content-Type")).startsWith("application/pdf");
    assertThat(file.header("Content-Disposition")).startsWith("attachment;");
    assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(own.get(slip(Slip.RECEIPT, code)).text()).startsWith("%PDF");

    SoftAssertions softly = new SoftAssertions();
    for (Role role :
        EnumSet.of(RECEIVING_CLERK, SPECIALIST, HEAD, SIGNING_LEADER, CENTER_DIRECTOR)) {
      long unit =
          role == RECEIVING_CLERK || role == CENTER_DIRECTOR ? BAI_CHAY_CENTER : PROVINCIAL_POLICE;
      StaffClient stranger =
          StaffClient.signedIn(base, colleagueElsewhere(role, unit), DEMO_PASSWORD);
      Answer answer = stranger.get(page);
      softly
          .assertThat(answer.status())
          .as("%s of another unit: the page", role)
          .isEqualTo(PROCESSING.contains(role) ? 200 : 403);
      if (answer.status() == 200) {
        softly
            .assertThat(answer.text())
            .as("%s of another unit: the page", role)
            .contains("id=\"not-found\"");
      }
      softly
          .assertThat(answer.text())
          .as("%s of another unit: the page", role)
          .doesNotContain(APPLICANT, id, APPLICANT_PHONE);

      answer = stranger.get(document);
      softly.assertThat(answer.status()).as("%s of another unit: the scan", role).isEqualTo(404);
      softly
          .assertThat(answer.text())
          .as("%s of another unit: the scan", role)
          .doesNotContain("%PDF");

      for (Slip slip : Slip.values()) {
        answer = stranger.get(slip(slip, code));
        softly
            .assertThat(answer.status())
            .as("%s of another unit: the %s slip", role, slip)
            .isEqualTo(404);
        softly
            .assertThat(answer.text())
            .as("%s of another unit: the %s slip", role, slip)
            .doesNotContain("%PDF", APPLICANT);
      }
    }
    softly.assertAll();
  }

  @Test
  void aDocumentIsServedOnlyUnderItsOwnDossiersCode() throws Exception {
    String own = OnlineDossiers.scanned(base, BIRTH, HONG_GAI_CENTER, citizenId());
    String foreign = OnlineDossiers.scanned(base, BIRTH, BAI_CHAY_CENTER, citizenId());
    StaffClient clerk = StaffClient.signedIn(base, "clerk", DEMO_PASSWORD);

    Answer answer = clerk.get("documents/" + own + "/" + firstScan(foreign));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.text()).doesNotContain("%PDF");
  }

  @Test
  void everyApiRouteIsPublicByTheMatrixOrRefusedWithoutCredentials() throws Exception {
    Set<String> publicRoutes = publicRoutesOfTheMatrix();
    StaffClient nobody = StaffClient.anonymous(base);
    Answer description = nobody.get("/openapi", "application/json");
    assertThat(description.status()).isEqualTo(200);
    List<String> routes = routesOf(description.text());
    assertThat(routes).as("the routes of /openapi").contains("GET /api/v1/system");

    SoftAssertions softly = new SoftAssertions();
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      String path = route.substring(route.indexOf(' ') + 1);
      if (path.startsWith("/api/v1/test-")) {
        continue; // the tests' own probes, not in the WAR that ships
      }
      boolean isPublic = publicRoutes.stream().anyMatch(p -> matches(p, method, path));
      if (isPublic) {
        continue;
      }
      // Sent as it is declared, with an empty JSON object for a body: refused before it runs.
      String address = path.replaceFirst("^/", "").replaceAll("\\{[^}]+}", "x");
      Answer answer =
          "GET".equals(method) ? nobody.get(address) : nobody.send(method, address, "{}");
      softly.assertThat(answer.status()).as("%s without credentials", route).isEqualTo(401);
    }
    softly.assertAll();
  }

  /** Whether a documented route ("GET /api/v1/system", "* /api/simulator/*") covers one. */
  private static boolean matches(String documented, String method, String path) {
    String documentedMethod = documented.substring(0, documented.indexOf(' '));
    String documentedPath = documented.substring(documented.indexOf(' ') + 1);
    boolean sameMethod = documentedMethod.equals("*") || documentedMethod.equals(method);
    return sameMethod
        && (documentedPath.endsWith("*")
            ? path.startsWith(documentedPath.substring(0, documentedPath.length() - 1))
            : documentedPath.equals(path));
  }

  /**
   * The rows of docs/security.md's endpoint table that are public or demo only, as {@code "GET
   * /api/v1/procedures/{code}"}; a row without a method is every method ({@code "*"}).
   */
  private static Set<String> publicRoutesOfTheMatrix() throws IOException {
    String doc = Files.readString(Path.of("docs/security.md"), StandardCharsets.UTF_8);
    String table =
        doc.substring(doc.indexOf("### Endpoints"), doc.indexOf("## How it is enforced"));
    Matcher row =
        Pattern.compile("(?m)^\\| `(?:([A-Z]+) )?(/[^`]+)` \\| (?:public|demo only) \\|")
            .matcher(table);
    Set<String> routes = new TreeSet<>();
    while (row.find()) {
      routes.add((row.group(1) == null ? "*" : row.group(1)) + " " + row.group(2));
    }
    return routes;
  }

  /** "GET /api/v1/system" for each operation of the OpenAPI document, from the API's root. */
  private static List<String> routesOf(String openApiJson) {
    Set<String> methods = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    List<String> routes = new ArrayList<>();
    JsonObject paths =
        Json.createReader(new StringReader(openApiJson)).readObject().getJsonObject("paths");
    for (var path : paths.entrySet()) {
      String fromApi = path.getKey().substring(path.getKey().indexOf("/api/"));
      for (String method : path.getValue().asJsonObject().keySet()) {
        if (methods.contains(method)) {
          routes.add(method.toUpperCase(Locale.ROOT) + " " + fromApi);
        }
      }
    }
    return routes;
  }

  private static String slip(Slip slip, String code) {
    return "slips/" + slip.path() + "/" + code + ".pdf";
  }

  private static long firstScan(String code) throws SQLException {
    return ((Number)
            TestDatabase.value(
                "SELECT x.id FROM dossier_document x JOIN dossier d ON d.id = x.dossier_id"
                    + " WHERE d.code = ? AND x.file_id IS NOT NULL",
                code))
        .longValue();
  }

  /** A copy of the role's demo account working in another unit, for this test alone. */
  private static String colleagueElsewhere(Role role, long unit) throws SQLException {
    String name = "it.away" + ThreadLocalRandom.current().nextInt(1_000_000);
    TestDatabase.execute(
        "INSERT INTO app_user (id, username, password_hash, full_name, unit_id)"
            + " SELECT nextval('app_user_seq'), ?, password_hash, 'Người Nơi Khác', ?"
            + " FROM app_user WHERE username = ?",
        name,
        unit,
        DEMO.get(role));
    TestDatabase.execute(
        "INSERT INTO app_user_role (user_id, role) SELECT id, ? FROM app_user WHERE username = ?",
        role.name(),
        name);
    return name;
  }

  /** A fresh twelve-digit ID number: a woman born in 1993 in Quảng Ninh. */
  private static String citizenId() {
    return String.format("022193%06d", ThreadLocalRandom.current().nextInt(1_000_000));
  }
}
