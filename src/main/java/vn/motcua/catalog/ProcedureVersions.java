package vn.motcua.catalog;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where new versions of procedures are written. A version, once written, never changes: dossiers
 * refer to the version they were received under, and a change makes a new current version.
 */
public interface ProcedureVersions {

  /** The lock version of a procedure, changed by every save; empty when there is no such code. */
  OptionalLong lockVersion(String code);

  /**
   * Takes the procedure for a save if its lock version is still {@code expected}.
   *
   * @return false when someone saved it meanwhile
   */
  boolean claim(String code, long expected);

  /** Adds a version, makes it the current one, and returns its number. */
  int addVersion(String code, ProcedureContent content, String source);

  /** Adds a new procedure with its first version. */
  void create(String code, ProcedureContent content, String source);

  /** Whether a field with this code exists. */
  boolean fieldExists(String fieldCode);

  /** Every version of a procedure, the newest first. */
  List<VersionInfo> versions(String code);

  /** One version of a procedure, as a history shows it. */
  record VersionInfo(int number, Instant createdAt, boolean current, String source) {}
}
