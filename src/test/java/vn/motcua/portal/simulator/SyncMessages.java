package vn.motcua.portal.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Well-formed sync messages of the contract, for tests to send as they are or to break. */
public final class SyncMessages {

  private SyncMessages() {}

  /** A DongBoHoSoMC item of a dossier in status {@code status}. */
  public static JsonObjectBuilder dossier(String code, String status) {
    return Json.createObjectBuilder()
        .add("MaHoSo", code)
        .add("MaTTHC", "1.001022")
        .add("TenTTHC", "Đăng ký khai sinh")
        .add("MaLinhVuc", "HT")
        .add("ChuHoSo", "Người Thử")
        .add("LoaiDoiTuong", "1")
        .add("MaDoiTuong", "")
        .add("NgayTiepNhan", "20260302090000")
        .add("NgayHenTra", "20260305170000")
        .add("TrangThaiHoSo", status)
        .add("NgayTra", "")
        .add("HinhThuc", "0")
        .add("NgayKetThucXuLy", "")
        .add("DonViXuLy", "UBND phường Hồng Gai")
        .add("TaiLieuNop", Json.createArrayBuilder())
        .add("DanhSachLePhi", Json.createArrayBuilder())
        .add("DanhSachHoSoBoSung", Json.createArrayBuilder())
        .add("DanhSachGiayToKetQua", Json.createArrayBuilder());
  }

  /** A CapNhatTienDoHoSoMC item of a dossier in status {@code status}. */
  public static JsonObjectBuilder progress(String code, String status) {
    return Json.createObjectBuilder()
        .add("MaHoSo", code)
        .add("NguoiXuLy", "Trần Văn Minh")
        .add("ChucDanh", "Chuyên viên")
        .add("ThoiDiemXuLy", "20260302101500")
        .add("PhongBanXuLy", "Văn phòng")
        .add("NoiDungXuLy", "Chuyển bước")
        .add("TrangThai", status)
        .add("NgayBatDau", "20260302090000")
        .add("NgayKetThucTheoQuyDinh", "20260305170000");
  }

  /** The envelope of one service around these items. */
  public static JsonObjectBuilder envelope(String service, JsonObjectBuilder... items) {
    var data = Json.createArrayBuilder();
    for (JsonObjectBuilder item : items) {
      data.add(item);
    }
    return Json.createObjectBuilder()
        .add("session", "phien-thu")
        .add("madonvi", "000.00.00.H48")
        .add("service", service)
        .add("isUpdating", "false")
        .add("data", data);
  }

  /** A sync of one dossier in status {@code status}, as text. */
  public static String sync(String code, String status) {
    return envelope(SyncContract.SYNC_DOSSIER, dossier(code, status)).build().toString();
  }

  /** The envelope with one field of the first item replaced. */
  public static String withItemField(
      String service, JsonObjectBuilder item, String field, String value) {
    JsonObject changed = item.add(field, value).build();
    return envelope(service, Json.createObjectBuilder(changed)).build().toString();
  }
}
