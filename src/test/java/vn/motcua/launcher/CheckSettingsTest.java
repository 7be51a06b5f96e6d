package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** run.sh's settings check reads values in MicroProfile Config's order: env, file, default. */
class CheckSettingsTest {

  @Test
  void environmentWinsOverFileWhichWinsOverDefault() {
    Properties file = new Properties();
    file.setProperty("motcua.db.url", "jdbc:postgresql://file/db");
    file.setProperty("motcua.ui.default-locale", " en ");
    Map<String, String> env = Map.of("MOTCUA_DB_URL", "jdbc:postgresql://env/db");

    assertThat(CheckSettings.lookup("motcua.db.url", file, env::get))
        .hasValue("jdbc:postgresql://env/db");
    assertThat(CheckSettings.lookup("motcua.ui.default-locale", file, env::get)).hasValue("en");
    assertThat(CheckSettings.lookup("motcua.demo", file, env::get)).hasValue("false");
    assertThat(CheckSettings.lookup("motcua.db.user", file, env::get)).isEmpty();
  }
}
