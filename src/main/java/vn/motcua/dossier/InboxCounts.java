package vn.motcua.dossier;

import java.io.Serializable;

/** How many open steps each tab of an inbox holds, under the same filters. */
public record InboxCounts(long all, long mine, long dueSoon, long overdue) implements Serializable {

  public long of(InboxQuery.Tab tab) {
    return switch (tab) {
      case ALL -> all;
      case MINE -> mine;
      case DUE_SOON -> dueSoon;
      case OVERDUE -> overdue;
    };
  }
}
