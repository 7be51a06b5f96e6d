package vn.motcua.catalog.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Time;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRepository;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.shared.text.VietnameseText;

/**
 * The catalog in PostgreSQL, read with SQL into records. Text search matches every word of the
 * query, as a prefix, against the folded code, name and field ({@code search_text}, GIN-indexed),
 * so "dang ky ket" finds "Đăng ký kết hôn".
 */
@ApplicationScoped
public class JpaProcedureRepository implements ProcedureRepository {

  /** Versions whose lists are kept at most (see {@link #parts}). */
  static final int MAX_KEPT_VERSIONS = 10_000;

  private final Map<Long, Parts> parts = new ConcurrentHashMap<>();

  private static final String SUMMARY_COLUMNS =
      "SELECT p.code, v.name, f.code, f.name, v.level, v.non_territorial, v.online_level,"
          + " v.processing_days, v.processing_hours, v.same_day_cutoff";
  private static final String FROM_ANY_VERSION =
      " FROM procedure_version v JOIN procedure p ON p.id = v.procedure_id"
          + " JOIN field f ON f.code = v.field_code";
  private static final String FROM = FROM_ANY_VERSION + " WHERE v.current";

  /** The text condition; the text is always parameter 1. */
  private static final String MATCHES =
      " AND to_tsvector('simple', v.search_text) @@ to_tsquery('simple', ?1)";

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public ProcedurePage search(ProcedureQuery query) {
    String tsQuery = tsQuery(query.text());
    StringBuilder where = new StringBuilder(FROM);
    List<Object> parameters = new ArrayList<>();
    if (tsQuery != null) {
      parameters.add(tsQuery);
      where.append(MATCHES);
    }
    if (query.field() != null) {
      parameters.add(query.field());
      where.append(" AND v.field_code = ?").append(parameters.size());
    }
    if (query.level() != null) {
      parameters.add(query.level());
      where.append(" AND v.level = ?").append(parameters.size());
    }
    if (query.nonTerritorial() != null) {
      parameters.add(query.nonTerritorial());
      where.append(" AND v.non_territorial = ?").append(parameters.size());
    }
    if (query.receivableAtLevel() != null) {
      parameters.add(query.receivableAtLevel());
      where.append(" AND (v.non_territorial OR v.level = ?").append(parameters.size()).append(')');
    }
    String order =
        tsQuery != null
            ? " ORDER BY ts_rank(to_tsvector('simple', v.search_text), to_tsquery('simple', ?1), 2) DESC,"
                + " p.code"
            : " ORDER BY f.name, p.code";
    Query count = em.createNativeQuery("SELECT count(*)" + where);
    Query page =
        em.createNativeQuery(SUMMARY_COLUMNS + where + order)
            .setFirstResult(query.page() * query.size())
            .setMaxResults(query.size());
    for (int i = 0; i < parameters.size(); i++) {
      count.setParameter(i + 1, parameters.get(i));
      page.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = page.getResultList();
    long total = ((Number) count.getSingleResult()).longValue();
    return new ProcedurePage(
        rows.stream().map(JpaProcedureRepository::summary).toList(),
        total,
        query.page(),
        query.size());
  }

  /** Every word of the folded text as a prefix, all required; null when there is no word. */
  static String tsQuery(String text) {
    if (text == null) {
      return null;
    }
    String words =
        Arrays.stream(VietnameseText.fold(text).split("[^a-z0-9.]+"))
            .map(word -> word.replaceAll("^\\.+|\\.+$", ""))
            .filter(word -> !word.isEmpty())
            .map(word -> word + ":*")
            .collect(Collectors.joining(" & "));
    return words.isEmpty() ? null : words;
  }

  @Override
  public Optional<ProcedureDetail> findCurrent(String code) {
    return findCurrentVersion(code).map(ProcedureVersion::detail);
  }

  @Override
  public Optional<ProcedureVersion> findCurrentVersion(String code) {
    return version(FROM + " AND p.code = ?1", code);
  }

  @Override
  public Optional<ProcedureVersion> findVersion(long versionId) {
    return version(FROM_ANY_VERSION + " WHERE v.id = ?1", versionId);
  }

  private Optional<ProcedureVersion> version(String fromWhere, Object key) {
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                SUMMARY_COLUMNS
                    + ", v.id, v.number, v.agency_kind, v.agency_code, v.portal_url, v.source,"
                    + " v.competence_basis"
                    + fromWhere)
            .setParameter(1, key)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = found.get(0);
    long version = ((Number) row[10]).longValue();
    Parts parts = parts(version);
    return Optional.of(
        new ProcedureVersion(
            version,
            new ProcedureDetail(
                summary(row),
                ((Number) row[11]).intValue(),
                (String) row[12],
                (String) row[13],
                (String) row[16],
                (String) row[14],
                (String) row[15],
                parts.documents(),
                parts.fees(),
                parts.results(),
                parts.steps())));
  }

  /** A version's documents, fees, results and steps. */
  private record Parts(
      List<ProcedureDetail.Document> documents,
      List<ProcedureDetail.FeeItem> fees,
      List<String> results,
      List<ProcedureDetail.Step> steps) {}

  /**
   * A version's lists, read once for the life of the application: their rows are only ever inserted
   * with their version (a change of a procedure is a new version), so every instance may keep them,
   * and receiving a dossier asks the database for one row instead of five queries. The version's
   * own row is still read each time: it joins the field, whose name may change.
   */
  private Parts parts(long version) {
    Parts known = parts.get(version);
    if (known != null) {
      return known;
    }
    Parts read = readParts(version);
    if (parts.size() >= MAX_KEPT_VERSIONS) {
      // Far more versions than a province's catalog holds current: start again.
      parts.clear();
    }
    parts.put(version, read);
    return read;
  }

  private Parts readParts(long version) {
    return new Parts(
        rows(
                "SELECT code, name, form, sets, national_database, reusable, source"
                    + " FROM required_document",
                version)
            .stream()
            .map(
                r ->
                    new ProcedureDetail.Document(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        (String) r[4],
                        (Boolean) r[5],
                        (String) r[6]))
            .toList(),
        rows("SELECT name, amount, rule, exemption, source FROM fee", version).stream()
            .map(
                r ->
                    new ProcedureDetail.FeeItem(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4]))
            .toList(),
        rows("SELECT name, position FROM result_document", version).stream()
            .map(r -> (String) r[0])
            .toList(),
        rows(
                "SELECT name, performer_role, performer_unit, budget_minutes FROM process_step",
                version)
            .stream()
            .map(
                r ->
                    new ProcedureDetail.Step(
                        (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue()))
            .toList());
  }

  @Override
  public List<FieldCount> fields() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT f.code, f.name, count(v.id) FROM field f LEFT JOIN procedure_version v"
                    + " ON v.field_code = f.code AND v.current GROUP BY f.code, f.name ORDER BY f.name")
            .getResultList();
    return rows.stream()
        .map(r -> new FieldCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
        .toList();
  }

  /** The rows of one of a version's child tables, in their order. */
  private List<Object[]> rows(String select, long version) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(select + " WHERE version_id = ?1 ORDER BY position")
            .setParameter(1, version)
            .getResultList();
    return rows;
  }

  private static ProcedureSummary summary(Object[] row) {
    return new ProcedureSummary(
        (String) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (Boolean) row[5],
        (String) row[6],
        (BigDecimal) row[7],
        row[8] == null ? null : ((Number) row[8]).intValue(),
        row[9] == null ? null : ((Time) row[9]).toLocalTime());
  }
}
