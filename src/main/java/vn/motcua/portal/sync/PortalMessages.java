package vn.motcua.portal.sync;

import static vn.motcua.portal.sync.PortalSyncContract.date;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BooleanSupplier;
import vn.motcua.dossier.ApplicantDetails;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.FeeDue;
import vn.motcua.dossier.Pause;
import vn.motcua.dossier.ResultDetails;
import vn.motcua.dossier.Transition;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * Builds the portal messages of one dossier change, at the moment of the change, from the dossier
 * as the action left it: a sync dossier message when the status changed (a creation included) or
 * the appointment moved (an apology), then an update progress message for the action itself. What
 * the dossier model does not hold stays empty (docs/portal-sync.md says which and why).
 *
 * <p>Plain Java over a {@link SyncDirectory}, so every message is checked against golden files
 * without a container. Vietnamese wording (actions, roles) comes from the screens' bundle.
 */
public final class PortalMessages {

  private static final ResourceBundle VI =
      ResourceBundle.getBundle("vn.motcua.i18n.messages", Locale.forLanguageTag("vi"));

  private final SyncDirectory directory;

  public PortalMessages(SyncDirectory directory) {
    this.directory = directory;
  }

  /**
   * The messages of a change, in the order they must reach the portal.
   *
   * @param synced whether a sync message of this dossier was written before (else this change's
   *     sync is the portal's first of it: {@code isUpdating} false); asked only when the change
   *     makes a sync message
   */
  public List<OutboxDraft> of(DossierChanged change, BooleanSupplier synced) {
    Dossier dossier = change.dossier();
    Transition transition = change.transition();
    Names names = names(dossier, transition, change.actor());
    List<OutboxDraft> drafts = new ArrayList<>(2);
    if (change.statusChanged() || transition.action() == DossierAction.APOLOGIZE) {
      drafts.add(
          new OutboxDraft(
              dossier.code(),
              PortalSyncContract.SYNC,
              PortalSyncContract.stored(
                  PortalSyncContract.SYNC,
                  !change.created() && synced.getAsBoolean(),
                  sync(dossier, names))));
    }
    drafts.add(
        new OutboxDraft(
            dossier.code(),
            PortalSyncContract.PROGRESS,
            PortalSyncContract.stored(
                PortalSyncContract.PROGRESS, false, progress(dossier, transition, names))));
    return drafts;
  }

  /** The names a change's messages need, read in one go. */
  private record Names(
      String procedure, Map<Long, String> units, Map<String, SyncDirectory.Official> officials) {

    String unit(Long id) {
      return id == null ? "" : units.getOrDefault(id, "");
    }

    /** The person's full name, or the login of a system or of an account since removed. */
    String person(String login) {
      if (login == null) {
        return "";
      }
      SyncDirectory.Official official = officials.get(login);
      return official == null ? login : official.fullName();
    }
  }

  private Names names(Dossier dossier, Transition transition, Actor actor) {
    Set<Long> units = new HashSet<>();
    units.add(dossier.competentUnitId());
    DossierStep step = transition.step();
    if (transition.unitId() != null) {
      units.add(transition.unitId());
    }
    if (step != null) {
      units.add(step.unitId());
    }
    Set<String> logins = new HashSet<>();
    // A system (the portal's adapter) has no account; an account of the same name is not it.
    if (!actor.system()) {
      logins.add(transition.actor());
    }
    if (transition.action() == DossierAction.REASSIGN && transition.note() != null) {
      logins.add(transition.note());
    }
    dossier.pauses().stream().map(Pause::requestedBy).filter(Objects::nonNull).forEach(logins::add);
    return new Names(
        directory.procedureName(dossier.procedureVersionId()),
        directory.unitNames(units),
        directory.officials(logins));
  }

