package vn.motcua.portal.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.motcua.document.FileLimits;
import vn.motcua.portal.PortalSubmission;
import vn.motcua.portal.PortalSubmission.PortalApplicant;
import vn.motcua.portal.PortalSubmission.PortalDocument;
import vn.motcua.portal.PortalSupplement;
import vn.motcua.portal.PortalWithdrawal;
import vn.motcua.shared.problem.InvalidRequestException;
import vn.motcua.shared.problem.Problem;

/**
 * Reads the portal's JSON bodies field by field, so that every mistake gets its own reason under
 * its own path ({@code applicant.dateOfBirth}, {@code documents[1].contentBase64}) instead of the
 * JSON binder's "cannot deserialize" naming Java types. All mistakes of a body are reported
 * together. Plain Java, tested without a server.
 */
final class PortalJson {

  static final Set<String> RETURN_METHODS = Set.of("AT_CENTER", "POST", "ONLINE");
  static final Set<String> APPLICANT_TYPES = Set.of("CITIZEN", "ORGANIZATION");
  static final Set<String> GENDERS = Set.of("MALE", "FEMALE");
  static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
  static final int MAX_DOCUMENTS = 50;

  private final FileLimits limits;
  private final List<Problem.InvalidParam> errors = new ArrayList<>();

  private PortalJson(FileLimits limits) {
    this.limits = limits;
  }

  /** A body that is not JSON at all: 400 with the line and column where reading stopped. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The body, UTF-8, as a JSON object. Parsed from the bytes: one Vietnamese letter would otherwise
   * make a String of the whole body, its base64 files included, two bytes a character.
   */
  static JsonObject object(byte[] body) {
    if (blank(body)) {
      throw new Malformed("The body is empty: a JSON object is expected");
    }
    try (JsonReader reader =
        Json.createReader(
            new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new Malformed("The body is JSON but not an object");
      }
      return value.asJsonObject();
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      throw new Malformed(
          "The body is not well-formed JSON (line "
              + at.getLineNumber()
              + ", column "
              + at.getColumnNumber()
              + ")");
    } catch (JsonException e) {
      throw new Malformed("The body is not well-formed JSON");
    }
  }

  private static boolean blank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * The SHA-256 (hex) of the body in a canonical form: members sorted by name at every level, no
   * white space. The same request sent again with other spacing or member order is the same.
   */
  static String canonicalSha256(JsonValue value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(canonical(value).toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  private static JsonValue canonical(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        var builder = Json.createObjectBuilder();
        new TreeMap<>(value.asJsonObject()).forEach((k, v) -> builder.add(k, canonical(v)));
        yield builder.build();
      }
      case ARRAY -> {
        var builder = Json.createArrayBuilder();
        value.asJsonArray().forEach(v -> builder.add(canonical(v)));
        yield builder.build();
      }
      default -> value;
    };
  }

  static PortalSubmission submission(JsonObject body, FileLimits limits) {
    PortalJson json = new PortalJson(limits);
    PortalSubmission submission =
        new PortalSubmission(
            json.text(body, "portalReference", "", true, 100),
            json.pattern(
                body, "procedureCode", "", true, "\\d\\.\\d{6}", "a procedure code like 1.001193"),
            json.text(body, "receivingCenterCode", "", true, 32),
            json.applicant(body),
            json.documents(body, ""),
            json.oneOf(body, "returnMethod", "", RETURN_METHODS, true));
    json.done();
    return submission;
  }

  static PortalSupplement supplement(JsonObject body, FileLimits limits) {
    PortalJson json = new PortalJson(limits);
    PortalSupplement supplement = new PortalSupplement(json.documents(body, ""));
    if (supplement.documents().isEmpty() && body.get("documents") instanceof JsonArray) {
      json.error("documents", "at least one document");
    }
    json.done();
    return supplement;
  }

  static PortalWithdrawal withdrawal(JsonObject body) {
    PortalJson json = new PortalJson(null);
    PortalWithdrawal withdrawal = new PortalWithdrawal(json.text(body, "reason", "", true, 2000));
    json.done();
    return withdrawal;
  }

