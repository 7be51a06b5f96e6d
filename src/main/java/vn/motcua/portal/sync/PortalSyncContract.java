package vn.motcua.portal.sync;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Channel;

/**
 * The portal's sync contract as MotCua pins it, in one place (docs/portal-sync.md): the services,
 * the envelope, the field names of each message, how values are written, and the reply. The
 * portal's names are Vietnamese and kept as the portal spells them.
 */
public final class PortalSyncContract {

  /** The service that creates or updates a dossier on the portal with its full current state. */
  public static final String SYNC = "DongBoHoSoMC";

  /** The service that adds one entry to a dossier's processing progress on the portal. */
  public static final String PROGRESS = "CapNhatTienDoHoSoMC";

  /** The header that carries the outbox message's id, so the portal can drop a redelivery. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  // The envelope.
  public static final String SESSION = "session";
  public static final String UNIT_CODE = "madonvi";
  public static final String SERVICE = "service";
  public static final String UPDATING = "isUpdating";
  public static final String DATA = "data";

  // The reply.
  public static final String ERROR_CODE = "error_code";
  public static final String MESSAGE = "message";
  public static final String SUCCESS = "0";

  // Sync dossier (DongBoHoSoMC).
  public static final String CODE = "MaHoSo";
  public static final String PROCEDURE_CODE = "MaTTHC";
  public static final String PROCEDURE_NAME = "TenTTHC";
  public static final String FIELD_CODE = "MaLinhVuc";
  public static final String APPLICANT = "ChuHoSo";
  public static final String APPLICANT_KIND = "LoaiDoiTuong";
  public static final String APPLICANT_ID = "MaDoiTuong";
  public static final String RECEIVED_AT = "NgayTiepNhan";
  public static final String APPOINTMENT_AT = "NgayHenTra";
  public static final String STATUS = "TrangThaiHoSo";
  public static final String RETURNED_AT = "NgayTra";
  public static final String CHANNEL = "HinhThuc";
  public static final String ENDED_AT = "NgayKetThucXuLy";
  public static final String COMPETENT_UNIT = "DonViXuLy";
  public static final String DOCUMENTS = "TaiLieuNop";
  public static final String FEES = "DanhSachLePhi";
  public static final String SUPPLEMENTS = "DanhSachHoSoBoSung";
  public static final String RESULTS = "DanhSachGiayToKetQua";

  // TaiLieuNop items.
  public static final String FILE_ID = "TepDinhKemId";
  public static final String FILE_NAME = "TenTepDinhKem";
  public static final String COMPONENT_CODE = "MaThanhPhanHoSo";

  // DanhSachLePhi items.
  public static final String FEE_NAME = "TenPhiLePhi";
  public static final String FEE_CODE = "MaPhiLePhi";
  public static final String FEE_COLLECTION = "HinhThucThu";
  public static final String FEE_AMOUNT = "Gia";
  public static final String FEE_KIND = "LoaiPhiLePhi";

  // DanhSachHoSoBoSung items.
  public static final String SUPPLEMENT_ID = "HoSoBoSungId";
  public static final String SUPPLEMENT_REQUESTER = "NguoiYeuCauBoSung";
  public static final String SUPPLEMENT_CONTENT = "NoiDungBoSung";
  public static final String SUPPLEMENT_REQUESTED_AT = "NgayBoSung";
  public static final String SUPPLEMENT_RECEIVED_AT = "NgayTiepNhanBoSung";
  public static final String SUPPLEMENT_STATE = "TrangThaiBoSung";
  public static final String SUPPLEMENT_APPOINTMENT_BEFORE = "NgayHenTraTruoc";
  public static final String SUPPLEMENT_APPOINTMENT_AFTER = "NgayHenTraMoi";

  // DanhSachGiayToKetQua items.
  public static final String RESULT_NAME = "TenGiayTo";
  public static final String RESULT_COMPONENT_CODE = "MaThanhPhanHoSo";
  public static final String RESULT_ID = "GiayToId";
  public static final String RESULT_FILE_URL = "DuongDanTepTinKetQua";

  // Update progress (CapNhatTienDoHoSoMC).
  public static final String OFFICIAL = "NguoiXuLy";
  public static final String OFFICIAL_TITLE = "ChucDanh";
  public static final String ACTED_AT = "ThoiDiemXuLy";
  public static final String OFFICIAL_UNIT = "PhongBanXuLy";
  public static final String CONTENT = "NoiDungXuLy";
  public static final String PROGRESS_STATUS = "TrangThai";
  public static final String STEP_STARTED_AT = "NgayBatDau";
  public static final String STEP_DUE_AT = "NgayKetThucTheoQuyDinh";

  /** A supplement still awaited, and one received (pinned by MotCua). */
  public static final String SUPPLEMENT_WAITING = "0";

  public static final String SUPPLEMENT_RECEIVED = "1";

  /** A charge (phí) and a fee (lệ phí), as the portal's LoaiPhiLePhi distinguishes them. */
  public static final String CHARGE = "1";

  public static final String FEE = "2";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(WorkingCalendar.ZONE);

  private static final Map<Channel, String> CHANNELS =
      Map.of(Channel.COUNTER, "0", Channel.ONLINE, "1", Channel.POST, "2");

  private PortalSyncContract() {}

  /** An instant as the portal writes dates: {@code yyyyMMddHHmmss} in Vietnam; empty if unknown. */
  public static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  /** HinhThuc: 0 at a counter, 1 online, 2 by post (pinned by MotCua). */
  public static String channel(Channel channel) {
    return CHANNELS.get(channel);
  }

  /** LoaiDoiTuong: 1 a citizen, 2 an organisation. */
  public static String applicantKind(ApplicantType type) {
    return type == ApplicantType.ORGANIZATION ? "2" : "1";
  }

  /**
   * LoaiPhiLePhi of a fee by its name: the catalog keeps no kind, and Vietnamese names say it ("Lệ
   * phí ..." is a fee, anything else a charge).
   */
  public static String feeKind(String name) {
    return name != null && name.strip().toLowerCase(Locale.ROOT).startsWith("lệ phí")
        ? FEE
        : CHARGE;
  }

  /**
   * A message as the outbox stores it: the service, whether it updates what the portal already has,
   * and its one data item. The session and the unit code are added when sending.
   *
   * @param updating for a sync, whether the portal was sent this dossier before ({@code "false"} on
   *     its first sync); a progress message is a new entry, always {@code "false"} (the portal
   *     simulator, like the portal, wants the flag on every message)
   */
  public static String stored(String service, boolean updating, JsonObject item) {
    return write(
        Json.createObjectBuilder()
            .add(SERVICE, service)
            .add(UPDATING, Boolean.toString(updating))
            .add(DATA, Json.createArrayBuilder().add(item))
            .build());
  }

  /** The body sent: the session and the unit code, then the stored message's fields in order. */
  public static String envelope(String session, String unitCode, String stored) {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add(SESSION, session).add(UNIT_CODE, unitCode);
    read(stored).forEach(body::add);
    return write(body.build());
  }

  /** The reply's error code, or null when the reply is not a JSON object with a string code. */
  public static String errorCode(String reply) {
    try {
      JsonValue code = read(reply).get(ERROR_CODE);
      if (code == null) {
        return null;
      }
      return switch (code.getValueType()) {
        case STRING -> ((jakarta.json.JsonString) code).getString().strip();
        case NUMBER -> code.toString();
        default -> null;
      };
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      return null;
    }
  }

  /** The SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
      return reader.readObject();
    }
  }

  static String write(JsonObject object) {
    StringWriter out = new StringWriter();
    try (var writer = Json.createWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }
}
