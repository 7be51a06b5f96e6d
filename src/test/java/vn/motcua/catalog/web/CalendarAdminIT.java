package vn.motcua.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.shared.audit.AuditRecord;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.CalendarPage;
import vn.motcua.testing.TestDatabase;

/** The provincial administrator keeps the working calendar; every change is in the audit trail. */
@RunAsClient
class CalendarAdminIT extends BrowserIT {

  /** A Wednesday no other test touches. */
  private static final LocalDate DAY = LocalDate.parse("2026-07-15");

  @Test
  void theAdministratorSeesTheYearAndChangesADayWithAnAuditTrail() throws Exception {
    signInAs("admin");
    browser.findElement(By.cssSelector("a[href$='admin/calendar.xhtml']")).click();
    CalendarPage calendar = CalendarPage.current(browser).showYear(2026);

    assertThat(calendar.dayStyle(LocalDate.parse("2026-02-16"))).isEqualTo("mc-day-off");
    assertThat(calendar.dayStyle(LocalDate.parse("2026-01-10"))).isEqualTo("mc-day-makeup");
    assertThat(calendar.dayStyle(LocalDate.parse("2026-03-07"))).isEqualTo("mc-day-weekend");
    assertThat(calendar.dayStyle(DAY)).isEqualTo("mc-day-working");

    calendar.setDay(DAY, "Ngày nghỉ thử nghiệm");
    assertThat(calendar.dayStyle(DAY)).isEqualTo("mc-day-off");
    assertThat(nameInDatabase()).isEqualTo("Ngày nghỉ thử nghiệm");

    calendar.removeDay(DAY);
    assertThat(calendar.dayStyle(DAY)).isEqualTo("mc-day-working");
    assertThat(nameInDatabase()).isNull();

    List<AuditRecord> chain = auditChain();
    assertThat(chain)
        .extracting(AuditRecord::action)
        .containsExactly("CALENDAR_DAY_ADDED", "CALENDAR_DAY_REMOVED");
    assertThat(chain).extracting(AuditRecord::actor).containsOnly("admin");
    assertThat(chain.get(0).afterState()).contains("Ngày nghỉ thử nghiệm", "DAY_OFF");
    assertThat(chain.get(1).prevHash()).as("chained").isEqualTo(chain.get(0).hash());
  }

  @Test
  void aDayNeedsAName() {
    signInAs("admin");
    CalendarPage calendar = CalendarPage.open(browser, base).showYear(2026);

    assertThat(calendar.saveWithoutName(DAY)).isEqualTo("Vui lòng nhập tên ngày.");
  }

  @Test
  void aClerkMayNotOpenTheCalendar() {
    signInAs("clerk");

    browser.get(base + "admin/calendar.xhtml");

    assertThat(browser.findElement(By.id("error-title")).getText())
        .isEqualTo("Bạn không có quyền truy cập trang này.");
  }

  @Test
  void theAuditTrailCannotBeRewritten() throws Exception {
    try (Connection c = TestDatabase.connect()) {
      assertThatThrownBy(
              () -> c.createStatement().executeUpdate("UPDATE audit_event SET actor = 'x'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM audit_event"))
          .hasMessageContaining("append-only");
    }
  }

  private String nameInDatabase() throws SQLException {
    try (Connection c = TestDatabase.connect();
        var ps = c.prepareStatement("SELECT name FROM calendar_day WHERE day = ?")) {
      ps.setObject(1, DAY);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The stored chain of the test day, each row checked against its stored hash. */
  private List<AuditRecord> auditChain() throws SQLException {
    List<AuditRecord> chain = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT occurred_at, actor, action, subject_type, subject_id, seq, before_state,"
                    + " after_state, prev_hash, hash FROM audit_event WHERE subject_type ="
                    + " 'calendar-day' AND subject_id = ? ORDER BY seq")) {
      ps.setString(1, DAY.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          AuditRecord record =
              new AuditRecord(
                  rs.getObject(1, OffsetDateTime.class).toInstant(),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9));
          assertThat(record.hash())
              .as("stored hash of row %d", record.seq())
              .isEqualTo(rs.getString(10));
          chain.add(record);
        }
      }
    }
    return chain;
  }
}
