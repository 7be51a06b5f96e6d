package vn.motcua.dossier.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.CalendarDay;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.catalog.WorkingHours;
import vn.motcua.dossier.Routing;
import vn.motcua.organization.OrgUnit;

/**
 * What the dossier generator reads once from the database over plain JDBC (it runs outside the
 * application too): the current procedure versions, the units, the working calendar.
 */
final class Reference {

  /** A procedure version to generate dossiers for. */
  record Procedure(long versionId, String code, ProcedureDetail detail) {}

  /** A unit that receives dossiers, with its electronic identifier. */
  record Center(Routing.Unit unit, String electronicId) {}

  final List<Procedure> procedures = new ArrayList<>();
  final List<Center> centers = new ArrayList<>();
  final Map<String, Routing.Unit> committees = new HashMap<>();
  final Map<String, Routing.Unit> agencies = new HashMap<>();
  final List<String> communes = new ArrayList<>();

  /** Login names of real accounts by unit id and role, to act in their units' steps. */
  final Map<String, String> people = new HashMap<>();

  final WorkingCalendar calendar;

  Reference(Connection connection) throws SQLException {
    loadUnits(connection);
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT u.unit_id, r.role, min(u.username) FROM app_user u"
                    + " JOIN app_user_role r ON r.user_id = u.id"
                    + " WHERE u.unit_id IS NOT NULL AND u.enabled GROUP BY u.unit_id, r.role")) {
      while (r.next()) {
        people.put(r.getLong(1) + "/" + r.getString(2), r.getString(3));
      }
    }
    loadProcedures(connection);
    List<CalendarDay> days = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT day, kind, name FROM calendar_day")) {
      while (r.next()) {
        days.add(
            new CalendarDay(
                r.getDate(1).toLocalDate(),
                CalendarDay.Kind.valueOf(r.getString(2)),
                r.getString(3)));
      }
    }
    calendar = new WorkingCalendar(WorkingHours.DEFAULT, days);
  }

  /** A reference made in memory, for tests. */
  Reference(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  Routing.Directory directory() {
    return new Routing.Directory() {
      @Override
      public java.util.Optional<Routing.Unit> communeCommittee(String communeCode) {
        return java.util.Optional.ofNullable(committees.get(communeCode));
      }

      @Override
      public java.util.Optional<Routing.Unit> agency(String code) {
        return java.util.Optional.ofNullable(agencies.get(code));
      }
    };
  }

  private void loadUnits(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT u.id, u.code, u.kind, u.name, coalesce(u.administrative_unit,"
                    + " p.administrative_unit), u.electronic_id FROM org_unit u"
                    + " LEFT JOIN org_unit p ON p.id = u.parent_id WHERE u.closed_at IS NULL"
                    + " ORDER BY u.id")) {
      while (r.next()) {
        OrgUnit.Kind kind = OrgUnit.Kind.valueOf(r.getString(3));
        Routing.Unit unit = new Routing.Unit(r.getLong(1), kind, r.getString(4), r.getString(5));
        if (kind.receives()) {
          centers.add(new Center(unit, r.getString(6)));
        } else if (kind == OrgUnit.Kind.COMMUNE_COMMITTEE) {
          committees.put(unit.communeCode(), unit);
          communes.add(unit.communeCode());
        } else {
          agencies.put(r.getString(2), unit);
        }
      }
    }
  }

  private void loadProcedures(Connection connection) throws SQLException {
    Map<Long, List<ProcedureDetail.Document>> documents = new HashMap<>();
    Map<Long, List<ProcedureDetail.FeeItem>> fees = new HashMap<>();
    Map<Long, List<ProcedureDetail.Step>> steps = new HashMap<>();
    Map<Long, List<String>> results = new HashMap<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT version_id, code, name, form, sets, national_database, reusable, source"
                  + " FROM required_document ORDER BY version_id, position")) {
        while (r.next()) {
          documents
              .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
              .add(
                  new ProcedureDetail.Document(
                      r.getString(2),
                      r.getString(3),
                      r.getString(4),
                      r.getInt(5),
                      r.getString(6),
                      r.getBoolean(7),
                      r.getString(8)));
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT version_id, name, amount, rule FROM fee ORDER BY version_id, position")) {
        while (r.next()) {
          fees.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
              .add(
                  new ProcedureDetail.FeeItem(
                      r.getString(2), r.getLong(3), r.getString(4), null, "generated"));
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT version_id, name, performer_role, performer_unit, budget_minutes"
                  + " FROM process_step ORDER BY version_id, position")) {
        while (r.next()) {
          steps
              .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
              .add(
                  new ProcedureDetail.Step(
                      r.getString(2), r.getString(3), r.getString(4), r.getInt(5)));
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT version_id, name FROM result_document ORDER BY version_id, position")) {
        while (r.next()) {
          results.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT v.id, p.code, v.name, v.field_code, f.name, v.level, v.non_territorial,"
                  + " v.online_level, v.processing_days, v.processing_hours, v.same_day_cutoff,"
                  + " v.number, v.agency_kind, v.agency_code, v.competence_basis"
                  + " FROM procedure_version v JOIN procedure p ON p.id = v.procedure_id"
                  + " JOIN field f ON f.code = v.field_code WHERE v.current ORDER BY p.code")) {
        while (r.next()) {
          long id = r.getLong(1);
          Time cutOff = r.getTime(11);
          BigDecimal days = r.getBigDecimal(9);
          int hours = r.getInt(10);
          Integer workingHours = r.wasNull() ? null : hours;
          ProcedureSummary summary =
              new ProcedureSummary(
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getBoolean(7),
                  r.getString(8),
                  days,
                  workingHours,
                  cutOff == null ? null : cutOff.toLocalTime());
          procedures.add(
              new Procedure(
                  id,
                  r.getString(2),
                  new ProcedureDetail(
                      summary,
                      r.getInt(12),
                      r.getString(13),
                      r.getString(14),
                      r.getString(15),
                      null,
                      "generated",
                      documents.getOrDefault(id, List.of()),
                      fees.getOrDefault(id, List.of()),
                      results.getOrDefault(id, List.of()),
                      steps.getOrDefault(id, List.of()))));
        }
      }
    }
  }
}
