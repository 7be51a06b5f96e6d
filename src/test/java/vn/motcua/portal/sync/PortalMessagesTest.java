package vn.motcua.portal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.portal.sync.SyncPlay.CALENDAR;
import static vn.motcua.portal.sync.SyncPlay.CLERK;
import static vn.motcua.portal.sync.SyncPlay.HEAD;
import static vn.motcua.portal.sync.SyncPlay.LEADER;
import static vn.motcua.portal.sync.SyncPlay.SPECIALIST;
import static vn.motcua.portal.sync.SyncPlay.SPECIALIST_2;
import static vn.motcua.portal.sync.SyncPlay.at;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;
import vn.motcua.dossier.ResultDetails;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.security.Role;

/**
 * Every outbound message, as the portal receives it (the envelope with a test session and unit
 * code), against golden files: the sync of a dossier at registration, acceptance, counter receipt,
 * supplement request and receipt, apology, finish with results, refusal, return; the progress of
 * each kind of action.
 */
class PortalMessagesTest {

  private static final String SESSION = "phien-thu-nghiem";
  private static final String UNIT_CODE = "000.00.00.H22";

  private final PortalMessages messages = new PortalMessages(SyncPlay.DIRECTORY);

  /** The messages of the dossier's last action, as sent. */
  private List<String> sent(Dossier dossier, boolean synced) {
    return messages.of(SyncPlay.lastChange(dossier), () -> synced).stream()
        .map(draft -> PortalSyncContract.envelope(SESSION, UNIT_CODE, draft.payload()))
        .toList();
  }

  /** A status change: a sync, then the progress. */
  private void assertSyncAndProgress(Dossier dossier, boolean synced, String name) {
    List<String> sent = sent(dossier, synced);
    assertThat(sent).hasSize(2);
    GoldenJson.assertMatches("sync-" + name + ".json", sent.get(0));
    GoldenJson.assertMatches("progress-" + name + ".json", sent.get(1));
  }

  /** No status change: the progress alone. */
  private void assertProgressOnly(Dossier dossier, String name) {
    List<String> sent = sent(dossier, true);
    assertThat(sent).hasSize(1);
    GoldenJson.assertMatches("progress-" + name + ".json", sent.get(0));
  }

  @Test
  void registeredOnlineIsThePortalsFirstSync() {
    assertSyncAndProgress(SyncPlay.registered(), false, "registered");
  }

  @Test
  void acceptedOnline() {
    Dossier dossier = SyncPlay.registered();
    dossier.accept(SyncPlay.TIME, SyncPlay.CHECKLIST, at("2026-04-28T07:45"), CALENDAR, CLERK);
    assertSyncAndProgress(dossier, true, "accepted");
  }

  @Test
  void refusedAtIntake() {
    Dossier dossier = SyncPlay.registered();
    dossier.refuseIntake("Giấy chứng sinh không rõ nét", at("2026-04-28T07:50"), CLERK);
    assertSyncAndProgress(dossier, true, "refused-intake");
  }

  @Test
  void receivedAtTheCounterIsTheFirstSync() {
    assertSyncAndProgress(SyncPlay.received(), false, "received");
  }

  @Test
  void forwarded() {
    assertSyncAndProgress(SyncPlay.processing(), true, "forwarded");
  }

  @Test
  void stepStarted() {
    Dossier dossier = SyncPlay.processing();
    dossier.startStep(at("2026-04-28T08:30"), SPECIALIST);
    assertProgressOnly(dossier, "step-started");
  }

  @Test
  void forwardedWithinProcessingChangesNoStatus() {
    Dossier dossier = SyncPlay.processing();
    dossier.forward("Đề nghị phê duyệt", null, at("2026-04-28T14:00"), CALENDAR, SPECIALIST);
    assertProgressOnly(dossier, "forwarded-within");
  }

  @Test
  void sentBack() {
    Dossier dossier = SyncPlay.processing();
    dossier.forward(null, null, at("2026-04-28T14:00"), CALENDAR, SPECIALIST);
    dossier.sendBack("Thiếu xác minh nơi cư trú", at("2026-04-28T15:00"), CALENDAR, HEAD);
    assertProgressOnly(dossier, "sent-back");
  }

  @Test
  void reassignedNamesTheNewOfficial() {
    Dossier dossier = SyncPlay.processing();
    dossier.reassign(SPECIALIST_2, at("2026-04-28T09:00"), HEAD);
    assertProgressOnly(dossier, "reassigned");
  }

