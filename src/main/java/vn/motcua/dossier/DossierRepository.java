package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where dossiers are kept. */
public interface DossierRepository {

  void add(Dossier dossier);

  /** The dossier with its steps, documents, pauses and history. */
  Optional<Dossier> find(String code);

  /**
   * The dossier, locked until the transaction ends: actions on one dossier take turns, and what an
   * action reads of it (steps, pauses) is what the last committed action left.
   */
  Optional<Dossier> findForChange(String code);

  /**
   * The next code for a dossier received by this unit at this instant: {@code {electronic
   * id}-{yyMMdd}-{sequence}}, the sequence restarting each day (Vietnam time) per unit. Taken in
   * the caller's transaction, so a reception that rolls back gives its number back.
   */
  String nextCode(long unitId, String electronicId, Instant at);

  /** Whether this document belongs to a dossier of this applicant (for reuse). */
  boolean documentOfApplicant(long documentId, String applicantIdNumber);

  /** The applicant as their latest dossier recorded them. */
  Optional<ApplicantDetails> latestApplicant(String applicantIdNumber);

  /** The digitised documents of the applicant's dossiers, newest first, in one query. */
  List<ApplicantLookup.ReusableDocument> reusableDocuments(String applicantIdNumber, int max);

  /** The distinct budgets (working minutes) of open steps, and of open dossiers' legal times. */
  Budgets openBudgets();

  /** Budgets the deadline watch computes thresholds for. */
  record Budgets(List<Integer> steps, List<Integer> dossiers) {}

  /**
   * Sets the deadline flags of open steps and dossiers: overdue when past due; due soon when due no
   * later than the threshold of their budget; none otherwise, and none while paused.
   *
   * @param stepSoon for each step budget, the instant up to which a step is due soon
   * @param dossierSoon for each legal time, the instant up to which a dossier is due soon
   * @return how many flags changed
   */
  int flagDeadlines(Instant now, Map<Integer, Instant> stepSoon, Map<Integer, Instant> dossierSoon);

  /**
   * A unit's open steps for a role, soonest due first, in a tab and under filters: one statement
   * for the page, one for the counts of every tab.
   *
   * @param username whose steps the tab {@code MINE} shows
   */
  default InboxPage inbox(long unitId, String username, InboxQuery query, int first, int max) {
    return new InboxPage(
        inboxRows(unitId, username, query, first, max),
        inboxCounts(unitId, username, query),
        query.tab());
  }

  /** A page of an inbox's open steps, without the counts (one statement). */
  List<InboxRow> inboxRows(long unitId, String username, InboxQuery query, int first, int max);

  /** The counts of every tab of an inbox, under the query's filters, in one statement. */
  InboxCounts inboxCounts(long unitId, String username, InboxQuery query);

  /** A center's dossiers registered online and not yet accepted or refused, oldest first. */
  List<IntakeRow> onlineQueue(long unitId, int first, int max);

  /** How many dossiers wait in a center's online queue. */
  long onlineQueueSize(long unitId);

  /**
   * The finished dossiers whose results wait at this return unit, by code, or else by the
   * applicant's ID number, newest first, at most {@code max}.
   */
  List<ReturnRow> awaitingReturn(long returnUnitId, String code, String idNumber, int max);

  /** A page of the dossiers a unit received matching the search, latest received first. */
  List<FoundDossier> search(long receivingUnitId, DossierSearch search, int first, int max);

  /** How many dossiers the unit received match the search. */
  long count(long receivingUnitId, DossierSearch search);

  /**
   * The tracking book of a center: the dossiers it received in [from, to), in the order received,
   * at most {@code max} of them.
   */
  List<TrackingEntry> trackingBook(long receivingUnitId, Instant from, Instant to, int max);

  /** Writes pending changes now, so that a concurrent change is detected inside the use case. */
  void flush();
}
