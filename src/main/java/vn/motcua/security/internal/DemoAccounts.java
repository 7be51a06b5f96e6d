package vn.motcua.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import vn.motcua.security.Role;
import vn.motcua.shared.persistence.DemoData;
import vn.motcua.shared.persistence.DemoMigration;

/**
 * One demo account per role, all with the demo-only password {@value #PASSWORD} (README.md). In
 * Java because the hashes must come from the same PBKDF2 setup that checks them at login.
 */
@Dependent
@DemoData
public class DemoAccounts extends DemoMigration {

  /** Demo only: documented in README.md, never loaded outside demo mode. */
  public static final String PASSWORD = "demo-MotCua-2026";

  record DemoAccount(String username, String fullName, Role role) {}

  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("clerk", "Nguyễn Thị Lan", Role.RECEIVING_CLERK),
          new DemoAccount("specialist", "Trần Văn Minh", Role.SPECIALIST),
          new DemoAccount("head", "Phạm Thị Hoa", Role.HEAD),
          new DemoAccount("leader", "Hoàng Văn Nam", Role.SIGNING_LEADER),
          new DemoAccount("director", "Vũ Thị Thu", Role.CENTER_DIRECTOR),
          new DemoAccount("admin", "Đỗ Văn Hùng", Role.PROVINCIAL_ADMIN),
          new DemoAccount("auditor", "Bùi Thị Mai", Role.AUDITOR));

  @Inject private PasswordHashing hashing;

  public DemoAccounts() {
    super("1.1", "demo accounts, one per role");
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (PreparedStatement user =
            c.prepareStatement(
                "INSERT INTO app_user (id, username, password_hash, full_name, enabled, created_at,"
                    + " version) VALUES (nextval('app_user_seq'), ?, ?, ?, true, ?, 0)"
                    + " RETURNING id");
        PreparedStatement role =
            c.prepareStatement("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      for (DemoAccount account : ACCOUNTS) {
        user.setString(1, account.username());
        user.setString(2, hashing.hash(PASSWORD.toCharArray()));
        user.setString(3, account.fullName());
        user.setTimestamp(4, now);
        try (var rs = user.executeQuery()) {
          rs.next();
          role.setLong(1, rs.getLong(1));
        }
        role.setString(2, account.role().name());
        role.executeUpdate();
      }
    }
  }
}
