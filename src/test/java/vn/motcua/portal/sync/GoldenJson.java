package vn.motcua.portal.sync;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a JSON text with a golden file under {@code golden/}: structurally (values and, for
 * objects, the order of their names, which the contract pins), failing with one line per
 * difference. Run with {@code -Dgolden.update=true} to rewrite the files from what the code makes
 * now, then read the diff in git before committing it.
 */
final class GoldenJson {

  private static final String FOLDER = "vn/motcua/portal/sync/golden/";

  private GoldenJson() {}

  static void assertMatches(String name, String actualJson) {
    JsonValue actual = parse(actualJson);
    if (Boolean.getBoolean("golden.update")) {
      write(name, actual);
      return;
    }
    JsonValue expected;
    try (InputStream in = GoldenJson.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new AssertionError(
            "No golden file " + FOLDER + name + "; run with -Dgolden.update=true to write it");
      }
      expected = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> differences = new ArrayList<>();
    compare("$", expected, actual, differences);
    if (!differences.isEmpty()) {
      throw new AssertionError(
          name
              + " differs from its golden file:\n  "
              + String.join("\n  ", differences)
              + "\nactual:\n"
              + pretty(actual));
    }
  }

  private static void compare(String path, JsonValue expected, JsonValue actual, List<String> out) {
    if (expected.getValueType() != actual.getValueType()) {
      out.add(path + ": expected " + expected + ", was " + actual);
      return;
    }
    switch (expected.getValueType()) {
      case OBJECT -> {
        JsonObject e = expected.asJsonObject();
        JsonObject a = actual.asJsonObject();
        for (Map.Entry<String, JsonValue> field : e.entrySet()) {
          if (!a.containsKey(field.getKey())) {
            out.add(path + "." + field.getKey() + ": missing (expected " + field.getValue() + ")");
          } else {
            compare(path + "." + field.getKey(), field.getValue(), a.get(field.getKey()), out);
          }
        }
        a.keySet().stream()
            .filter(key -> !e.containsKey(key))
            .forEach(key -> out.add(path + "." + key + ": unexpected " + a.get(key)));
        if (e.keySet().equals(a.keySet())
            && !List.copyOf(e.keySet()).equals(List.copyOf(a.keySet()))) {
          out.add(path + ": names in order " + a.keySet() + ", expected " + e.keySet());
        }
      }
      case ARRAY -> {
        JsonArray e = expected.asJsonArray();
        JsonArray a = actual.asJsonArray();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
          if (i >= a.size()) {
            out.add(path + "[" + i + "]: missing (expected " + e.get(i) + ")");
          } else if (i >= e.size()) {
            out.add(path + "[" + i + "]: unexpected " + a.get(i));
          } else {
            compare(path + "[" + i + "]", e.get(i), a.get(i), out);
          }
        }
      }
      default -> {
        if (!expected.equals(actual)) {
          out.add(path + ": expected " + expected + ", was " + actual);
        }
      }
    }
  }

  private static JsonValue parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  static String pretty(JsonValue value) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.write(value);
    }
    return out.toString().strip() + "\n";
  }

  private static void write(String name, JsonValue value) {
    Path file = Path.of("src/test/resources", FOLDER, name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, pretty(value), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
