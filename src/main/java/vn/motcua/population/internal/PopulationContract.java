package vn.motcua.population.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import vn.motcua.population.Resident;

/**
 * MotCua's pinned model of the national population database's look-up contract, spoken by the
 * adapter and by the simulator alike (docs/population-registry.md). The real contract is not
 * public: field names follow the national data standards' Vietnamese names, dates follow the
 * national portal's compact style.
 *
 * <pre>
 * POST {base}/cong-dan/tra-cuu      {"soDinhDanh": "022090001234"}
 * 200 {"soDinhDanh", "hoVaTen", "ngaySinh": "yyyyMMdd", "gioiTinh": "1" | "2",
 *      "noiThuongTru": {"diaChiChiTiet", "maDonViHanhChinh": "5 digits"}}
 * 404 {"maLoi": "KHONG_TIM_THAY", "moTa"}          no one holds this number
 * 400 {"maLoi": "DINH_DANH_KHONG_HOP_LE", "moTa"}  not a 12-digit number
 * 401 {"maLoi": "KHONG_DUOC_PHEP", "moTa"}         missing or wrong key
 * 503 {"maLoi": "TAM_NGUNG_DICH_VU", "moTa"}       out of service
 * </pre>
 *
 * The number travels in the body, not the path, so that it never lands in an access log.
 */
final class PopulationContract {

  static final String LOOKUP_PATH = "/cong-dan/tra-cuu";

  static final String ID_NUMBER = "soDinhDanh";
  static final String FULL_NAME = "hoVaTen";
  static final String BIRTH_DATE = "ngaySinh";
  static final String GENDER = "gioiTinh";
  static final String PERMANENT_RESIDENCE = "noiThuongTru";
  static final String ADDRESS = "diaChiChiTiet";
  static final String UNIT_CODE = "maDonViHanhChinh";

  static final String ERROR_CODE = "maLoi";
  static final String ERROR_TEXT = "moTa";
  static final String NOT_FOUND = "KHONG_TIM_THAY";
  static final String INVALID_ID = "DINH_DANH_KHONG_HOP_LE";
  static final String UNAUTHORIZED = "KHONG_DUOC_PHEP";
  static final String OUT_OF_SERVICE = "TAM_NGUNG_DICH_VU";

  /** {@code yyyyMMdd}, strict: no 30 February. */
  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  static final String MALE = "1";
  static final String FEMALE = "2";

  private PopulationContract() {}

  static String genderCode(Resident.Gender gender) {
    return gender == Resident.Gender.MALE ? MALE : FEMALE;
  }

  /** The gender of a code, or {@code null} for any other code. */
  static Resident.Gender gender(String code) {
    return switch (code) {
      case MALE -> Resident.Gender.MALE;
      case FEMALE -> Resident.Gender.FEMALE;
      default -> null;
    };
  }

  static String request(String idNumber) {
    return Json.createObjectBuilder().add(ID_NUMBER, idNumber).build().toString();
  }

  static String answer(Resident resident) {
    return Json.createObjectBuilder()
        .add(ID_NUMBER, resident.idNumber())
        .add(FULL_NAME, resident.fullName())
        .add(BIRTH_DATE, DATE.format(resident.birthDate()))
        .add(GENDER, genderCode(resident.gender()))
        .add(
            PERMANENT_RESIDENCE,
            Json.createObjectBuilder()
                .add(ADDRESS, resident.permanentAddress())
                .add(UNIT_CODE, resident.addressUnitCode()))
        .build()
        .toString();
  }

  static String error(String code, String text) {
    return Json.createObjectBuilder()
        .add(ERROR_CODE, code)
        .add(ERROR_TEXT, text)
        .build()
        .toString();
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text, DATE);
  }

  /** The error code of an error body, or empty when it is none. */
  static String errorCode(JsonObject body) {
    return body.getString(ERROR_CODE, "");
  }
}
