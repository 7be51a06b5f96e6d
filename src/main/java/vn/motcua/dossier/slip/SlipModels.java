package vn.motcua.dossier.slip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierRefusal;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Provision;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.Timeliness;
import vn.motcua.organization.UnitHeading;
import vn.motcua.shared.pdf.FormDate;
import vn.motcua.shared.pdf.FormValues;
import vn.motcua.shared.pdf.QrCode;

/**
 * What each slip's template is filled with, from the dossier and the facts gathered for it. A slip
 * the dossier has no occasion for (a refusal slip of a dossier nobody refused) does not exist.
 */
final class SlipModels {

  private SlipModels() {}

  static Map<String, Object> model(Slip slip, DossierView d, SlipFacts facts) {
    if (!slip.issuedFor(d)) {
      throw DossierRefusal.noSlip(d.code(), slip.path());
    }
    Map<String, Object> model = common(d, facts);
    switch (slip) {
      case RECEIPT -> receipt(d, facts, model);
      case SUPPLEMENT -> supplement(d, facts, model);
      case REFUSAL -> refusal(d, facts, model);
      case APOLOGY -> apology(d, facts, model);
      case STOP -> stop(d, facts, model);
      case CONTROL -> control(d, facts, model);
    }
    return model;
  }

  private static Map<String, Object> common(DossierView d, SlipFacts facts) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("code", d.code());
    model.put("dated", FormDate.of(facts.printedAt()));
    String url = facts.trackingUrl(d.code());
    model.put("trackingUrl", url);
    model.put("qr", QrCode.pngDataUri(url));
    Map<String, Object> applicant = new LinkedHashMap<>();
    applicant.put("name", d.applicant().fullName());
    applicant.put("citizen", d.applicant().type() == ApplicantType.CITIZEN);
    applicant.put("idNumber", d.applicant().idNumber());
    applicant.put("address", d.applicant().address());
    applicant.put("phone", d.applicant().phone());
    applicant.put("email", d.applicant().email());
    model.put("applicant", applicant);
    if (d.proxy() != null) {
      model.put(
          "proxy",
          Map.of(
              "name", d.proxy().fullName(),
              "idNumber", nullToEmpty(d.proxy().idNumber()),
              "phone", nullToEmpty(d.proxy().phone())));
    } else {
      model.put("proxy", null);
    }
    model.put(
        "procedure",
        Map.of(
            "code", d.procedureCode(),
            "name", facts.procedureName(),
            "time", facts.processingTime()));
    model.put("channel", FormValues.choice(Channel.class, d.channel()));
    model.put("sets", d.sets());
    model.put("registered", FormDate.of(d.registeredAt()));
    model.put("received", FormDate.of(d.receivedAt()));
    model.put("due", FormDate.of(d.dueAt()));
    model.put("appointment", FormDate.of(d.appointmentAt()));
    model.put("receivingUnit", facts.heading(d.receivingUnitId()).name());
    model.put("returnUnit", facts.heading(d.returnUnitId()).name());
    model.put("competentUnit", facts.heading(d.competentUnitId()).name());
    model.put("returnMethod", FormValues.choice(ReturnMethod.class, d.returnMethod()));
    return model;
  }

  private static void receipt(DossierView d, SlipFacts facts, Map<String, Object> model) {
    model.put("heading", facts.heading(d.receivingUnitId()));
    DossierView.Entry reception =
        last(d, DossierAction.RECEIVE, DossierAction.ACCEPT).orElseThrow();
    model.put("officer", facts.name(reception.actor()));
    List<Map<String, Object>> documents = new ArrayList<>();
    for (DossierView.Document document : d.documents()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", documents.size() + 1);
      row.put("name", document.name());
      row.put("provision", FormValues.choice(Provision.class, document.provision()));
      row.put("round", document.supplementRound() > 0 ? document.supplementRound() : null);
      documents.add(row);
    }
    model.put("documents", documents);
    List<Map<String, Object>> fees = new ArrayList<>();
    long total = 0;
    for (var fee : d.fees()) {
      fees.add(
          Map.of(
              "name", fee.name(),
              "amount", FormValues.money(fee.amount()),
              "quantity", fee.quantity(),
              "total", FormValues.money(fee.total())));
      total += fee.total();
    }
    model.put("fees", fees);
    model.put("feeTotal", FormValues.money(total));
    model.put("hasFees", !fees.isEmpty());
    // A slip printed again after a supplement tells the new appointment replaces the first one.
    Instant resumed =
        d.pauses().stream()
            .map(DossierView.PauseView::resumedAt)
            .filter(at -> at != null)
            .max(Comparator.naturalOrder())
            .orElse(null);
    model.put("resumed", FormDate.of(resumed));
    model.put("sequence", d.code().substring(d.code().lastIndexOf('-') + 1));
  }

  private static void supplement(DossierView d, SlipFacts facts, Map<String, Object> model) {
    DossierView.Entry request = last(d, DossierAction.REQUEST_SUPPLEMENT).orElseThrow();
    model.put("heading", facts.heading(unitOf(request, d)));
    model.put("officer", facts.name(request.actor()));
    model.put("requested", FormDate.of(request.at()));
    model.put("items", lines(request.note()));
    model.put("guidance", false);
  }

  private static void refusal(DossierView d, SlipFacts facts, Map<String, Object> model) {
    boolean atIntake = d.status() == DossierStatus.NOT_RECEIVED;
    DossierView.Entry refusal =
        last(d, atIntake ? DossierAction.REFUSE_INTAKE : DossierAction.REFUSE).orElseThrow();
    model.put("heading", facts.heading(unitOf(refusal, d)));
    model.put("officer", facts.name(refusal.actor()));
    model.put("atIntake", atIntake);
    model.put("reasons", lines(refusal.note()));
  }

  private static void apology(DossierView d, SlipFacts facts, Map<String, Object> model) {
    DossierView.Entry apology = last(d, DossierAction.APOLOGIZE).orElseThrow();
    model.put("heading", facts.heading(unitOf(apology, d)));
    model.put("officer", facts.name(apology.actor()));
    model.put("reason", apology.note());
  }

  private static void stop(DossierView d, SlipFacts facts, Map<String, Object> model) {
    DossierView.Entry stop = last(d, DossierAction.STOP).orElseThrow();
    model.put("heading", facts.heading(unitOf(stop, d)));
    model.put("officer", facts.name(stop.actor()));
    model.put("stopped", FormDate.of(stop.at()));
    model.put("reason", stop.note());
  }

  /**
   * The hand-overs: reception, each step taken up by the next unit or person, the result handed to
   * the return center and to the applicant; each judged by the step that handed it over.
   */
  private static void control(DossierView d, SlipFacts facts, Map<String, Object> model) {
    model.put("heading", facts.heading(d.receivingUnitId()));
    List<DossierView.Step> arrived =
        d.steps().stream()
            .filter(s -> s.arrivedAt() != null)
            .sorted(
                Comparator.comparing(DossierView.Step::arrivedAt)
                    .thenComparing(DossierView.Step::position))
            .toList();
    // The applicant hands the dossier over first and takes the result last: a null side.
    List<Map<String, Object>> rows = new ArrayList<>();
    String fromUnit = null;
    String fromPerson = null;
    Timeliness handedOver = null;
    for (DossierView.Step step : arrived) {
      String toUnit = facts.heading(step.unitId()).name();
      String toPerson = nullToEmpty(facts.name(step.assignee()));
      rows.add(
          handover(
              rows.size() + 1,
              fromUnit,
              fromPerson,
              toUnit,
              toPerson,
              step.name(),
              step.arrivedAt(),
              handedOver,
              FormDate.of(step.dueAt())));
      fromUnit = toUnit;
      fromPerson = toPerson;
      handedOver = step.outcome();
    }
    if (d.returnedAt() != null) {
      String clerk =
          last(d, DossierAction.RETURN_RESULT).map(e -> facts.name(e.actor())).orElse(fromPerson);
      rows.add(
          handover(
              rows.size() + 1,
              facts.heading(d.returnUnitId()).name(),
              clerk,
              null,
              null,
              null,
              d.returnedAt(),
              d.outcome(),
              null));
    }
    model.put("handovers", rows);
    Set<Long> handling =
        d.steps().stream()
            .map(DossierView.Step::unitId)
            .filter(id -> id != d.competentUnitId() && id != d.receivingUnitId())
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    model.put(
        "coordinating",
        handling.stream().map(id -> facts.heading(id).name()).collect(Collectors.joining("; ")));
    model.put(
        "outcome", d.outcome() == null ? null : FormValues.choice(Timeliness.class, d.outcome()));
  }

  /** Form 02 before there is a dossier: what the applicant must still bring. */
  static Map<String, Object> guidance(
      UnitHeading heading,
      ProcedureSummary procedure,
      String applicantName,
      List<String> missing,
      String officer,
      Instant now) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("code", null);
    model.put("guidance", true);
    model.put("nonTerritorial", procedure.nonTerritorial());
    model.put("heading", heading);
    model.put("dated", FormDate.of(now));
    model.put("applicant", Map.of("name", nullToEmpty(applicantName)));
    model.put("procedure", Map.of("code", procedure.code(), "name", procedure.name()));
    model.put("received", null);
    model.put("items", missing);
    model.put("officer", officer);
    return model;
  }

  private static Map<String, Object> handover(
      int no,
      String fromUnit,
      String fromPerson,
      String toUnit,
      String toPerson,
      String what,
      Instant at,
      Timeliness outcome,
      FormDate due) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("no", no);
    row.put("fromUnit", fromUnit);
    row.put("fromPerson", fromPerson);
    row.put("toUnit", toUnit);
    row.put("toPerson", toPerson);
    row.put("what", what);
    row.put("at", FormDate.of(at));
    row.put("outcome", outcome == null ? null : FormValues.choice(Timeliness.class, outcome));
    row.put("due", due);
    return row;
  }

  private static Optional<DossierView.Entry> last(DossierView d, DossierAction... actions) {
    List<DossierAction> wanted = Arrays.asList(actions);
    List<DossierView.Entry> history = d.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (wanted.contains(history.get(i).action())) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }

  /** The unit that acted: the entry's, or the receiving center's for an entry of no unit. */
  private static long unitOf(DossierView.Entry entry, DossierView d) {
    return entry.unitId() != null ? entry.unitId() : d.receivingUnitId();
  }

  /** A note's lines, each an item of a numbered list. */
  static List<String> lines(String note) {
    if (note == null) {
      return List.of();
    }
    return note.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