  @Test
  void supplementRequestedAndReceived() {
    Dossier dossier = SyncPlay.processing();
    dossier.requestSupplement(
        "Bổ sung bản sao giấy chứng nhận kết hôn của cha mẹ", at("2026-04-28T10:00"), SPECIALIST);
    assertSyncAndProgress(dossier, true, "supplement-requested");

    dossier.receiveSupplement(
        SyncPlay.CHECKLIST.partial(List.of(ProvidedDocument.paper(2, Provision.COPY))),
        at("2026-05-04T09:00"),
        CALENDAR,
        CLERK);
    assertSyncAndProgress(dossier, true, "supplement-received");
  }

  @Test
  void apologyMovesTheAppointment() {
    Dossier dossier = SyncPlay.processing();
    dossier.apologize(
        at("2026-05-08T16:00"), "Chờ xác minh của cơ quan công an", at("2026-04-30T09:00"), HEAD);
    assertSyncAndProgress(dossier, true, "apologized");
  }

  @Test
  void finishedWithResults() {
    Dossier dossier = SyncPlay.atSigning();
    dossier.finish(
        List.of(
            new ResultDetails("Giấy khai sinh", "125/2026", 777L),
            new ResultDetails("Bản sao trích lục khai sinh", null, null)),
        at("2026-04-29T09:00"),
        CALENDAR,
        LEADER);
    assertSyncAndProgress(dossier, true, "finished");
  }

  @Test
  void refusedByTheAgency() {
    Dossier dossier = SyncPlay.processing();
    dossier.refuse(
        "Người yêu cầu không thuộc diện đăng ký", at("2026-04-29T10:00"), CALENDAR, SPECIALIST);
    assertSyncAndProgress(dossier, true, "refused");
  }

  @Test
  void returned() {
    Dossier dossier = SyncPlay.atSigning();
    dossier.finish(
        List.of(new ResultDetails("Giấy khai sinh", "125/2026", 777L)),
        at("2026-04-29T09:00"),
        CALENDAR,
        LEADER);
    dossier.returnResult(ReturnMethod.AT_CENTER, at("2026-04-29T15:30"), CALENDAR, CLERK);
    assertSyncAndProgress(dossier, true, "returned");
  }

  @Test
  void withdrawn() {
    Dossier dossier = SyncPlay.processing();
    dossier.withdraw("Người nộp xin rút hồ sơ", at("2026-04-28T16:00"), CLERK);
    assertSyncAndProgress(dossier, true, "withdrawn");
  }

  @Test
  void aStoredMessageIsItsEnvelopeWithoutSessionOrUnit() {
    // A creation is the portal's first sync whatever the outbox holds.
    Dossier dossier = SyncPlay.received();
    String stored = messages.of(SyncPlay.lastChange(dossier), () -> true).get(0).payload();
    assertThat(stored)
        .doesNotContain(SESSION)
        .doesNotContain(UNIT_CODE)
        .startsWith("{\"service\":\"DongBoHoSoMC\",\"isUpdating\":\"false\",\"data\":[{\"MaHoSo\"");
    assertThat(PortalSyncContract.envelope(SESSION, UNIT_CODE, stored))
        .startsWith(
            "{\"session\":\"" + SESSION + "\",\"madonvi\":\"" + UNIT_CODE + "\",\"service\"");
  }

  @Test
  void aSystemsChangeAsksForNoAccountEvenWhenOneHasItsName() {
    List<Collection<String>> asked = new ArrayList<>();
    SyncDirectory directory =
        new SyncDirectory() {
          @Override
          public String procedureName(long procedureVersionId) {
            return SyncPlay.DIRECTORY.procedureName(procedureVersionId);
          }

          @Override
          public Map<Long, String> unitNames(Collection<Long> unitIds) {
            return SyncPlay.DIRECTORY.unitNames(unitIds);
          }

          @Override
          public Map<String, Official> officials(Collection<String> logins) {
            asked.add(List.copyOf(logins));
            return logins.contains("portal")
                ? Map.of("portal", new Official("Người tên portal", Set.of(Role.SPECIALIST)))
                : Map.of();
          }
        };
    String progress =
        new PortalMessages(directory)
            .of(SyncPlay.lastChange(SyncPlay.registered()), () -> false)
            .get(1)
            .payload();
    assertThat(asked).allSatisfy(logins -> assertThat(logins).isEmpty());
    assertThat(progress).contains("\"NguoiXuLy\":\"portal\"").doesNotContain("Người tên portal");
  }

  @Test
  void aChangeWithoutSyncDoesNotAskWhetherTheDossierWasSynced() {
    Dossier dossier = SyncPlay.processing();
    dossier.startStep(at("2026-04-28T08:30"), SPECIALIST);
    assertThat(
            messages.of(
                SyncPlay.lastChange(dossier),
                () -> {
                  throw new AssertionError("asked");
                }))
        .extracting(OutboxDraft::service)
        .containsExactly(PortalSyncContract.PROGRESS);
  }
}
