package vn.motcua.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.portal.simulator.SyncContract.SYNC_DOSSIER;
import static vn.motcua.portal.simulator.SyncContract.UPDATE_PROGRESS;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.portal.simulator.SyncContract.Refusal;

/** Each breach of the sync contract is refused with its own code and a message naming the field. */
class SyncContractTest {

  private static SyncContract.Refused refused(String key, String body) {
    SyncContract.Verdict verdict = SyncContract.check(key, body);
    assertThat(verdict).isInstanceOf(SyncContract.Refused.class);
    return (SyncContract.Refused) verdict;
  }

  @Test
  void aWellFormedSyncIsAcceptedWithItsDossierAndStatus() {
    SyncContract.Verdict verdict =
        SyncContract.check(
            " m-1 ",
            SyncMessages.envelope(
                    SYNC_DOSSIER,
                    SyncMessages.dossier("HG-1", "2"),
                    SyncMessages.dossier("HG-2", "10"))
                .build()
                .toString());

    assertThat(verdict).isInstanceOf(SyncContract.Accepted.class);
    SyncContract.Accepted accepted = (SyncContract.Accepted) verdict;
    assertThat(accepted.key()).isEqualTo("m-1");
    assertThat(accepted.service()).isEqualTo(SYNC_DOSSIER);
    assertThat(accepted.items())
        .extracting(SyncContract.Item::dossier, SyncContract.Item::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("HG-1", "2"),
            org.assertj.core.groups.Tuple.tuple("HG-2", "10"));
    assertThat(accepted.items().get(0).raw().getString("TenTTHC")).isEqualTo("Đăng ký khai sinh");
  }

  @Test
  void aWellFormedProgressUpdateIsAccepted() {
    String body =
        SyncMessages.envelope(UPDATE_PROGRESS, SyncMessages.progress("HG-1", "4"))
            .build()
            .toString();

    assertThat(SyncContract.check("m-2", body)).isInstanceOf(SyncContract.Accepted.class);
  }

