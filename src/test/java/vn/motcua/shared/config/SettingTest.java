package vn.motcua.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proves a setting's environment variable and requiredness, and that the key list is sound. */
class SettingTest {

  @ParameterizedTest
  @CsvSource({
    "motcua.ui.default-locale, MOTCUA_UI_DEFAULT_LOCALE",
    "motcua.db.url, MOTCUA_DB_URL",
    "motcua.demo, MOTCUA_DEMO",
    "mp.config.profile, MP_CONFIG_PROFILE"
  })
  void environmentVariableIsUpperCaseWithUnderscores(String key, String variable) {
    assertThat(new Setting(key, null, "description").environmentVariable()).isEqualTo(variable);
  }

  @Test
  void settingWithoutDefaultIsRequired() {
    assertThat(new Setting("motcua.x", null, "description").required()).isTrue();
  }

  @Test
  void settingWithDefaultIsNotRequired() {
    assertThat(new Setting("motcua.x", "", "description").required()).isFalse();
    assertThat(new Setting("motcua.x", "false", "description").required()).isFalse();
  }

  @Test
  void databaseFileStoreAndPortalKeySettingsAreRequiredAndTheOthersAreNot() {
    assertThat(Settings.ALL)
        .filteredOn(Setting::required)
        .extracting(Setting::key)
        .containsExactlyInAnyOrder(
            "motcua.db.url",
            "motcua.db.user",
            "motcua.db.password",
            "motcua.files.dir",
            "motcua.portal.jwt.issuer",
            "motcua.portal.jwt.public-key");
  }

  @Test
  void everySettingHasAUniqueKeyAndVariable() {
    List<String> keys = Settings.ALL.stream().map(Setting::key).toList();
    List<String> variables = Settings.ALL.stream().map(Setting::environmentVariable).toList();

    assertThat(keys).isNotEmpty().doesNotHaveDuplicates();
    assertThat(variables).doesNotHaveDuplicates();
  }

  @Test
  void everySettingHasADescription() {
    assertThat(Settings.ALL)
        .allSatisfy(setting -> assertThat(setting.description()).as(setting.key()).isNotBlank());
  }

  @Test
  void aValueIsTheConfiguredOneStrippedOrElseTheDefault() {
    Setting setting = new Setting("motcua.example", "30", "An example");
    assertThat(setting.value(config(Map.of("motcua.example", " 45 ")))).isEqualTo("45");
    assertThat(setting.value(config(Map.of("motcua.example", "  ")))).isEqualTo("30");
    assertThat(setting.value(config(Map.of()))).isEqualTo("30");
  }

  /** A configuration holding these values, answering only what {@link Setting#value} asks. */
  private static Config config(Map<String, String> values) {
    return (Config)
        Proxy.newProxyInstance(
            Config.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getOptionalValue")) {
                return Optional.ofNullable(values.get((String) args[0]));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
