package vn.motcua.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo mode never adds demo accounts to a database that holds real ones. */
class DemoDataRuleTest {

  @Test
  void emptyDatabaseGetsDemoData() {
    assertThat(DatabaseMigration.shouldLoadDemoData(false, false)).isTrue();
  }

  @Test
  void databaseWithDemoDataGetsTheNewDemoSteps() {
    assertThat(DatabaseMigration.shouldLoadDemoData(true, true)).isTrue();
  }

  @Test
  void databaseWithRealAccountsGetsNone() {
    assertThat(DatabaseMigration.shouldLoadDemoData(false, true)).isFalse();
  }
}
