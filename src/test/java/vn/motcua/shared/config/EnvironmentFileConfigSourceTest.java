package vn.motcua.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves the per-environment file is read as UTF-8 with trimmed values, and the real files. */
class EnvironmentFileConfigSourceTest {

  @TempDir Path directory;

  @Test
  void readsTheProfileFileOfTheFolderAsUtf8WithTrimmedValues() throws IOException {
    Files.writeString(
        directory.resolve("demo.properties"),
        "# comment\nmotcua.demo = true  \napp.name=Một Cửa\t\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        directory.resolve("prod.properties"), "motcua.demo=false\n", StandardCharsets.UTF_8);

    EnvironmentFileConfigSource source =
        new EnvironmentFileConfigSource(directory.toString(), "demo");

    assertThat(source.getPropertyNames()).containsExactlyInAnyOrder("motcua.demo", "app.name");
    assertThat(source.getValue("motcua.demo")).isEqualTo("true");
    assertThat(source.getValue("app.name")).isEqualTo("Một Cửa");
    assertThat(source.getValue("motcua.ui.default-locale")).isNull();
    assertThat(source.getName()).endsWith("demo.properties");
  }

  @Test
  void ordinalIsBetweenTheWarDefaultsAndEnvironmentVariables() {
    assertThat(new EnvironmentFileConfigSource(directory.toString(), "demo").getOrdinal())
        .isEqualTo(250);
  }

  @Test
  void missingFileGivesNoProperties() {
    EnvironmentFileConfigSource source =
        new EnvironmentFileConfigSource(directory.toString(), "nowhere");

    assertThat(source.getPropertyNames()).isEmpty();
    assertThat(source.getValue("motcua.demo")).isNull();
  }

  @Test
  void missingFolderOrProfileGivesNoProperties() throws IOException {
    Files.writeString(directory.resolve("null.properties"), "motcua.demo=true\n");

    assertThat(new EnvironmentFileConfigSource(null, "demo").getPropertyNames()).isEmpty();
    assertThat(new EnvironmentFileConfigSource(directory.toString(), null).getPropertyNames())
        .isEmpty();
    assertThat(new EnvironmentFileConfigSource(null, null).getPropertyNames()).isEmpty();
  }

  @Test
  void productionFileTurnsDemoOff() {
    assertThat(projectFile("prod").getValue("motcua.demo")).isEqualTo("false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "test"})
  void demoAndTestFilesTurnDemoOn(String profile) {
    assertThat(projectFile(profile).getValue("motcua.demo")).isEqualTo("true");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "test", "prod"})
  void projectFilesHoldNoPassword(String profile) {
    EnvironmentFileConfigSource source = projectFile(profile);

    assertThat(source.getPropertyNames())
        .filteredOn(key -> key.toLowerCase().contains("password"))
        .allSatisfy(key -> assertThat(source.getValue(key)).as(key).isEmpty());
  }

  /** The file of the project's {@code config/} folder; tests run in the project folder. */
  private static EnvironmentFileConfigSource projectFile(String profile) {
    assertThat(Path.of("config", profile + ".properties")).isRegularFile();
    EnvironmentFileConfigSource source = new EnvironmentFileConfigSource("config", profile);
    assertThat(source.getPropertyNames()).isNotEmpty();
    return source;
  }
}
