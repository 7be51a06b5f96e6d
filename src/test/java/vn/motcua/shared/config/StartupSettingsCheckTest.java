package vn.motcua.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves the start-up check names each missing or invalid key together with its variable. */
class StartupSettingsCheckTest {

  /** A key of the portal's that is not the demo key, as PEM text. */
  static final String PORTAL_KEY = PemPublicKeysTest.pem(PemPublicKeysTest.rsaKey(2048));

  private static Map<String, String> validSettings() {
    Map<String, String> values = new HashMap<>();
    values.put("motcua.db.url", "jdbc:postgresql://localhost:5432/motcua");
    values.put("motcua.db.user", "motcua");
    values.put("motcua.db.password", "secret");
    values.put("motcua.files.dir", "/var/lib/motcua/files");
    values.put("motcua.portal.jwt.issuer", "https://dichvucong.gov.vn");
    values.put("motcua.portal.jwt.public-key", PORTAL_KEY);
    return values;
  }

  private static Function<String, Optional<String>> lookup(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  @Test
  void noProblemWhenEveryRequiredKeyIsSet() {
    assertThat(StartupSettingsCheck.problems(lookup(validSettings()))).isEmpty();
  }

  @Test
  void noProblemWhenOptionalKeysHaveValidValues() {
    Map<String, String> values = validSettings();
    values.put("motcua.demo", "true");
    values.put("motcua.ui.default-locale", "en");

    assertThat(StartupSettingsCheck.problems(lookup(values))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "motcua.db.url, MOTCUA_DB_URL",
    "motcua.db.user, MOTCUA_DB_USER",
    "motcua.db.password, MOTCUA_DB_PASSWORD",
    "motcua.files.dir, MOTCUA_FILES_DIR",
    "motcua.portal.jwt.issuer, MOTCUA_PORTAL_JWT_ISSUER",
    "motcua.portal.jwt.public-key, MOTCUA_PORTAL_JWT_PUBLIC_KEY"
  })
  void missingRequiredKeyIsOneProblemNamingKeyAndVariable(String key, String variable) {
    Map<String, String> values = validSettings();
    values.remove(key);

    List<String> problems = StartupSettingsCheck.problems(lookup(values));

    assertThat(problems).singleElement().asString().contains(key).contains(variable);
  }

  @ParameterizedTest
  @CsvSource({
    "motcua.db.url, MOTCUA_DB_URL",
    "motcua.db.user, MOTCUA_DB_USER",
    "motcua.db.password, MOTCUA_DB_PASSWORD",
    "motcua.files.dir, MOTCUA_FILES_DIR",
    "motcua.portal.jwt.issuer, MOTCUA_PORTAL_JWT_ISSUER",
    "motcua.portal.jwt.public-key, MOTCUA_PORTAL_JWT_PUBLIC_KEY"
  })
  void blankRequiredKeyIsOneProblemNamingKeyAndVariable(String key, String variable) {
    Map<String, String> values = validSettings();
    values.put(key, "   ");

    List<String> problems = StartupSettingsCheck.problems(lookup(values));

    assertThat(problems).singleElement().asString().contains(key).contains(variable);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:mysql://localhost:3306/motcua",
        "postgresql://localhost:5432/motcua",
        "jdbc:postgresql:motcua"
      })
  void databaseUrlThatIsNotPostgresqlIsAProblem(String url) {
    Map<String, String> values = validSettings();
    values.put("motcua.db.url", url);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("motcua.db.url")
        .contains("MOTCUA_DB_URL")
        .contains("jdbc:postgresql://");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "VI", "vi_VN", "english"})
  void localeOtherThanViOrEnIsAProblem(String locale) {
    Map<String, String> values = validSettings();
    values.put("motcua.ui.default-locale", locale);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("motcua.ui.default-locale")
        .contains("MOTCUA_UI_DEFAULT_LOCALE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "1", "on", "maybe"})
  void demoFlagOtherThanTrueOrFalseIsAProblem(String demo) {
    Map<String, String> values = validSettings();
    values.put("motcua.demo", demo);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("motcua.demo")
        .contains("MOTCUA_DEMO");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/tra-cuu", "motcua.quangninh.gov.vn", "ftp://motcua.example", "https://"})
  void publicUrlThatIsNotAnAbsoluteHttpUrlIsAProblem(String url) {
    Map<String, String> values = validSettings();
    values.put("motcua.public-url", url);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("motcua.public-url")
        .contains("MOTCUA_PUBLIC_URL");
  }

  @ParameterizedTest
  @CsvSource({
    "motcua.files.dir, files, MOTCUA_FILES_DIR",
    "motcua.files.max-file-bytes, 20MB, MOTCUA_FILES_MAX_FILE_BYTES",
    "motcua.files.max-file-bytes, 0, MOTCUA_FILES_MAX_FILE_BYTES",
    "motcua.files.max-dossier-bytes, -1, MOTCUA_FILES_MAX_DOSSIER_BYTES",
    "motcua.files.orphan-grace-minutes, 0, MOTCUA_FILES_ORPHAN_GRACE_MINUTES",
    "motcua.files.orphan-grace-minutes, 1h, MOTCUA_FILES_ORPHAN_GRACE_MINUTES"
  })
  void fileStoreSettingOutOfShapeIsAProblem(String key, String value, String variable) {
    Map<String, String> values = validSettings();
    values.put(key, value);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains(key)
        .contains(variable);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> values = new HashMap<>();
    values.put("motcua.demo", "yes");
    values.put("motcua.ui.default-locale", "fr");

    // Six required keys missing, two values out of shape.
    assertThat(StartupSettingsCheck.problems(lookup(values))).hasSize(8);
  }

  @Test
  void simulatorsRunOnlyInDemoMode() {
    Map<String, String> values = validSettings();
    values.put("motcua.simulators.enabled", "true");

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("motcua.simulators.enabled")
        .contains("MOTCUA_SIMULATORS_ENABLED")
        .contains("motcua.demo=true");

    values.put("motcua.demo", "true");
    values.put("motcua.population.url", "/api/simulator/population");
    assertThat(StartupSettingsCheck.problems(lookup(values))).isEmpty();
  }

  @Test
  void theProductionProfileCannotStartWithSimulators() throws Exception {
    java.util.Properties prod = new java.util.Properties();
    try (var reader =
        java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("config/prod.properties"))) {
      prod.load(reader);
    }
    Map<String, String> values = validSettings();
    prod.stringPropertyNames().forEach(key -> values.put(key, prod.getProperty(key)));
    assertThat(StartupSettingsCheck.problems(lookup(values))).isEmpty();

    values.put("motcua.simulators.enabled", "true");
    assertThat(StartupSettingsCheck.problems(lookup(values))).isNotEmpty();
  }

  @Test
  void aPathForThePopulationDatabaseNeedsTheSimulator() {
    Map<String, String> values = validSettings();
    values.put("motcua.population.url", "/api/simulator/population");

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("motcua.population.url")
        .contains("MOTCUA_POPULATION_URL")
        .contains("motcua.simulators.enabled=true");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://dancu.example/api", "http://10.0.0.5:8443/csdlqg/v1/", "   ", ""})
  void aPopulationUrlIsHttpOrUnset(String url) {
    Map<String, String> values = validSettings();
    values.put("motcua.population.url", url);

    assertThat(StartupSettingsCheck.problems(lookup(values))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://dancu.example/api",
        "dancu.example/api",
        "https://dancu.example/api?key=1",
        "http:///nohost",
        "//dancu.example/api"
      })
  void anyOtherPopulationUrlIsAProblem(String url) {
    Map<String, String> values = validSettings();
    values.put("motcua.population.url", url);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("motcua.population.url")
        .contains("MOTCUA_POPULATION_URL");
  }

  @ParameterizedTest
  @CsvSource({
    "motcua.population.timeout-millis, 0",
    "motcua.population.timeout-millis, 60001",
    "motcua.population.timeout-millis, 2s",
    "motcua.population.api-key-header, X API Key",
    "motcua.simulators.enabled, yes"
  })
  void otherPopulationSettingsAreChecked(String key, String value) {
    Map<String, String> values = validSettings();
    values.put("motcua.demo", "true");
    values.put(key, value);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "ten", "1.5", "10000", "010"})
  void aSealPeriodOutOfShapeIsAProblem(String minutes) {
    Map<String, String> values = validSettings();
    values.put("motcua.audit.seal-minutes", minutes);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("MOTCUA_AUDIT_SEAL_MINUTES");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "10", "1440"})
  void aSealPeriodOfWholeMinutesOrNoneIsAccepted(String minutes) {
    Map<String, String> values = validSettings();
    values.put("motcua.audit.seal-minutes", minutes);

    assertThat(StartupSettingsCheck.problems(lookup(values))).isEmpty();
  }

  @Test
  void aPortalSyncConfigurationIsAccepted() {
    Map<String, String> values = validSettings();
    values.put("motcua.portal.sync.url", "https://dichvucong.gov.vn/api/sync");
    values.put("motcua.portal.sync.unit-code", "000.00.00.H22");
    values.put("motcua.portal.sync.interval-millis", "0");
    values.put("motcua.portal.sync.backoff-base-millis", "1000");
    values.put("motcua.portal.sync.backoff-max-millis", "1000");

    assertThat(StartupSettingsCheck.problems(lookup(values))).isEmpty();
  }

  @Test
  void aPathForThePortalNeedsTheSimulator() {
    Map<String, String> values = validSettings();
    values.put("motcua.portal.sync.url", "/api/simulator/portal/sync");
    values.put("motcua.portal.sync.unit-code", "000.00.00.H22");

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("MOTCUA_PORTAL_SYNC_URL")
        .contains("motcua.simulators.enabled=true");
  }

  @Test
  void aPortalUrlNeedsTheUnitCode() {
    Map<String, String> values = validSettings();
    values.put("motcua.portal.sync.url", "https://dichvucong.gov.vn/api/sync");

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("MOTCUA_PORTAL_SYNC_UNIT_CODE");
  }

  @ParameterizedTest
  @CsvSource({
    "motcua.portal.sync.url, ftp://dichvucong.gov.vn",
    "motcua.portal.sync.unit-code, 000 00",
    "motcua.portal.sync.timeout-millis, 0",
    "motcua.portal.sync.timeout-millis, 60001",
    "motcua.portal.sync.max-attempts, 0",
    "motcua.portal.sync.max-attempts, 1000",
    "motcua.portal.sync.backoff-base-millis, 1s",
    "motcua.portal.sync.backoff-max-millis, 10",
    "motcua.portal.sync.batch-size, 1000",
    "motcua.portal.sync.interval-millis, -1"
  })
  void portalSyncSettingsOutOfShapeAreAProblem(String key, String value) {
    Map<String, String> values = validSettings();
    values.put(key, value);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains(key);
  }

  @Test
  void thePortalsKeyIsPemTextOrAFileReadFromTheConfigFolder() {
    Map<String, String> values = validSettings();
    values.put("motcua.demo", "true");
    values.put("motcua.portal.jwt.public-key", "demo/portal-jwt-public.pem");

    assertThat(StartupSettingsCheck.problems(lookup(values), Path.of("config"))).isEmpty();
    assertThat(StartupSettingsCheck.problems(lookup(values), Path.of("src")))
        .singleElement()
        .asString()
        .contains("MOTCUA_PORTAL_JWT_PUBLIC_KEY")
        .contains("cannot read the PEM file");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-----BEGIN PUBLIC KEY-----bm90IGEga2V5-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----MIIB-----END CERTIFICATE-----"
      })
  void aPortalKeyThatIsNoRsaPublicKeyIsAProblem(String key) {
    Map<String, String> values = validSettings();
    values.put("motcua.portal.jwt.public-key", key);

    assertThat(StartupSettingsCheck.problems(lookup(values), Path.of("config")))
        .singleElement()
        .asString()
        .contains("motcua.portal.jwt.public-key")
        .contains("MOTCUA_PORTAL_JWT_PUBLIC_KEY")
        .doesNotContain(key);
  }

  @Test
  void theDemoKeyIsRefusedOutsideTheDemo() throws Exception {
    String demoKey = Files.readString(Path.of("config/demo/portal-jwt-public.pem"));
    assertThat(PemPublicKeys.fingerprint(PemPublicKeys.read(demoKey, null).get(0)))
        .as("the fingerprint the check knows the demo key by")
        .isEqualTo(StartupSettingsCheck.DEMO_PORTAL_KEY);
    Map<String, String> values = validSettings();
    values.put("motcua.portal.jwt.public-key", "demo/portal-jwt-public.pem");

    assertThat(StartupSettingsCheck.problems(lookup(values), Path.of("config")))
        .singleElement()
        .asString()
        .contains("MOTCUA_PORTAL_JWT_PUBLIC_KEY")
        .contains("demo key");
    values.put("motcua.portal.jwt.public-key", PORTAL_KEY + "\n" + demoKey);
    assertThat(StartupSettingsCheck.problems(lookup(values), Path.of("config")))
        .as("not even beside the real key")
        .hasSize(1);

    values.put("motcua.demo", "true");
    assertThat(StartupSettingsCheck.problems(lookup(values), Path.of("config"))).isEmpty();
  }

  @Test
  void theDemoAndTestProfilesStartWithTheDemoKey() throws Exception {
    for (String profile : List.of("demo", "test")) {
      Properties file = new Properties();
      try (var reader = Files.newBufferedReader(Path.of("config", profile + ".properties"))) {
        file.load(reader);
      }
      Map<String, String> values = validSettings();
      values.remove("motcua.portal.jwt.issuer");
      values.remove("motcua.portal.jwt.public-key");
      file.stringPropertyNames().forEach(key -> values.put(key, file.getProperty(key)));

      assertThat(StartupSettingsCheck.problems(lookup(values), Path.of("config")))
          .as(profile)
          .isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://dichvu cong.gov.vn", "\tportal portal"})
  void anIssuerWithSpacesIsAProblem(String issuer) {
    Map<String, String> values = validSettings();
    values.put("motcua.portal.jwt.issuer", issuer);

    assertThat(StartupSettingsCheck.problems(lookup(values)))
        .singleElement()
        .asString()
        .contains("MOTCUA_PORTAL_JWT_ISSUER");
  }
}
