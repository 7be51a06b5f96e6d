package vn.motcua.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.shared.audit.AuditRecord;
import vn.motcua.testing.AuditChainsPage;
import vn.motcua.testing.AuditChainsPage.Break;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.TestDatabase;

/**
 * The audit trail cannot be rewritten by the application's own database role, and what its owner
 * rewrites behind the application's back, the auditor's verification finds, at the row where it was
 * done; the last rows of a chain too, once a seal has seen them.
 */
class AuditChainIT extends BrowserIT {

  private static final String TYPE = "tamper-test";

  /**
   * The chains the seal's test cuts: apart from {@link #TYPE}, whose counts another test checks.
   */
  private static final String SEALED_TYPE = "seal-test";

  /** SQLSTATE insufficient_privilege: refused by rights, before any trigger runs. */
  private static final String NO_PRIVILEGE = "42501";

  @Test
  void theApplicationsRoleMayOnlyReadAndAddAuditRows() throws SQLException {
    assertTheApplicationMayOnlyReadAndAdd(
        List.of("audit_event"),
        "UPDATE audit_event SET actor = 'x' WHERE false",
        "DELETE FROM audit_event WHERE false",
        "TRUNCATE audit_event",
        "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
        "DROP TRIGGER audit_event_append_only ON audit_event",
        "DROP TABLE dossier",
        "CREATE TABLE intruder (id int)");
  }

  @Test
  void aRowRewrittenBehindTheApplicationsBackIsFoundByTheAuditor() throws SQLException {
    String changed = "changed-" + UUID.randomUUID();
    String removed = "removed-" + UUID.randomUUID();
    String untouched = "untouched-" + UUID.randomUUID();
    for (String subject : new String[] {changed, removed, untouched}) {
      writeChain(TYPE, subject, 4);
    }
    signInAs("auditor");
    AuditChainsPage page = AuditChainsPage.open(browser, base);

    page.verify(null, null);
    assertThat(page.whole())
        .as("every chain the application wrote so far: " + page.summary())
        .isTrue();
    page.verify(TYPE, changed);
    assertThat(page.summary()).startsWith("Đã kiểm tra 4 dòng thuộc 1 chuỗi: 0 chuỗi bị đứt");

    asOwnerWithoutTheTrigger(
        "UPDATE audit_event SET after_state = '{\"n\":99}' WHERE subject_id = ? AND seq = 2",
        changed);
    asOwnerWithoutTheTrigger("DELETE FROM audit_event WHERE subject_id = ? AND seq = 2", removed);

    page.verify(TYPE, null);
    assertThat(page.whole()).isFalse();
    assertThat(page.summary()).startsWith("Đã kiểm tra 11 dòng thuộc 3 chuỗi: 2 chuỗi bị đứt");
    assertThat(page.breaks())
        .containsExactlyInAnyOrder(
            new Break(changed, 2, "CONTENT_CHANGED"), new Break(removed, 2, "MISSING_ROW"));
  }

  @Test
  void theApplicationsRoleMayOnlyReadAndAddSeals() throws SQLException {
    assertTheApplicationMayOnlyReadAndAdd(
        List.of("audit_seal", "audit_seal_head"),
        "UPDATE audit_seal SET sealed_by = 'x' WHERE false",
        "DELETE FROM audit_seal WHERE false",
        "TRUNCATE audit_seal",
        "UPDATE audit_seal_head SET hash = 'x' WHERE false",
        "DELETE FROM audit_seal_head WHERE false",
        "TRUNCATE audit_seal_head",
        "ALTER TABLE audit_seal DISABLE TRIGGER audit_seal_append_only",
        "ALTER TABLE audit_seal_head DISABLE TRIGGER audit_seal_head_append_only",
        "DROP TRIGGER audit_seal_append_only ON audit_seal");
  }

  /**
   * Connected as the application's role: each table reads, and each statement is refused by rights
   * (SQLSTATE 42501), before any trigger could run.
   */
  private static void assertTheApplicationMayOnlyReadAndAdd(
      List<String> tables, String... forbidden) throws SQLException {
    try (Connection app = TestDatabase.connectAsApplication();
        Statement s = app.createStatement()) {
      for (String table : tables) {
        assertThat(s.executeQuery("SELECT count(*) FROM " + table).next()).isTrue();
      }
      for (String statement : forbidden) {
        assertThatThrownBy(() -> s.execute(statement))
            .as(statement)
            .isInstanceOfSatisfying(
                SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(NO_PRIVILEGE));
      }
    }
  }

