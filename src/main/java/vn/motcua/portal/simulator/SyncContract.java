package vn.motcua.portal.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portal's sync endpoint as MotCua's simulator understands it: the envelope, the two services
 * and their items, and the error codes of a refusal. A refusal is HTTP 200 with a non-"0" {@code
 * error_code} and a Vietnamese message that names the field, as the real portal answers business
 * errors; the messages never repeat a value that was sent. See {@code docs/portal-simulator.md}.
 */
public final class SyncContract {

  /** The header that carries the sender's unique id of a message, the same on a redelivery. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** The longest idempotency key accepted. */
  public static final int MAX_KEY_LENGTH = 200;

  /** The most items one message may carry. */
  public static final int MAX_ITEMS = 1000;

  /** Sync a dossier. */
  public static final String SYNC_DOSSIER = "DongBoHoSoMC";

  /** Update the progress of a dossier. */
  public static final String UPDATE_PROGRESS = "CapNhatTienDoHoSoMC";

  public static final List<String> SERVICES = List.of(SYNC_DOSSIER, UPDATE_PROGRESS);

  static final String SESSION = "session";
  static final String UNIT = "madonvi";
  static final String SERVICE = "service";
  static final String UPDATING = "isUpdating";
  static final String DATA = "data";
  static final String DOSSIER_CODE = "MaHoSo";
  static final String ERROR_CODE = "error_code";
  static final String MESSAGE = "message";

  /** The code of success. */
  public static final String SUCCESS = "0";

  /** The field of each service's items that carries the status code, "1" to "10". */
  private static final Map<String, String> STATUS_FIELD =
      Map.of(SYNC_DOSSIER, "TrangThaiHoSo", UPDATE_PROGRESS, "TrangThai");

  /** The date fields of each service's items: {@code yyyyMMddHHmmss}, or empty when unknown. */
  private static final Map<String, List<String>> DATE_FIELDS =
      Map.of(
          SYNC_DOSSIER,
          List.of("NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy"),
          UPDATE_PROGRESS,
          List.of("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh"));

  private static final Set<String> STATUSES =
      Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  /** Why the simulated portal refuses a call, with the {@code error_code} it answers. */
  public enum Refusal {
    /** The body is not a JSON object. */
    NOT_JSON("1"),
    /** No {@code Idempotency-Key} header, or a blank or too long one. */
    NO_IDEMPOTENCY_KEY("2"),
    /** No {@code session} token. */
    NO_SESSION("3"),
    /** A {@code service} other than the two of the contract. */
    UNKNOWN_SERVICE("4"),
    /** {@code madonvi}, {@code isUpdating} or {@code data} missing or of the wrong shape. */
    BAD_ENVELOPE("5"),
    /** An item without {@code MaHoSo}. */
    NO_DOSSIER_CODE("6"),
    /** A date not in {@code yyyyMMddHHmmss} (nor empty). */
    BAD_DATE("7"),
    /** A status code other than "1" to "10". */
    BAD_STATUS("8"),
    /** Not a breach: the answer of the {@code ERROR_REPLY} fault mode. */
    BUSY("99");

    private final String code;

    Refusal(String code) {
      this.code = code;
    }

    /** The {@code error_code} of the reply. */
    public String code() {
      return code;
    }
  }

  /** One item of a message: the dossier it is about, its status code, and the item as sent. */
  public record Item(String dossier, String status, JsonObject raw) {}

  /** What a call amounts to: accepted, or refused with a code and a message. */
  public sealed interface Verdict permits Accepted, Refused {}

  /**
   * A call that keeps the contract.
   *
   * @param fingerprint a digest of the service and the items, to tell a redelivery of the same
   *     message from another message under a reused key (the session token may change between them)
   */
  public record Accepted(String key, String service, List<Item> items, String fingerprint)
      implements Verdict {}

  /** A call that breaks the contract; {@code message} names the field. */
  public record Refused(Refusal refusal, String message, String key, String service)
      implements Verdict {}

  private SyncContract() {}

