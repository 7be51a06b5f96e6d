package vn.motcua.portal.sync.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How much work the relay's claim does, from PostgreSQL's own account ({@code EXPLAIN ANALYZE}):
 * for tests that hold it to a batch's worth whatever the planner's statistics say.
 */
public final class ClaimPlan {

  private ClaimPlan() {}

  /**
   * Runs the claim, as the repository does, on a connection whose transaction the caller rolls
   * back, and answers the most rows any step of its plan produced, over all its loops.
   */
  public static long mostRowsProduced(Connection c, int batch) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(JpaOutboxRepository.WALK_IN_ORDER);
    }
    String claim = JpaOutboxRepository.CLAIM.replaceAll("\\?\\d+", "?");
    try (PreparedStatement explain =
        c.prepareStatement("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + claim)) {
      explain.setInt(1, batch);
      explain.setString(2, "plan-test");
      explain.setLong(3, 60_000);
      try (ResultSet r = explain.executeQuery();
          JsonReader reader = Json.createReader(new StringReader(next(r).getString(1)))) {
        return most(reader.readArray().getJsonObject(0).getJsonObject("Plan"));
      }
    }
  }

  private static ResultSet next(ResultSet r) throws SQLException {
    if (!r.next()) {
      throw new IllegalStateException("EXPLAIN answered nothing");
    }
    return r;
  }

  private static long most(JsonObject node) {
    long most =
        node.getJsonNumber("Actual Rows").longValue()
            * node.getJsonNumber("Actual Loops").longValue();
    JsonArray children = node.getJsonArray("Plans");
    if (children != null) {
      for (int i = 0; i < children.size(); i++) {
        most = Math.max(most, most(children.getJsonObject(i)));
      }
    }
    return most;
  }
}
