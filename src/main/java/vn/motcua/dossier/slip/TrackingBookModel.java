package vn.motcua.dossier.slip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Resolution;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.organization.UnitHeading;
import vn.motcua.shared.pdf.FormDate;
import vn.motcua.shared.pdf.FormValues;

/** What the tracking book's template (form 07) is filled with. */
final class TrackingBookModel {

  private TrackingBookModel() {}

  static Map<String, Object> of(
      UnitHeading heading, LocalDate from, LocalDate to, List<TrackingEntry> lines, Instant now) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("heading", heading);
    model.put("dated", FormDate.of(now));
    model.put("from", FormDate.of(from));
    model.put("to", FormDate.of(to));
    model.put("count", lines.size());
    List<Map<String, Object>> rows = new ArrayList<>(lines.size());
    for (TrackingEntry line : lines) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", rows.size() + 1);
      row.put("code", line.code());
      row.put("procedure", line.procedureName());
      row.put("sets", line.sets());
      row.put("applicant", line.applicantName());
      row.put("address", line.applicantAddress());
      row.put("phone", line.applicantPhone());
      row.put("agency", line.competentUnitName());
      row.put("received", FormDate.of(line.receivedAt()));
      row.put("appointment", FormDate.of(line.appointmentAt()));
      row.put("finished", FormDate.of(line.finishedAt()));
      row.put("returned", FormDate.of(line.returnedAt()));
      row.put("status", FormValues.choice(DossierStatus.class, line.status()));
      row.put("refused", line.resolution() == Resolution.REFUSED);
      row.put("late", line.outcome() == Timeliness.LATE);
      row.put("apologized", line.apologized());
      rows.add(row);
    }
    model.put("rows", rows);
    return model;
  }
}
