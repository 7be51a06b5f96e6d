package vn.motcua.dossier;

import java.util.List;

/** A page of a work inbox and how many rows the inbox has in all. */
public record InboxPage(List<InboxRow> rows, long total) {}