  /**
   * Checks a call against the contract.
   *
   * @param key the {@code Idempotency-Key} header, {@code null} when absent
   * @param body the request body as sent
   */
  public static Verdict check(String key, String body) {
    String cleanKey = key == null ? "" : key.strip();
    if (cleanKey.isEmpty()) {
      return refuse(Refusal.NO_IDEMPOTENCY_KEY, "Thiếu tiêu đề Idempotency-Key", null, null);
    }
    if (cleanKey.length() > MAX_KEY_LENGTH) {
      return refuse(
          Refusal.NO_IDEMPOTENCY_KEY,
          "Tiêu đề Idempotency-Key dài quá " + MAX_KEY_LENGTH + " ký tự",
          null,
          null);
    }
    JsonObject envelope = parse(body);
    if (envelope == null) {
      return refuse(Refusal.NOT_JSON, "Dữ liệu gửi lên không phải JSON hợp lệ", cleanKey, null);
    }
    if (blank(envelope, SESSION)) {
      return refuse(Refusal.NO_SESSION, "Thiếu trường session", cleanKey, null);
    }
    String service = text(envelope, SERVICE);
    if (service == null || !SERVICES.contains(service)) {
      return refuse(
          Refusal.UNKNOWN_SERVICE,
          "Trường service không hợp lệ: chỉ nhận " + SYNC_DOSSIER + " hoặc " + UPDATE_PROGRESS,
          cleanKey,
          null);
    }
    if (blank(envelope, UNIT)) {
      return refuse(Refusal.BAD_ENVELOPE, "Thiếu trường madonvi", cleanKey, service);
    }
    String updating = text(envelope, UPDATING);
    if (!"true".equals(updating) && !"false".equals(updating)) {
      return refuse(
          Refusal.BAD_ENVELOPE,
          "Trường isUpdating phải là chuỗi \"true\" hoặc \"false\"",
          cleanKey,
          service);
    }
    JsonValue data = envelope.get(DATA);
    if (!(data instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_ITEMS) {
      return refuse(
          Refusal.BAD_ENVELOPE,
          "Trường data phải là danh sách từ 1 đến " + MAX_ITEMS + " hồ sơ",
          cleanKey,
          service);
    }
    List<Item> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String where = " ở phần tử data[" + i + "]";
      if (!(array.get(i) instanceof JsonObject item)) {
        return refuse(
            Refusal.BAD_ENVELOPE,
            "Phần tử data[" + i + "] không phải đối tượng JSON",
            cleanKey,
            service);
      }
      if (blank(item, DOSSIER_CODE)) {
        return refuse(Refusal.NO_DOSSIER_CODE, "Thiếu trường MaHoSo" + where, cleanKey, service);
      }
      for (String field : DATE_FIELDS.get(service)) {
        if (!isDate(item.get(field))) {
          return refuse(
              Refusal.BAD_DATE,
              "Trường " + field + where + " không đúng định dạng yyyyMMddHHmmss",
              cleanKey,
              service);
        }
      }
      String statusField = STATUS_FIELD.get(service);
      String status = text(item, statusField);
      if (status == null || !STATUSES.contains(status)) {
        return refuse(
            Refusal.BAD_STATUS,
            "Trường " + statusField + where + " phải là mã trạng thái từ \"1\" đến \"10\"",
            cleanKey,
            service);
      }
      items.add(new Item(text(item, DOSSIER_CODE).strip(), status, item));
    }
    return new Accepted(cleanKey, service, List.copyOf(items), fingerprint(envelope));
  }

  /**
   * Whether a value is a date of the contract: absent, JSON null or an empty string (unknown), or a
   * string {@code yyyyMMddHHmmss} that is a real date and time.
   */
  static boolean isDate(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return true;
    }
    if (!(value instanceof JsonString string)) {
      return false;
    }
    String text = string.getString();
    if (text.isEmpty()) {
      return true;
    }
    if (!text.matches("\\d{14}")) {
      return false;
    }
    try {
      LocalDateTime.parse(text, DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The success reply. */
  public static String success() {
    return reply(SUCCESS, "Thành công");
  }

  /** The reply of a refusal. */
  public static String reply(String code, String message) {
    return Json.createObjectBuilder()
        .add(ERROR_CODE, code)
        .add(MESSAGE, message)
        .build()
        .toString();
  }

  private static Refused refuse(Refusal refusal, String message, String key, String service) {
    return new Refused(refusal, message, key, service);
  }

  private static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? object : null;
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  /** The string value of a field, or {@code null} when it is absent or not a string. */
  private static String text(JsonObject object, String field) {
    return object.get(field) instanceof JsonString string ? string.getString() : null;
  }

  private static boolean blank(JsonObject object, String field) {
    String value = text(object, field);
    return value == null || value.isBlank();
  }

  private static String fingerprint(JsonObject envelope) {
    String signed =
        envelope.getString(SERVICE)
            + '\n'
            + envelope.getString(UPDATING)
            + '\n'
            + envelope.getJsonArray(DATA);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(signed.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
