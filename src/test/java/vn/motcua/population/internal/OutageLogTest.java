package vn.motcua.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.population.PopulationLookup;
import vn.motcua.population.Resident;

/** An outage is one WARNING and its end one INFO, not a line per look-up. */
class OutageLogTest {

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level level;

  @BeforeEach
  void listen() {
    level = OutageLog.LOG.getLevel();
    OutageLog.LOG.setLevel(Level.ALL);
    OutageLog.LOG.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    OutageLog.LOG.removeHandler(handler);
    OutageLog.LOG.setLevel(level);
  }

  @Test
  void anOutageIsLoggedOnceWhenItStartsAndOnceWhenItEnds() {
    OutageLog log = new OutageLog();
    Resident person =
        new Resident(
            "022090001234",
            "Nguyễn Văn Hùng",
            LocalDate.of(1990, 7, 19),
            Resident.Gender.MALE,
            "Số 12, Phường Mạo Khê, Tỉnh Quảng Ninh",
            "00254");

    log.note(PopulationLookup.found(person));
    log.note(PopulationLookup.unavailable("HTTP 503"));
    log.note(PopulationLookup.unavailable("no complete answer within 2000 ms"));
    log.note(PopulationLookup.unavailable("HTTP 503"));
    log.note(PopulationLookup.notFound());
    log.note(PopulationLookup.found(person));

    assertThat(records)
        .filteredOn(r -> r.getLevel().intValue() >= Level.INFO.intValue())
        .extracting(LogRecord::getLevel, LogRecord::getMessage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Level.WARNING,
                "Population database unavailable (HTTP 503); reception falls back to manual entry"
                    + " until it answers again"),
            org.assertj.core.groups.Tuple.tuple(
                Level.INFO, "Population database answers again, after 3 unanswered look-up(s)"));
    assertThat(records).hasSize(4);
    assertThat(records)
        .extracting(LogRecord::getMessage)
        .noneMatch(m -> m.contains("022090001234") || m.contains("Nguyễn") || m.contains("Mạo"));
  }
}
