package vn.motcua.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import vn.motcua.shared.config.Settings;

/**
 * Brings the database to the schema this build expects before anything else runs, and in demo mode
 * loads the demo data once (settings were checked earlier by {@code StartupSettingsExtension}).
 *
 * <p>Migrations run as the schema's owner ({@code motcua.db.owner}) when one is configured, and
 * grant the application's role ({@code motcua.db.user}) what it needs and no more: rows of the
 * business tables, but only SELECT and INSERT on the audit trail. The owner's connection is opened
 * for the migrations alone; the pool only ever holds the application's role.
 *
 * <p>Beans that use JPA at start-up declare {@code @DependsOn("DatabaseMigration")}.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATASOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=motcua.db.url}",
    user = "${MPCONFIG=motcua.db.user}",
    password = "${MPCONFIG=motcua.db.password}",
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    loginTimeout = 10,
    properties = {
      "ApplicationName=motcua",
      "connectTimeout=10",
      // A request waits at most 10 s for a pooled connection, then fails instead of hanging.
      "fish.payara.max-wait-time-in-millis=10000",
      // jsonb columns are written from Strings.
      "stringtype=unspecified",
      // EclipseLink's JDBC batch of like inserts (a dossier's steps) goes as one multi-row INSERT:
      // PostgreSQL plans and runs one statement instead of one per row.
      "reWriteBatchedInserts=true",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=30",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATASOURCE = "java:app/jdbc/motcua";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
  private static final String DEMO_HISTORY = "flyway_demo_history";

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @Inject private Config config;

  @Inject @DemoData private Instance<JavaMigration> demoMigrations;

  private volatile String schemaVersion;

  @PostConstruct
  void migrate() {
    String applicationRole = Settings.DB_USER.value(config);
    String owner = Settings.DB_OWNER.value(config);
    if (owner.isEmpty() || owner.equals(applicationRole)) {
      LOG.warning(
          "One database role owns the schema and runs MotCua (motcua.db.owner is not set): the"
              + " audit trail is guarded by its trigger only, which its owner can disable");
    }
    Flyway schema =
        configure()
            .locations("classpath:db/migration")
            .placeholders(Map.of("application_role", applicationRole))
            .validateMigrationNaming(true)
            .load();
    int applied = schema.migrate().migrationsExecuted;
    schemaVersion = schema.info().current().getVersion().getVersion();
    LOG.info(() -> "Database schema at version " + schemaVersion + " (" + applied + " applied)");

    if (config.getValue(Settings.DEMO.key(), Boolean.class)) {
      loadDemoData();
    }
  }

  /** Flyway on the owner's connection when an owner is configured, else on the pool's. */
  private FluentConfiguration configure() {
    FluentConfiguration flyway = Flyway.configure(getClass().getClassLoader());
    String owner = Settings.DB_OWNER.value(config);
    if (owner.isEmpty()) {
      return flyway.dataSource(dataSource);
    }
    return flyway.dataSource(
        Settings.DB_URL.value(config), owner, Settings.DB_OWNER_PASSWORD.value(config));
  }

  /** The schema version once migrations have run; {@code null} before. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /**
   * Demo data goes only into a database that is empty of people's data or already holds demo data:
   * demo mode pointed at a real database by mistake must not add demo accounts to it.
   */
  private void loadDemoData() {
    if (!shouldLoadDemoData(tableExists(DEMO_HISTORY), hasAccounts())) {
      LOG.warning("Demo mode: the database already holds accounts and no demo data; none loaded");
      return;
    }
    Flyway demo =
        configure()
            .table(DEMO_HISTORY)
            // The schema's tables are already there: start this history at 0, below every step.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .locations("classpath:db/demo")
            .javaMigrations(
                demoMigrations.stream()
                    .sorted(Comparator.comparing(JavaMigration::getVersion))
                    .toArray(JavaMigration[]::new))
            .load();
    int applied = demo.migrate().migrationsExecuted;
    LOG.info(() -> "Demo data: " + applied + " step(s) loaded");
  }

  /** Demo data goes into a database that already holds demo data or holds no accounts at all. */
  static boolean shouldLoadDemoData(boolean demoHistoryExists, boolean hasAccounts) {
    return demoHistoryExists || !hasAccounts;
  }

  private boolean tableExists(String table) {
    return queryBoolean("SELECT to_regclass('" + table + "') IS NOT NULL");
  }

  private boolean hasAccounts() {
    return queryBoolean("SELECT EXISTS (SELECT 1 FROM app_user)");
  }

  private boolean queryBoolean(String sql) {
    try (Connection c = dataSource.getConnection();
        var s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getBoolean(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database: " + e.getMessage(), e);
    }
  }
}
