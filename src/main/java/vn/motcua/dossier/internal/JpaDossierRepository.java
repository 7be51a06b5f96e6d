package vn.motcua.dossier.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantDetails;
import vn.motcua.dossier.ApplicantLookup;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeadlineFlag;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.DossierSearch;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.FoundDossier;
import vn.motcua.dossier.InboxCounts;
import vn.motcua.dossier.InboxQuery;
import vn.motcua.dossier.InboxRow;
import vn.motcua.dossier.IntakeRow;
import vn.motcua.dossier.Resolution;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.ReturnRow;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.shared.persistence.InstantConverter;

/** Dossiers in PostgreSQL through JPA; the code counter in SQL. */
@ApplicationScoped
public class JpaDossierRepository implements DossierRepository {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public void add(Dossier dossier) {
    em.persist(dossier);
  }

  @Override
  public Optional<Dossier> find(String code) {
    return em.createQuery("SELECT d FROM Dossier d WHERE d.code = :code", Dossier.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Dossier> findForChange(String code) {
    return em.createQuery("SELECT d FROM Dossier d WHERE d.code = :code", Dossier.class)
        .setParameter("code", code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public String nextCode(long unitId, String electronicId, Instant at) {
    LocalDate day = at.atZone(WorkingCalendar.ZONE).toLocalDate();
    // The row lock taken by the upsert makes concurrent receptions of one unit and day take turns,
    // on every instance; the number is given back if the reception rolls back.
    Number next =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO dossier_code_counter (unit_id, day, last_number) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (unit_id, day) DO UPDATE"
                        + " SET last_number = dossier_code_counter.last_number + 1"
                        + " RETURNING last_number")
                .setParameter(1, unitId)
                .setParameter(2, day)
                .getSingleResult();
    // Concatenated: String.format parses its pattern on every call, for every dossier received.
    String number = Integer.toString(next.intValue());
    return electronicId
        + '-'
        + DAY.format(day)
        + '-'
        + "0".repeat(Math.max(0, 4 - number.length()))
        + number;
  }

  @Override
  public boolean documentOfApplicant(long documentId, String applicantIdNumber) {
    return !em.createNativeQuery(
            "SELECT 1 FROM dossier_document x JOIN dossier d ON d.id = x.dossier_id"
                + " WHERE x.id = ?1 AND d.applicant_id_number = ?2")
        .setParameter(1, documentId)
        .setParameter(2, applicantIdNumber)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<ApplicantDetails> latestApplicant(String applicantIdNumber) {
    return em.createQuery(
            "SELECT d.applicant FROM Dossier d WHERE d.applicant.idNumber = :id"
                + " ORDER BY d.registeredAt DESC",
            Applicant.class)
        .setParameter("id", applicantIdNumber)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(Applicant::details);
  }

  @Override
  public List<ApplicantLookup.ReusableDocument> reusableDocuments(
      String applicantIdNumber, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT x.id, x.requirement_code, x.name, x.file_id, d.code, d.registered_at"
                    + " FROM dossier_document x JOIN dossier d ON d.id = x.dossier_id"
                    + " WHERE d.applicant_id_number = ?1 AND x.file_id IS NOT NULL"
                    + " ORDER BY d.registered_at DESC, x.position LIMIT ?2")
            .setParameter(1, applicantIdNumber)
            .setParameter(2, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ApplicantLookup.ReusableDocument(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    (String) r[4],
                    InstantConverter.instant(r[5])))
        .toList();
  }

  @Override
  public List<FoundDossier> search(long receivingUnitId, DossierSearch search, int first, int max) {
    List<Object> parameters = new ArrayList<>(List.of(receivingUnitId));
    Query page =
        em.createNativeQuery(
            "SELECT d.code, d.procedure_code, v.name, d.applicant_name, d.applicant_id_number,"
                + " d.channel, d.status, d.registered_at, d.due_at, d.outcome, d.deadline_flag"
                + " FROM dossier d JOIN procedure_version v ON v.id = d.procedure_version_id"
                + searchFilters(search, parameters)
                + " ORDER BY d.registered_at DESC, d.id DESC OFFSET "
                + Math.max(0, first)
                + " LIMIT "
                + max);
    bind(page, parameters);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = page.getResultList();
    return rows.stream()
        .map(
            r ->
                new FoundDossier(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    Channel.valueOf((String) r[5]),
                    DossierStatus.ofCode(((Number) r[6]).intValue()),
                    InstantConverter.instant(r[7]),
                    InstantConverter.instant(r[8]),
                    r[9] == null ? null : Timeliness.valueOf((String) r[9]),
                    DeadlineFlag.valueOf((String) r[10])))
        .toList();
  }

  @Override
  public long count(long receivingUnitId, DossierSearch search) {
    List<Object> parameters = new ArrayList<>(List.of(receivingUnitId));
    Query count =
        em.createNativeQuery("SELECT count(*) FROM dossier d" + searchFilters(search, parameters));
    bind(count, parameters);
    return ((Number) count.getSingleResult()).longValue();
  }

  @Override
  public List<TrackingEntry> trackingBook(long receivingUnitId, Instant from, Instant to, int max) {
    // By the receiving unit's index (receiving_unit_id, registered_at): a dossier is received when
    // it is registered at a counter, and within days of it when it came online.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT d.code, v.name, d.sets, d.applicant_name, d.applicant_address,"
                    + " d.applicant_phone, u.name, d.received_at, d.appointment_at,"
                    + " d.finished_at, d.returned_at, d.status, d.resolution, d.outcome,"
                    + " d.apologized"
                    + " FROM dossier d JOIN procedure_version v ON v.id = d.procedure_version_id"
                    + " JOIN org_unit u ON u.id = d.competent_unit_id"
                    + " WHERE d.receiving_unit_id = ?1 AND d.registered_at >= ?2"
                    + " AND d.registered_at < ?3 AND d.received_at IS NOT NULL"
                    + " ORDER BY d.received_at, d.id LIMIT ?4")
            .setParameter(1, receivingUnitId)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .setParameter(4, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TrackingEntry(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).intValue(),
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    InstantConverter.instant(r[7]),
                    InstantConverter.instant(r[8]),
                    InstantConverter.instant(r[9]),
                    InstantConverter.instant(r[10]),
                    DossierStatus.ofCode(((Number) r[11]).intValue()),
                    r[12] == null ? null : Resolution.valueOf((String) r[12]),
                    r[13] == null ? null : Timeliness.valueOf((String) r[13]),
                    Boolean.TRUE.equals(r[14])))
        .toList();
  }

  /**
   * The search's conditions, on the receiving unit's index ({@code receiving_unit_id,
   * registered_at}); an ID number goes by its own index, words of a name are matched within the
   * unit's dossiers.
   */
  private static String searchFilters(DossierSearch search, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE d.receiving_unit_id = ?1");
    if (search.code() != null) {
      where.append(" AND d.code = ?").append(add(parameters, search.code()));
    }
    if (search.applicant() != null) {
      if (search.applicant().matches("[0-9-]{10,14}")) {
        where.append(" AND d.applicant_id_number = ?").append(add(parameters, search.applicant()));
      } else {
        where
            .append(" AND lower(d.applicant_name) LIKE ?")
            .append(add(parameters, "%" + search.applicant().toLowerCase(Locale.ROOT) + "%"));
      }
    }
    if (search.procedureCode() != null) {
      where.append(" AND d.procedure_code = ?").append(add(parameters, search.procedureCode()));
    }
    if (search.status() != null) {
      where.append(" AND d.status = ?").append(add(parameters, search.status().code()));
    }
    if (search.channel() != null) {
      where.append(" AND d.channel = ?").append(add(parameters, search.channel().name()));
    }
    if (search.from() != null) {
      where.append(" AND d.registered_at >= ?").append(add(parameters, dayStart(search.from())));
    }
    if (search.to() != null) {
      where
          .append(" AND d.registered_at < ?")
          .append(add(parameters, dayStart(search.to().plusDays(1))));
    }
    return where.toString();
  }

  @Override
  public List<ReturnRow> awaitingReturn(long returnUnitId, String code, String idNumber, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT d.code, d.version, v.name, d.applicant_name, d.applicant_id_number,"
                    + " d.finished_at, d.return_method,"
                    + " (SELECT string_agg(r.name, '; ' ORDER BY r.position) FROM dossier_result r"
                    + " WHERE r.dossier_id = d.id)"
                    + " FROM dossier d JOIN procedure_version v ON v.id = d.procedure_version_id"
                    + " WHERE d.return_unit_id = ?1 AND d.status = 9"
                    // One condition or the other, never OR-ed: each has its own index.
                    + (code != null ? " AND d.code = ?2" : " AND d.applicant_id_number = ?2")
                    + " ORDER BY d.finished_at DESC LIMIT ?3")
            .setParameter(1, returnUnitId)
            .setParameter(2, code != null ? code : idNumber)
            .setParameter(3, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ReturnRow(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    InstantConverter.instant(r[5]),
                    ReturnMethod.valueOf((String) r[6]),
                    (String) r[7]))
        .toList();
  }