  @Test
  void unknownDatesMayBeEmpty() {
    String body =
        SyncMessages.withItemField(
            SYNC_DOSSIER, SyncMessages.dossier("HG-1", "1"), "NgayHenTra", "");

    assertThat(SyncContract.check("m-3", body)).isInstanceOf(SyncContract.Accepted.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aMissingIdempotencyKeyIsRefused(String key) {
    SyncContract.Refused refused = refused(key, SyncMessages.sync("HG-1", "1"));

    assertThat(refused.refusal()).isEqualTo(Refusal.NO_IDEMPOTENCY_KEY);
    assertThat(refused.refusal().code()).isEqualTo("2");
    assertThat(refused.message()).contains("Idempotency-Key");
    assertThat(refused(null, SyncMessages.sync("HG-1", "1")).refusal())
        .isEqualTo(Refusal.NO_IDEMPOTENCY_KEY);
    assertThat(refused("k".repeat(201), SyncMessages.sync("HG-1", "1")).refusal())
        .isEqualTo(Refusal.NO_IDEMPOTENCY_KEY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "[]", "null", "\"text\"", "<xml/>", "{\"a\":"})
  void aBodyThatIsNotAJsonObjectIsRefused(String body) {
    SyncContract.Refused refused = refused("m", body);

    assertThat(refused.refusal()).isEqualTo(Refusal.NOT_JSON);
    assertThat(refused.refusal().code()).isEqualTo("1");
    assertThat(refused.message()).contains("JSON");
  }

  @Test
  void aMissingSessionIsRefused() {
    String body =
        Json.createObjectBuilder(
                SyncMessages.envelope(SYNC_DOSSIER, SyncMessages.dossier("HG-1", "1")).build())
            .remove("session")
            .build()
            .toString();

    SyncContract.Refused refused = refused("m", body);

    assertThat(refused.refusal()).isEqualTo(Refusal.NO_SESSION);
    assertThat(refused.refusal().code()).isEqualTo("3");
    assertThat(refused.message()).contains("session");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DongBoHoSo", "", "dongbohosomc"})
  void anUnknownServiceIsRefused(String service) {
    String body =
        SyncMessages.envelope(service, SyncMessages.dossier("HG-1", "1")).build().toString();

    SyncContract.Refused refused = refused("m", body);

    assertThat(refused.refusal()).isEqualTo(Refusal.UNKNOWN_SERVICE);
    assertThat(refused.refusal().code()).isEqualTo("4");
    assertThat(refused.message()).contains("service");
  }

  @ParameterizedTest
  @CsvSource({
    "madonvi, '', madonvi",
    "isUpdating, yes, isUpdating",
    "data, '', data",
  })
  void aBrokenEnvelopeIsRefusedNamingTheField(String field, String value, String named) {
    String body =
        SyncMessages.envelope(SYNC_DOSSIER, SyncMessages.dossier("HG-1", "1"))
            .add(field, value)
            .build()
            .toString();

    SyncContract.Refused refused = refused("m", body);

    assertThat(refused.refusal()).isEqualTo(Refusal.BAD_ENVELOPE);
    assertThat(refused.refusal().code()).isEqualTo("5");
    assertThat(refused.message()).contains(named);
  }

  @Test
  void anEmptyDataListIsRefused() {
    assertThat(refused("m", SyncMessages.envelope(SYNC_DOSSIER).build().toString()).refusal())
        .isEqualTo(Refusal.BAD_ENVELOPE);
  }

  @Test
  void anItemWithoutDossierCodeIsRefused() {
    String body =
        SyncMessages.envelope(
                SYNC_DOSSIER,
                SyncMessages.dossier("HG-1", "1"),
                Json.createObjectBuilder(SyncMessages.dossier("x", "1").build()).remove("MaHoSo"))
            .build()
            .toString();

    SyncContract.Refused refused = refused("m", body);

    assertThat(refused.refusal()).isEqualTo(Refusal.NO_DOSSIER_CODE);
    assertThat(refused.refusal().code()).isEqualTo("6");
    assertThat(refused.message()).contains("MaHoSo").contains("data[1]");
  }

  @ParameterizedTest
  @CsvSource({
    "NgayTiepNhan, 2026-03-02 09:00",
    "NgayHenTra, 20260230090000",
    "NgayTra, 2026030209000",
    "NgayKetThucXuLy, 20260302250000",
  })
  void aDossierDateNotInTheContractsFormatIsRefusedNamingTheField(String field, String value) {
    String body =
        SyncMessages.withItemField(SYNC_DOSSIER, SyncMessages.dossier("HG-1", "1"), field, value);

    SyncContract.Refused refused = refused("m", body);

    assertThat(refused.refusal()).isEqualTo(Refusal.BAD_DATE);
    assertThat(refused.refusal().code()).isEqualTo("7");
    assertThat(refused.message()).contains(field).contains("yyyyMMddHHmmss").doesNotContain(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh"})
  void aProgressDateNotInTheContractsFormatIsRefused(String field) {
    String body =
        SyncMessages.withItemField(
            UPDATE_PROGRESS, SyncMessages.progress("HG-1", "1"), field, "02/03/2026");

    assertThat(refused("m", body).message()).contains(field);
  }

  @Test
  void aDateThatIsNotAStringIsRefused() {
    String body =
        SyncMessages.envelope(
                SYNC_DOSSIER, SyncMessages.dossier("HG-1", "1").add("NgayHenTra", 20260305170000L))
            .build()
            .toString();

    assertThat(refused("m", body).refusal()).isEqualTo(Refusal.BAD_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "11", "", "01", "x"})
  void aStatusOutsideOneToTenIsRefused(String status) {
    SyncContract.Refused refused = refused("m", SyncMessages.sync("HG-1", status));

    assertThat(refused.refusal()).isEqualTo(Refusal.BAD_STATUS);
    assertThat(refused.refusal().code()).isEqualTo("8");
    assertThat(refused.message()).contains("TrangThaiHoSo");
  }

  @Test
  void aProgressStatusIsNamedAsItsField() {
    String body =
        SyncMessages.envelope(UPDATE_PROGRESS, SyncMessages.progress("HG-1", "12"))
            .build()
            .toString();

    assertThat(refused("m", body).message()).contains("TrangThai");
  }

  @Test
  void aStatusNumberIsNotAStatusString() {
    String body =
        SyncMessages.envelope(
                SYNC_DOSSIER, SyncMessages.dossier("HG-1", "1").add("TrangThaiHoSo", 2))
            .build()
            .toString();

    assertThat(refused("m", body).refusal()).isEqualTo(Refusal.BAD_STATUS);
  }

  @Test
  void theSameMessageUnderAnotherSessionHasTheSameFingerprint() {
    String first = SyncMessages.sync("HG-1", "2");
    String renewed =
        Json.createObjectBuilder(
                SyncMessages.envelope(SYNC_DOSSIER, SyncMessages.dossier("HG-1", "2")).build())
            .add("session", "phien-moi")
            .build()
            .toString();
    String changed = SyncMessages.sync("HG-1", "3");

    assertThat(fingerprint(renewed)).isEqualTo(fingerprint(first));
    assertThat(fingerprint(changed)).isNotEqualTo(fingerprint(first));
  }

  @Test
  void repliesAreTheContractsEnvelope() {
    assertThat(SyncContract.success())
        .isEqualTo("{\"error_code\":\"0\",\"message\":\"Thành công\"}");
  }

  private static String fingerprint(String body) {
    return ((SyncContract.Accepted) SyncContract.check("m", body)).fingerprint();
  }
}
