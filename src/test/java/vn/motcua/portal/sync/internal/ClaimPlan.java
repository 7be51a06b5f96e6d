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
import java.util.List;

/**
 * How much work the relay's claim does, from PostgreSQL's own account ({@code EXPLAIN ANALYZE}):
 * for tests that hold it to a batch's worth whatever the planner's statistics say. Each runs on a
 * connection whose transaction the caller rolls back.
 */
public final class ClaimPlan {

  /** The rows a plan step discarded: read, but not passed on. */
  private static final List<String> REMOVED =
      List.of(
          "Rows Removed by Filter", "Rows Removed by Join Filter", "Rows Removed by Index Recheck");

  private ClaimPlan() {}

  /** The repository's claim, in its transaction's setting: see {@link #rowsHandled}. */
  public static long rowsHandled(Connection c, int batch) throws SQLException {
    try (PreparedStatement walk = c.prepareStatement(JpaOutboxRepository.WALK_IN_ORDER)) {
      walk.executeQuery().close();
    }
    return rowsHandled(c, JpaOutboxRepository.CLAIM, batch);
  }

  /**
   * Runs a claim (numbered parameters: batch, holder, lease in ms) and answers the most rows any
   * step of its plan handled, passed on or discarded, over all its loops.
   */
  public static long rowsHandled(Connection c, String claim, int batch) throws SQLException {
    try (PreparedStatement explain =
        c.prepareStatement(
            "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + claim.replaceAll("\\?\\d+", "?"))) {
      explain.setInt(1, batch);
      explain.setString(2, "plan-test");
      explain.setLong(3, 60_000);
      try (ResultSet r = explain.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("EXPLAIN answered nothing");
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.getString(1)))) {
          return most(reader.readArray().getJsonObject(0).getJsonObject("Plan"));
        }
      }
    }
  }

  private static long most(JsonObject node) {
    long rows = node.getJsonNumber("Actual Rows").longValue();
    for (String removed : REMOVED) {
      if (node.containsKey(removed)) {
        rows += node.getJsonNumber(removed).longValue();
      }
    }
    long most = rows * node.getJsonNumber("Actual Loops").longValue();
    JsonArray children = node.getJsonArray("Plans");
    if (children != null) {
      for (int i = 0; i < children.size(); i++) {
        most = Math.max(most, most(children.getJsonObject(i)));
      }
    }
    return most;
  }
}