  private void done() {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  private void error(String path, String reason) {
    errors.add(new Problem.InvalidParam(path, reason));
  }

  private PortalApplicant applicant(JsonObject body) {
    JsonValue value = body.get("applicant");
    if (value == null || value == JsonValue.NULL) {
      error("applicant", "required");
      return null;
    }
    if (!(value instanceof JsonObject applicant)) {
      error("applicant", "must be an object");
      return null;
    }
    String at = "applicant.";
    return new PortalApplicant(
        oneOf(applicant, "type", at, APPLICANT_TYPES, true),
        text(applicant, "idNumber", at, true, 14),
        text(applicant, "fullName", at, true, 300),
        date(applicant, "dateOfBirth", at),
        oneOf(applicant, "gender", at, GENDERS, false),
        text(applicant, "phone", at, false, 20),
        text(applicant, "email", at, false, 200),
        text(applicant, "address", at, false, 500),
        pattern(
            applicant,
            "addressUnitCode",
            at,
            false,
            "\\d{5}",
            "a 5-digit administrative unit code"));
  }

  private List<PortalDocument> documents(JsonObject body, String at) {
    JsonValue value = body.get("documents");
    if (value == null || value == JsonValue.NULL) {
      error(at + "documents", "required (an empty list when no file is sent)");
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      error(at + "documents", "must be a list");
      return List.of();
    }
    if (array.size() > MAX_DOCUMENTS) {
      error(at + "documents", "at most " + MAX_DOCUMENTS + " documents");
      return List.of();
    }
    List<PortalDocument> documents = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = at + "documents[" + i + "]";
      if (!(array.get(i) instanceof JsonObject document)) {
        error(path, "must be an object");
        continue;
      }
      String name = text(document, "fileName", path + ".", true, 255);
      documents.add(
          new PortalDocument(
              text(document, "requirementCode", path + ".", true, 40),
              name,
              oneOf(document, "contentType", path + ".", CONTENT_TYPES, true),
              content(document, path + ".", name)));
    }
    return documents;
  }

  /** The file's bytes; a file over the limit is refused (413) before it is decoded. */
  private byte[] content(JsonObject document, String at, String name) {
    String base64 = text(document, "contentBase64", at, true, Integer.MAX_VALUE);
    if (base64 == null) {
      return null;
    }
    long padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
    long bytes = base64.length() / 4L * 3 - padding;
    if (bytes > limits.maxFileBytes()) {
      throw limits.fileTooLarge(name == null ? at + "contentBase64" : name);
    }
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      error(at + "contentBase64", "is not base64 (RFC 4648 alphabet, padded, no line breaks)");
      return null;
    }
  }

  private String text(JsonObject object, String name, String at, boolean required, int max) {
    return value(
        object,
        name,
        at,
        required,
        "a string",
        v -> {
          if (!(v instanceof JsonString string)) {
            return null;
          }
          String text = string.getString();
          if (required && text.isBlank()) {
            error(at + name, "must not be blank");
          } else if (text.length() > max) {
            error(at + name, "at most " + max + " characters");
          }
          return text;
        });
  }

  private String pattern(
      JsonObject object, String name, String at, boolean required, String regex, String what) {
    String text = text(object, name, at, required, 100);
    if (text != null && !text.isBlank() && !text.matches(regex)) {
      error(at + name, "must be " + what);
    }
    return text == null || text.isBlank() ? null : text;
  }

  private String oneOf(
      JsonObject object, String name, String at, Set<String> values, boolean required) {
    String text = text(object, name, at, required, 100);
    if (text != null && !values.contains(text)) {
      error(at + name, "must be one of " + String.join(", ", new TreeSet<>(values)));
      return null;
    }
    return text;
  }

  private LocalDate date(JsonObject object, String name, String at) {
    return value(
        object,
        name,
        at,
        false,
        "a date yyyy-MM-dd",
        v -> {
          if (!(v instanceof JsonString string)) {
            return null;
          }
          try {
            return LocalDate.parse(string.getString());
          } catch (DateTimeParseException e) {
            error(at + name, "must be a date yyyy-MM-dd");
            return null;
          }
        });
  }

  /**
   * A member read by {@code read}, which gives null for a value of the wrong JSON type; a missing
   * or null member is an error only when required.
   */
  private <T> T value(
      JsonObject object,
      String name,
      String at,
      boolean required,
      String expected,
      Function<JsonValue, T> read) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        error(at + name, "required");
      }
      return null;
    }
    T result = read.apply(value);
    if (result == null && !(value instanceof JsonString)) {
      error(
          at + name,
          "must be "
              + expected
              + ", not "
              + (value instanceof JsonNumber ? "a number" : kind(value)));
    }
    return result;
  }

  private static String kind(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> "an object";
      case ARRAY -> "a list";
      case TRUE, FALSE -> "a boolean";
      case NUMBER -> "a number";
      default -> "a " + value.getValueType().name().toLowerCase(Locale.ROOT);
    };
  }
}
