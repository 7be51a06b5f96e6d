package vn.motcua.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.security.Role;

/** Proves the Vietnamese and English screen texts have the same complete set of keys. */
class MessageBundlesTest {

  private static Properties bundle(String language) throws IOException {
    String resource = "vn/motcua/i18n/messages_" + language + ".properties";
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    assertThat(properties).as(resource).isNotEmpty();
    return properties;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(bundle("vi").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void noTextIsBlank(String language) throws IOException {
    Properties bundle = bundle(language);

    assertThat(bundle.stringPropertyNames())
        .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void everyRoleHasANameAndADescription(String language) throws IOException {
    Properties bundle = bundle(language);

    for (Role role : Role.values()) {
      assertThat(bundle).containsKey("role." + role.name());
      assertThat(bundle).containsKey("home.role." + role.name());
    }
  }

  @Test
  void vietnameseBundleIsVietnamese() throws IOException {
    Properties vi = bundle("vi");

    assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập");
    assertThat(vi.getProperty("app.name")).isEqualTo("Một Cửa");
    assertThat(bundle("en").getProperty("login.title")).isEqualTo("Sign in");
  }
}
