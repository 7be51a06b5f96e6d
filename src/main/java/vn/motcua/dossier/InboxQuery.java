package vn.motcua.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.security.Role;

/**
 * What an inbox shows: the open steps of the actor's unit for one role, in one tab, narrowed by the
 * filters that are set (null filters do not filter).
 *
 * @param receivedFrom dossiers received on this day (Vietnam time) or later
 */
public record InboxQuery(
    @NotNull Role role,
    @NotNull Tab tab,
    @Pattern(regexp = "\\d\\.\\d{6}") String procedureCode,
    @Pattern(regexp = "[a-z0-9-]{1,64}") String fieldCode,
    LocalDate receivedFrom,
    DossierStatus status)
    implements Serializable {

  /** The inbox's tabs, each with its count. */
  public enum Tab {
    ALL,
    MINE,
    DUE_SOON,
    OVERDUE
  }

  /** Every open step of the role, unfiltered. */
  public static InboxQuery all(Role role) {
    return new InboxQuery(role, Tab.ALL, null, null, null, null);
  }

  /** Whether a filter reads the dossier (the counts then join it). */
  public boolean filtersDossiers() {
    return procedureCode != null || fieldCode != null || receivedFrom != null || status != null;
  }
}
