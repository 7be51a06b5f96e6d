package vn.motcua.shared.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Base of demo data written in Java (where SQL cannot do it, such as hashing passwords): a
 * versioned step of the demo history, named explicitly rather than by Flyway's class-name rules.
 */
public abstract class DemoMigration implements JavaMigration {

  private final MigrationVersion version;
  private final String description;

  protected DemoMigration(String version, String description) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