  /** The one data item of a sync dossier message: the dossier's whole current state. */
  JsonObject sync(Dossier dossier, Names names) {
    ApplicantDetails applicant = dossier.applicant();
    JsonArrayBuilder documents = Json.createArrayBuilder();
    for (DossierDocument document : dossier.documents()) {
      documents.add(
          Json.createObjectBuilder()
              .add(PortalSyncContract.FILE_ID, text(document.fileId()))
              .add(PortalSyncContract.FILE_NAME, text(document.name()))
              .add(PortalSyncContract.COMPONENT_CODE, text(document.requirementCode())));
    }
    JsonArrayBuilder fees = Json.createArrayBuilder();
    for (FeeDue fee : dossier.fees()) {
      fees.add(
          Json.createObjectBuilder()
              .add(PortalSyncContract.FEE_NAME, text(fee.name()))
              .add(PortalSyncContract.FEE_CODE, "")
              .add(PortalSyncContract.FEE_COLLECTION, "")
              .add(PortalSyncContract.FEE_AMOUNT, Long.toString(fee.total()))
              .add(PortalSyncContract.FEE_KIND, PortalSyncContract.feeKind(fee.name())));
    }
    JsonArrayBuilder supplements = Json.createArrayBuilder();
    int round = 0;
    for (Pause pause : dossier.pauses()) {
      if (pause.kind() != Pause.Kind.SUPPLEMENT) {
        continue;
      }
      round++;
      supplements.add(
          Json.createObjectBuilder()
              .add(PortalSyncContract.SUPPLEMENT_ID, dossier.code() + "-BS" + round)
              .add(PortalSyncContract.SUPPLEMENT_REQUESTER, names.person(pause.requestedBy()))
              .add(PortalSyncContract.SUPPLEMENT_CONTENT, text(pause.reason()))
              .add(PortalSyncContract.SUPPLEMENT_REQUESTED_AT, date(pause.requestedAt()))
              .add(PortalSyncContract.SUPPLEMENT_RECEIVED_AT, date(pause.resumedAt()))
              .add(
                  PortalSyncContract.SUPPLEMENT_STATE,
                  pause.open()
                      ? PortalSyncContract.SUPPLEMENT_WAITING
                      : PortalSyncContract.SUPPLEMENT_RECEIVED)
              .add(PortalSyncContract.SUPPLEMENT_APPOINTMENT_BEFORE, "")
              .add(PortalSyncContract.SUPPLEMENT_APPOINTMENT_AFTER, ""));
    }
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (ResultDetails result : dossier.results()) {
      results.add(
          Json.createObjectBuilder()
              .add(PortalSyncContract.RESULT_NAME, text(result.name()))
              .add(PortalSyncContract.RESULT_COMPONENT_CODE, "")
              .add(PortalSyncContract.RESULT_ID, text(result.fileId()))
              .add(PortalSyncContract.RESULT_FILE_URL, ""));
    }
    return Json.createObjectBuilder()
        .add(PortalSyncContract.CODE, dossier.code())
        .add(PortalSyncContract.PROCEDURE_CODE, text(dossier.procedureCode()))
        .add(PortalSyncContract.PROCEDURE_NAME, text(names.procedure()))
        .add(PortalSyncContract.FIELD_CODE, text(dossier.fieldCode()))
        .add(PortalSyncContract.APPLICANT, text(applicant.fullName()))
        .add(PortalSyncContract.APPLICANT_KIND, PortalSyncContract.applicantKind(applicant.type()))
        .add(PortalSyncContract.APPLICANT_ID, text(applicant.idNumber()))
        .add(PortalSyncContract.RECEIVED_AT, date(dossier.receivedAt()))
        .add(PortalSyncContract.APPOINTMENT_AT, date(dossier.appointmentAt()))
        .add(PortalSyncContract.STATUS, Integer.toString(dossier.status().code()))
        .add(PortalSyncContract.RETURNED_AT, date(dossier.returnedAt()))
        .add(PortalSyncContract.CHANNEL, PortalSyncContract.channel(dossier.channel()))
        .add(
            PortalSyncContract.ENDED_AT,
            date(dossier.finishedAt() != null ? dossier.finishedAt() : dossier.closedAt()))
        .add(PortalSyncContract.COMPETENT_UNIT, names.unit(dossier.competentUnitId()))
        .add(PortalSyncContract.DOCUMENTS, documents)
        .add(PortalSyncContract.FEES, fees)
        .add(PortalSyncContract.SUPPLEMENTS, supplements)
        .add(PortalSyncContract.RESULTS, results)
        .build();
  }

  /** The one data item of an update progress message: what this action did, by whom, when. */
  JsonObject progress(Dossier dossier, Transition transition, Names names) {
    DossierStep step = transition.step();
    Long unit =
        transition.unitId() != null ? transition.unitId() : step == null ? null : step.unitId();
    return Json.createObjectBuilder()
        .add(PortalSyncContract.CODE, dossier.code())
        .add(PortalSyncContract.OFFICIAL, names.person(transition.actor()))
        .add(PortalSyncContract.OFFICIAL_TITLE, title(transition, names))
        .add(PortalSyncContract.ACTED_AT, date(transition.at()))
        .add(PortalSyncContract.OFFICIAL_UNIT, names.unit(unit))
        .add(PortalSyncContract.CONTENT, content(transition, names))
        .add(PortalSyncContract.PROGRESS_STATUS, Integer.toString(transition.to().code()))
        .add(PortalSyncContract.STEP_STARTED_AT, date(step == null ? null : step.arrivedAt()))
        .add(PortalSyncContract.STEP_DUE_AT, date(step == null ? null : step.dueAt()))
        .build();
  }

  /**
   * Job titles from the most senior down: a person who holds several roles (a head who also reviews
   * as a specialist) is named by the most senior one.
   */
  private static final List<Role> SENIORITY =
      List.of(
          Role.SIGNING_LEADER,
          Role.CENTER_DIRECTOR,
          Role.HEAD,
          Role.SPECIALIST,
          Role.RECEIVING_CLERK,
          Role.PROVINCIAL_ADMIN,
          Role.AUDITOR);

  /**
   * The acting official's job title (chức danh): their most senior role's Vietnamese name; empty
   * for a system (the portal, a scheduled job).
   */
  private static String title(Transition transition, Names names) {
    SyncDirectory.Official official = names.officials().get(transition.actor());
    if (official == null) {
      return "";
    }
    return SENIORITY.stream()
        .filter(official.roles()::contains)
        .findFirst()
        .map(role -> VI.getString("role." + role.name()))
        .orElse("");
  }

  /** The action in Vietnamese, then its note (a reason, what to supplement; a new assignee). */
  private static String content(Transition transition, Names names) {
    String action = VI.getString("action." + transition.action().name());
    String note =
        transition.action() == DossierAction.REASSIGN
            ? names.person(transition.note())
            : transition.note();
    return note == null || note.isBlank() ? action : action + ": " + note;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
