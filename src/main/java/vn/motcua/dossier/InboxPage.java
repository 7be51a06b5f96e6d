package vn.motcua.dossier;

import java.util.List;

/** A page of an inbox tab, and the counts of every tab. */
public record InboxPage(List<InboxRow> rows, InboxCounts counts, InboxQuery.Tab tab) {

  /** How many rows the shown tab holds in all. */
  public long total() {
    return counts.of(tab);
  }
}
