package vn.motcua.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.motcua.shared.persistence.DatabaseMigration;

/**
 * Ready when the migrations have run and a pooled connection answers a validity check within two
 * seconds (the pool waits at most ten for a connection): a load balancer sends no request to an
 * instance that could not serve it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String NAME = "database";

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private DataSource dataSource;

  @Inject private DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named(NAME);
    String version = migration.schemaVersion();
    if (version == null) {
      return response.down().withData("migrations", "pending").build();
    }
    response.withData("schemaVersion", version);
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2) ? response.up().build() : response.down().build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