  @Override
  public List<IntakeRow> onlineQueue(long unitId, int first, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT d.code, d.version, d.registered_at, d.procedure_code, v.name,"
                    + " d.applicant_type, d.applicant_name,"
                    + " (SELECT count(*) FROM dossier_document x WHERE x.dossier_id = d.id)"
                    + " FROM dossier d JOIN procedure_version v ON v.id = d.procedure_version_id"
                    + " WHERE d.receiving_unit_id = ?1 AND d.status = 1"
                    + " ORDER BY d.registered_at, d.id OFFSET ?2 LIMIT ?3")
            .setParameter(1, unitId)
            .setParameter(2, first)
            .setParameter(3, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new IntakeRow(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    InstantConverter.instant(r[2]),
                    (String) r[3],
                    (String) r[4],
                    ApplicantType.valueOf((String) r[5]),
                    (String) r[6],
                    ((Number) r[7]).intValue()))
        .toList();
  }

  @Override
  public long onlineQueueSize(long unitId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM dossier WHERE receiving_unit_id = ?1 AND status = 1")
                .setParameter(1, unitId)
                .getSingleResult())
        .longValue();
  }

  @Override
  public List<InboxRow> inboxRows(
      long unitId, String username, InboxQuery query, int first, int max) {
    List<Object> parameters = new ArrayList<>(List.of(unitId, query.role().name()));
    String where = inboxFilters(query, parameters);
    String tab =
        switch (query.tab()) {
          case ALL -> "";
          case MINE -> " AND s.assignee = ?" + add(parameters, username);
          case DUE_SOON -> " AND s.deadline_flag = 'DUE_SOON'";
          case OVERDUE -> " AND s.deadline_flag = 'OVERDUE'";
        };
    Query page =
        em.createNativeQuery(
            "SELECT d.code, d.version, d.procedure_code, v.name, d.applicant_name, d.status,"
                + " s.position, s.name, s.assignee, s.arrived_at, s.due_at, s.deadline_flag,"
                + " d.due_at"
                + " FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
                + " JOIN procedure_version v ON v.id = d.procedure_version_id"
                + where
                + tab
                + " ORDER BY s.due_at, s.id OFFSET "
                + Math.max(0, first)
                + " LIMIT "
                + max);
    bind(page, parameters);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = page.getResultList();
    return rows.stream().map(JpaDossierRepository::inboxRow).toList();
  }

  /**
   * The four tabs' counts in one statement; without filters on the dossier it reads the partial
   * index of open steps alone.
   */
  @Override
  public InboxCounts inboxCounts(long unitId, String username, InboxQuery query) {
    List<Object> parameters = new ArrayList<>(List.of(unitId, query.role().name(), username));
    String where = inboxFilters(query, parameters);
    Query counts =
        em.createNativeQuery(
            "SELECT count(*), count(*) FILTER (WHERE s.assignee = ?3),"
                + " count(*) FILTER (WHERE s.deadline_flag = 'DUE_SOON'),"
                + " count(*) FILTER (WHERE s.deadline_flag = 'OVERDUE')"
                + " FROM dossier_step s"
                + (query.filtersDossiers() ? " JOIN dossier d ON d.id = s.dossier_id" : "")
                + where);
    bind(counts, parameters);
    Object[] r = (Object[]) counts.getSingleResult();
    return new InboxCounts(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(),
        ((Number) r[3]).longValue());
  }

  /** The conditions every inbox statement shares: unit (?1), role (?2), open, and the filters. */
  private static String inboxFilters(InboxQuery query, List<Object> parameters) {
    StringBuilder where =
        new StringBuilder(
            " WHERE s.unit_id = ?1 AND s.performer_role = ?2"
                + " AND s.state IN ('WAITING', 'IN_PROGRESS')");
    if (query.procedureCode() != null) {
      where.append(" AND d.procedure_code = ?").append(add(parameters, query.procedureCode()));
    }
    if (query.fieldCode() != null) {
      where.append(" AND d.field_code = ?").append(add(parameters, query.fieldCode()));
    }
    if (query.receivedFrom() != null) {
      where
          .append(" AND d.received_at >= ?")
          .append(add(parameters, dayStart(query.receivedFrom())));
    }
    if (query.status() != null) {
      where.append(" AND d.status = ?").append(add(parameters, query.status().code()));
    }
    return where.toString();
  }

  /** The first instant of a day in Vietnam, as a parameter. */
  private static Timestamp dayStart(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(WorkingCalendar.ZONE).toInstant());
  }

  /** Adds a parameter; returns its position. */
  private static int add(List<Object> parameters, Object value) {
    parameters.add(value);
    return parameters.size();
  }

  private static void bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }

  private static InboxRow inboxRow(Object[] r) {
    return new InboxRow(
        (String) r[0],
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        DossierStatus.ofCode(((Number) r[5]).intValue()),
        ((Number) r[6]).intValue(),
        (String) r[7],
        (String) r[8],
        InstantConverter.instant(r[9]),
        InstantConverter.instant(r[10]),
        DeadlineFlag.valueOf((String) r[11]),
        InstantConverter.instant(r[12]));
  }

  @Override
  public Budgets openBudgets() {
    return new Budgets(
        integers(
            "SELECT DISTINCT budget_minutes FROM dossier_step"
                + " WHERE state IN ('WAITING', 'IN_PROGRESS')"),
        integers(
            "SELECT DISTINCT legal_minutes FROM dossier"
                + " WHERE status IN (2, 4, 5, 6) AND legal_minutes IS NOT NULL"));
  }

  @Override
  public int flagDeadlines(
      Instant now, Map<Integer, Instant> stepSoon, Map<Integer, Instant> dossierSoon) {
    int changed = 0;
    if (!stepSoon.isEmpty()) {
      // Steps of dossiers under way (2, 4) and of finished ones waiting for the return (9).
      changed +=
          flag(
              "UPDATE dossier_step s SET deadline_flag = f.flag FROM (SELECT s2.id, CASE"
                  + " WHEN d.status IN (5, 6) THEN 'NONE' WHEN s2.due_at < ?1 THEN 'OVERDUE'"
                  + " WHEN s2.due_at <= t.soon THEN 'DUE_SOON' ELSE 'NONE' END AS flag"
                  + " FROM dossier_step s2 JOIN dossier d ON d.id = s2.dossier_id"
                  + " JOIN (VALUES %s) t(budget, soon) ON t.budget = s2.budget_minutes"
                  + " WHERE s2.state IN ('WAITING', 'IN_PROGRESS')) f"
                  + " WHERE s.id = f.id AND s.deadline_flag <> f.flag",
              now, stepSoon);
    }
    if (!dossierSoon.isEmpty()) {
      changed +=
          flag(
              "UPDATE dossier x SET deadline_flag = f.flag FROM (SELECT d.id, CASE"
                  + " WHEN d.status IN (5, 6) THEN 'NONE' WHEN d.due_at < ?1 THEN 'OVERDUE'"
                  + " WHEN d.due_at <= t.soon THEN 'DUE_SOON' ELSE 'NONE' END AS flag"
                  + " FROM dossier d JOIN (VALUES %s) t(budget, soon)"
                  + " ON t.budget = d.legal_minutes WHERE d.status IN (2, 4, 5, 6)) f"
                  + " WHERE x.id = f.id AND x.deadline_flag <> f.flag",
              now, dossierSoon);
    }
    return changed;
  }

  private int flag(String sql, Instant now, Map<Integer, Instant> soon) {
    StringBuilder values = new StringBuilder();
    int parameter = 2;
    for (int i = 0; i < soon.size(); i++) {
      values
          .append(i == 0 ? "" : ", ")
          .append("(CAST(?")
          .append(parameter++)
          .append(" AS integer), CAST(?")
          .append(parameter++)
          .append(" AS timestamptz))");
    }
    var query = em.createNativeQuery(String.format(sql, values));
    query.setParameter(1, now.atOffset(ZoneOffset.UTC));
    parameter = 2;
    for (Map.Entry<Integer, Instant> budget : soon.entrySet()) {
      query.setParameter(parameter++, budget.getKey());
      query.setParameter(parameter++, budget.getValue().atOffset(ZoneOffset.UTC));
    }
    return query.executeUpdate();
  }

  private List<Integer> integers(String sql) {
    @SuppressWarnings("unchecked")
    List<Number> values = em.createNativeQuery(sql).getResultList();
    return values.stream().map(Number::intValue).toList();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
