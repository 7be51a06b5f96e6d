package vn.motcua.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** An audit row's hash covers every field and its predecessor, so no change goes unseen. */
class AuditRecordTest {

  private final AuditRecord row =
      new AuditRecord(
          Instant.parse("2026-03-02T02:15:30.123456789Z"),
          "admin",
          "CALENDAR_DAY_ADDED",
          "calendar-day",
          "2026-07-15",
          2,
          null,
          "{\"kind\":\"DAY_OFF\"}",
          "a".repeat(64));

  @Test
  void theHashIsStableAndHexSha256() {
    assertThat(row.hash()).hasSize(64).matches("[0-9a-f]+").isEqualTo(copy(row).hash());
  }

  @Test
  void theHashIsTheSha256OfTheLengthPrefixedFieldsJoinedSoStoredChainsStillVerify()
      throws Exception {
    // The format every stored row was hashed with; an absent field is "-1:".
    String joined =
        "27:2026-03-02T02:15:30.123456Z|5:admin|18:CALENDAR_DAY_ADDED|12:calendar-day|"
            + "10:2026-07-15|1:2|-1:|18:{\"kind\":\"DAY_OFF\"}|64:"
            + "a".repeat(64)
            + "|";
    byte[] expected =
        MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
    assertThat(row.hash()).isEqualTo(HexFormat.of().formatHex(expected));
  }

  @Test
  void theInstantIsKeptToTheMicrosecondAsTheDatabaseStoresIt() {
    assertThat(row.occurredAt()).isEqualTo(Instant.parse("2026-03-02T02:15:30.123456Z"));
  }

  @Test
  void changingAnyFieldChangesTheHash() {
    String hash = row.hash();
    assertThat(
            with(row.occurredAt().plusSeconds(1), row.actor(), row.afterState(), row.prevHash())
                .hash())
        .isNotEqualTo(hash);
    assertThat(with(row.occurredAt(), "clerk", row.afterState(), row.prevHash()).hash())
        .isNotEqualTo(hash);
    assertThat(
            with(row.occurredAt(), row.actor(), "{\"kind\":\"WORKING_DAY\"}", row.prevHash())
                .hash())
        .isNotEqualTo(hash);
    assertThat(with(row.occurredAt(), row.actor(), row.afterState(), "b".repeat(64)).hash())
        .as("chained to its predecessor")
        .isNotEqualTo(hash);
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    AuditRecord a = new AuditRecord(row.occurredAt(), "ab", "c", "t", "1", 1, null, null, null);
    AuditRecord b = new AuditRecord(row.occurredAt(), "a", "bc", "t", "1", 1, null, null, null);
    assertThat(a.hash()).isNotEqualTo(b.hash());
    AuditRecord empty = new AuditRecord(row.occurredAt(), "a", "b", "t", "1", 1, "", null, null);
    AuditRecord absent = new AuditRecord(row.occurredAt(), "a", "b", "t", "1", 1, null, null, null);
    assertThat(empty.hash()).as("empty is not absent").isNotEqualTo(absent.hash());
  }

  private static AuditRecord copy(AuditRecord r) {
    return with(r.occurredAt(), r.actor(), r.afterState(), r.prevHash());
  }

  private static AuditRecord with(Instant at, String actor, String after, String prevHash) {
    return new AuditRecord(
        at, actor, "CALENDAR_DAY_ADDED", "calendar-day", "2026-07-15", 2, null, after, prevHash);
  }
}
