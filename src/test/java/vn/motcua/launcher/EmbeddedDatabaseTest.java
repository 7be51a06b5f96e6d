package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-install database keeps data across restarts, syncs commits and asks for a password. */
class EmbeddedDatabaseTest {

  @TempDir Path home;

  @Test
  void durableDatabaseKeepsDataAcrossRestartsAndRequiresItsPassword() throws Exception {
    String password;
    try (EmbeddedDatabase db = EmbeddedDatabase.start(home, 0, true)) {
      password = db.password();
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
          Statement s = c.createStatement()) {
        assertThat(single(s, "SHOW fsync")).isEqualTo("on");
        assertThat(single(s, "SHOW synchronous_commit")).isEqualTo("on");
        assertThat(single(s, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"))
            .as("the application's role is no superuser")
            .isEqualTo("false");
        s.execute("CREATE TABLE kept (note text)");
        s.execute("INSERT INTO kept VALUES ('Một Cửa')");
      }
      assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "wrong"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", ""))
          .isInstanceOf(SQLException.class);
    }

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("database.secret"))))
        .isEqualTo("rw-------");

    try (EmbeddedDatabase db = EmbeddedDatabase.start(home, 0, true);
        Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        Statement s = c.createStatement()) {
      assertThat(db.password()).isEqualTo(password);
      assertThat(single(s, "SELECT note FROM kept")).isEqualTo("Một Cửa");
    }
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
