package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The calendar migration holds exactly the 2026 days of the shared reference data, as given. */
class CalendarSeedTest {

  private static final Path SOURCE = Path.of("../shared/data/holidays/vietnam-2026.csv");

  @Test
  void seedMatchesTheReferenceData() throws Exception {
    Assumptions.assumeTrue(Files.exists(SOURCE), "../shared is not beside the project");
    String migration =
        Files.readString(Path.of("db-scripts/V2__calendar.sql"), StandardCharsets.UTF_8);
    List<String> rows =
        Files.readAllLines(SOURCE, StandardCharsets.UTF_8).stream().skip(1).toList();

    for (String row : rows) {
      String[] field = row.split(",", 3);
      assertThat(migration)
          .contains(
              "('" + field[0] + "', '" + field[1] + "', '" + field[2].replace("'", "''") + "')");
      // Each row is a valid exception to the week.
      new CalendarDay(
          java.time.LocalDate.parse(field[0]), CalendarDay.Kind.valueOf(field[1]), field[2]);
    }
    assertThat(migration.split("\\('2026-", -1)).hasSize(rows.size() + 1);
  }
}