  @Test
  void theLastRowOfASealedChainRemovedBehindTheApplicationsBackIsFoundByTheAuditor()
      throws SQLException {
    String cut = "cut-" + UUID.randomUUID();
    String kept = "kept-" + UUID.randomUUID();
    writeChain(SEALED_TYPE, cut, 4);
    writeChain(SEALED_TYPE, kept, 3);
    signInAs("auditor");
    AuditChainsPage page = AuditChainsPage.open(browser, base);
    assertThat(page.seal()).startsWith("Đã niêm phong lần thứ ");
    page.verify(SEALED_TYPE, null);
    assertThat(page.whole()).as(page.summary()).isTrue();

    Object[] last = lastRow(cut);
    asOwnerWithoutTheTrigger("DELETE FROM audit_event WHERE subject_id = ? AND seq = 4", cut);
    try {
      page.verify(SEALED_TYPE, null);
      assertThat(page.whole()).isFalse();
      assertThat(page.breaks()).containsExactly(new Break(cut, 4, "SEALED_ROWS_MISSING"));
      page.verify(SEALED_TYPE, cut);
      assertThat(page.breaks()).containsExactly(new Break(cut, 4, "SEALED_ROWS_MISSING"));
      page.verify(SEALED_TYPE, kept);
      assertThat(page.whole()).isTrue();
    } finally {
      // Put the row back as it was, so that the trail is whole again for every other test.
      restore(last);
    }
    page.verify(SEALED_TYPE, null);
    assertThat(page.whole()).as(page.summary()).isTrue();
  }

  @Test
  void onlyAuditorsMayVerify() {
    signInAs("admin");
    browser.get(base + "audit/chains.xhtml");
    assertThat(browser.findElement(By.id("error-title")).getText())
        .isEqualTo("Bạn không có quyền truy cập trang này.");
  }

  /** A whole chain of rows, written as the application would have. */
  private static void writeChain(String type, String subject, int length) throws SQLException {
    String prev = null;
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    for (int seq = 1; seq <= length; seq++) {
      AuditRecord row =
          new AuditRecord(
              at.plusSeconds(seq),
              "clerk",
              "STEP",
              type,
              subject,
              seq,
              null,
              "{\"n\":" + seq + "}",
              prev);
      TestDatabase.execute(
          "INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, seq,"
              + " before_state, after_state, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row.occurredAt().atOffset(ZoneOffset.UTC),
          row.actor(),
          row.action(),
          row.subjectType(),
          row.subjectId(),
          row.seq(),
          row.beforeState(),
          row.afterState(),
          row.prevHash(),
          row.hash());
      prev = row.hash();
    }
  }

  /** Every column of a subject's last audit row, its id included. */
  private static Object[] lastRow(String subject) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT id, occurred_at, actor, action, subject_type, subject_id, seq,"
                    + " before_state, after_state, prev_hash, hash, xact FROM audit_event"
                    + " WHERE subject_id = ? ORDER BY seq DESC LIMIT 1")) {
      q.setString(1, subject);
      try (var r = q.executeQuery()) {
        assertThat(r.next()).isTrue();
        Object[] row = new Object[12];
        for (int i = 0; i < row.length; i++) {
          row[i] = r.getObject(i + 1);
        }
        // The instant exactly as stored: the row's hash covers it to the microsecond.
        row[1] = r.getObject(2, java.time.OffsetDateTime.class);
        return row;
      }
    }
  }

  /** Writes a removed row back as it was, under its own id (as only the owner may). */
  private static void restore(Object[] row) throws SQLException {
    TestDatabase.execute(
        "INSERT INTO audit_event (id, occurred_at, actor, action, subject_type, subject_id, seq,"
            + " before_state, after_state, prev_hash, hash, xact)"
            + " OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row);
  }

  /** What only the schema's owner can do: switch the append-only trigger off for one change. */
  private static void asOwnerWithoutTheTrigger(String sql, String subject) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          PreparedStatement change = c.prepareStatement(sql)) {
        s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
        change.setString(1, subject);
        assertThat(change.executeUpdate()).isEqualTo(1);
        s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
      }
      c.commit();
    }
  }
}
