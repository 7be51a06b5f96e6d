package vn.motcua.dossier;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.catalog.CalendarService;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.document.FileInfo;
import vn.motcua.document.FileStore;
import vn.motcua.organization.OrganizationService;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.shared.audit.AccessLog;

/**
 * Reading dossiers for the people who may see them: one whose unit received it, handles one of its
 * steps or returns it; the province's administrators and auditors. To anyone else a dossier does
 * not exist.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DossierService {

  /** The access log's name for a dossier. */
  public static final String SUBJECT = "dossier";

  @Inject private DossierRepository dossiers;
  @Inject private FileStore files;
  @Inject private OrganizationService organization;
  @Inject private CatalogService catalog;
  @Inject private CalendarService calendars;
  @Inject private DossierClock clock;
  @Inject private AccessLog accessLog;

  public DossierView dossier(@NotNull Actor actor, @NotBlank String code) {
    return DossierView.of(readable(actor, code));
  }

  private Dossier readable(Actor actor, String code) {
    return dossiers
        .find(code)
        .filter(d -> mayRead(actor, d))
        .orElseThrow(() -> DossierRefusal.notFound(code));
  }

  /**
   * The stored file of one of the dossier's documents, for an actor who may read the dossier; a
   * dossier they may not read, or a document without a file, does not exist for them.
   */
  public FileInfo documentFile(@NotNull Actor actor, @NotBlank String code, long documentId) {
    Dossier dossier = readable(actor, code);
    accessLog.opened(actor.username(), SUBJECT, dossier.code(), "DOCUMENT");
    Long fileId =
        dossier.documents().stream()
            .filter(document -> document.id() == documentId)
            .map(DossierDocument::fileId)
            .filter(Objects::nonNull)
            .findFirst()
            .orElseThrow(() -> DossierRefusal.notFound(code));
    return files.find(fileId);
  }

  /**
   * The dossier page: the dossier, the names of its units and procedure, and how much of each
   * step's budget is used, in one call (nothing is loaded while the page renders).
   */
  public DossierPage page(@NotNull Actor actor, @NotBlank String code) {
    Dossier dossier = readable(actor, code);
    accessLog.opened(actor.username(), SUBJECT, dossier.code(), "DOSSIER_PAGE");
    DossierView view = DossierView.of(dossier);
    Set<Long> units = new HashSet<>();
    units.add(view.receivingUnitId());
    units.add(view.returnUnitId());
    units.add(view.competentUnitId());
    view.steps().forEach(step -> units.add(step.unitId()));
    view.history().stream()
        .map(DossierView.Entry::unitId)
        .filter(Objects::nonNull)
        .forEach(units::add);
    Map<Long, String> names = organization.names(units);
    WorkingCalendar calendar = calendars.calendar();
    Instant now = clock.now();
    Set<DossierAction> actions = dossier.actionsFor(actor, now);
    Map<Integer, Integer> consumed = new HashMap<>();
    for (DossierView.Step step : view.steps()) {
      Integer used = step.usedMinutes();
      if (used == null && step.arrivedAt() != null && step.finishedAt() == null) {
        used = (int) calendar.workingTimeBetween(step.arrivedAt(), now).toMinutes();
      }
      if (used != null && step.budgetMinutes() > 0) {
        consumed.put(step.position(), (int) Math.round(100.0 * used / step.budgetMinutes()));
      }
    }
    return new DossierPage(
        view,
        catalog.version(view.procedureVersionId()).detail().summary().name(),
        names,
        consumed,
        actions);
  }

  /** How many open steps each tab of the inbox holds under the query's filters. */
  public InboxCounts inboxCounts(@NotNull Actor actor, @NotNull @Valid InboxQuery query) {
    return dossiers.inboxCounts(inboxUnit(actor, query), actor.username(), query);
  }

  /** One's own role's inbox; a head, who gives out the unit's work, sees every role's. */
  private static long inboxUnit(Actor actor, InboxQuery query) {
    if (actor.unitId() == null || !(actor.has(query.role()) || actor.has(Role.HEAD))) {
      throw DossierRefusal.forbidden("No inbox for " + query.role() + " here");
    }
    return actor.unitId();
  }

  /**
   * The results waiting at the clerk's center for what was typed or scanned: a dossier code (alone
   * or inside the tracking URL of a slip's QR code) or the applicant's ID number or tax code.
   */
  public List<ReturnRow> awaitingReturn(
      @NotNull Actor actor, @NotBlank @Size(max = 500) String text) {
    long unit = receivingUnit(actor);
    String typed = text.strip();
    Matcher code = DOSSIER_CODE.matcher(typed);
    if (code.find()) {
      return dossiers.awaitingReturn(unit, code.group(), null, 20);
    }
    return typed.matches("[0-9-]{10,14}")
        ? dossiers.awaitingReturn(unit, null, typed, 20)
        : List.of();
  }

  /** A dossier code, as slips print it and their QR codes carry it. */
  private static final Pattern DOSSIER_CODE = Pattern.compile(Dossier.CODE_PATTERN);

  /**
   * A page of the dossiers the director's center received that match the search. The director
   * oversees them without handling any: ID numbers come masked, and the full one is on the
   * dossier's own page for those who handle it.
   */
  public List<FoundDossier> search(
      @NotNull Actor actor, @NotNull @Valid DossierSearch search, int first, int max) {
    return dossiers
        .search(directedCenter(actor), search, Math.max(0, first), Math.min(Math.max(1, max), 200))
        .stream()
        .map(FoundDossier::masked)
        .toList();
  }

  public long count(@NotNull Actor actor, @NotNull @Valid DossierSearch search) {
    return dossiers.count(directedCenter(actor), search);
  }

  /**
   * The tracking book of the director's center for the days {@code from} to {@code to}, both in.
   *
   * @param limit the most lines the book may hold (a PDF takes about 1 ms a line to lay out)
   * @throws DossierRefusal when the period is reversed, or holds more than {@code limit} dossiers
   */
  public List<TrackingEntry> trackingBook(
      @NotNull Actor actor, @NotNull LocalDate from, @NotNull LocalDate to, int limit) {
    if (to.isBefore(from)) {
      throw DossierRefusal.invalid("period-reversed", "The period ends before it starts");
    }
    long center = directedCenter(actor);
    List<TrackingEntry> lines =
        dossiers.trackingBook(
            center,
            from.atStartOfDay(WorkingCalendar.ZONE).toInstant(),
            to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant(),
            limit + 1);
    if (lines.size() > limit) {
      throw DossierRefusal.invalid(
          "tracking-book-too-long",
          "More than " + limit + " dossiers in the period: choose a shorter one");
    }
    accessLog.opened(
        actor.username(), "tracking-book", center + ":" + from + ".." + to, "TRACKING_BOOK");
    return lines;
  }

  private static long directedCenter(Actor actor) {
    if (actor.unitId() == null || !actor.has(Role.CENTER_DIRECTOR)) {
      throw DossierRefusal.forbidden("Only a center's director searches its dossiers");
    }
    return actor.unitId();
  }

  /** The clerk's center's dossiers registered online, waiting to be accepted or refused. */
  public List<IntakeRow> onlineQueue(@NotNull Actor actor, int first, int max) {
    return dossiers.onlineQueue(
        receivingUnit(actor), Math.max(0, first), Math.min(Math.max(1, max), 200));
  }

  public long onlineQueueSize(@NotNull Actor actor) {
    return dossiers.onlineQueueSize(receivingUnit(actor));
  }

  private static long receivingUnit(Actor actor) {
    if (actor.unitId() == null || !actor.has(Role.RECEIVING_CLERK)) {
      throw DossierRefusal.forbidden("Only receiving clerks see the online queue");
    }
    return actor.unitId();
  }

  /** Every open step of the actor's unit for one of their roles, soonest due first. */
  public InboxPage inbox(@NotNull Actor actor, @NotNull Role role, int first, int max) {
    return inbox(actor, InboxQuery.all(role), first, max);
  }

  /** The actor's unit's open steps for one of their roles, in a tab, under filters. */
  public InboxPage inbox(
      @NotNull Actor actor, @NotNull @Valid InboxQuery query, int first, int max) {
    return dossiers.inbox(
        inboxUnit(actor, query), actor.username(), query, Math.max(0, first), inboxPageSize(max));
  }

  /**
   * A page of the inbox without its counts, for a screen that counted the tabs already ({@link
   * #inboxCounts}).
   */
  public List<InboxRow> inboxRows(
      @NotNull Actor actor, @NotNull @Valid InboxQuery query, int first, int max) {
    return dossiers.inboxRows(
        inboxUnit(actor, query), actor.username(), query, Math.max(0, first), inboxPageSize(max));
  }

  /** A page of the inbox holds 1 to 200 rows, whatever the screen asks. */
  private static int inboxPageSize(int max) {
    return Math.min(Math.max(1, max), 200);
  }

  private static boolean mayRead(Actor actor, Dossier dossier) {
    return actor.system()
        || actor.has(Role.PROVINCIAL_ADMIN)
        || actor.has(Role.AUDITOR)
        || dossier.concerns(actor.unitId());
  }
}
