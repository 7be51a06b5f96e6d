package vn.motcua.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table names every setting with its environment variable. */
class ReadmeConfigurationTest {

  @Test
  void everySettingIsDocumented() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (Setting setting : Settings.ALL) {
      assertThat(readme)
          .as("README row for " + setting.key())
          .containsPattern(
              "\\| `"
                  + setting.key().replace(".", "\\.")
                  + "` \\| `"
                  + setting.environmentVariable()
                  + "` \\|");
    }
  }
}
