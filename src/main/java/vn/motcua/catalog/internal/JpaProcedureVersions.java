package vn.motcua.catalog.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.OptionalLong;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersions;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.shared.persistence.InstantConverter;
import vn.motcua.shared.text.VietnameseText;

/**
 * Writes procedure versions with SQL, in the caller's transaction. The partial unique index on
 * {@code procedure_version (procedure_id) WHERE current} keeps one current version per procedure
 * even if two saves raced past {@link #claim}.
 */
@ApplicationScoped
public class JpaProcedureVersions implements ProcedureVersions {

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public OptionalLong lockVersion(String code) {
    List<?> found =
        em.createNativeQuery("SELECT version FROM procedure WHERE code = ?1")
            .setParameter(1, code)
            .getResultList();
    return found.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(((Number) found.get(0)).longValue());
  }

  @Override
  public boolean claim(String code, long expected) {
    return em.createNativeQuery(
                "UPDATE procedure SET version = version + 1 WHERE code = ?1 AND version = ?2")
            .setParameter(1, code)
            .setParameter(2, expected)
            .executeUpdate()
        == 1;
  }

  @Override
  public int addVersion(String code, ProcedureContent content, String source) {
    Object[] current =
        (Object[])
            em.createNativeQuery(
                    "SELECT v.procedure_id, v.number FROM procedure_version v JOIN procedure p"
                        + " ON p.id = v.procedure_id WHERE p.code = ?1 AND v.current")
                .setParameter(1, code)
                .getSingleResult();
    long procedureId = ((Number) current[0]).longValue();
    int number = ((Number) current[1]).intValue() + 1;
    em.createNativeQuery(
            "UPDATE procedure_version SET current = false WHERE procedure_id = ?1 AND current")
        .setParameter(1, procedureId)
        .executeUpdate();
    insertVersion(procedureId, number, code, content, source);
    return number;
  }

  @Override
  public void create(String code, ProcedureContent content, String source) {
    long procedureId = nextId();
    em.createNativeQuery("INSERT INTO procedure (id, code) VALUES (?1, ?2)")
        .setParameter(1, procedureId)
        .setParameter(2, code)
        .executeUpdate();
    insertVersion(procedureId, 1, code, content, source);
  }

  @Override
  public boolean fieldExists(String fieldCode) {
    return !em.createNativeQuery("SELECT 1 FROM field WHERE code = ?1")
        .setParameter(1, fieldCode)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<VersionInfo> versions(String code) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT v.number, v.created_at, v.current, v.source FROM procedure_version v"
                    + " JOIN procedure p ON p.id = v.procedure_id WHERE p.code = ?1"
                    + " ORDER BY v.number DESC")
            .setParameter(1, code)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new VersionInfo(
                    ((Number) r[0]).intValue(),
                    InstantConverter.instant(r[1]),
                    (Boolean) r[2],
                    (String) r[3]))
        .toList();
  }

  private void insertVersion(
      long procedureId, int number, String code, ProcedureContent content, String source) {
    long versionId = nextId();
    String fieldName =
        (String)
            em.createNativeQuery("SELECT name FROM field WHERE code = ?1")
                .setParameter(1, content.fieldCode())
                .getSingleResult();
    ProcessingTime time = content.processingTime();
    execute(
        "INSERT INTO procedure_version (id, procedure_id, number, current, name, field_code, level,"
            + " agency_kind, agency_code, processing_days, processing_hours, same_day_cutoff,"
            + " online_level, non_territorial, portal_url, source, search_text, competence_basis)"
            + " VALUES (?1, ?2, ?3, true, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS numeric),"
            + " CAST(?10 AS integer), CAST(?11 AS time), ?12, ?13, ?14, ?15, ?16, ?17)",
        versionId,
        procedureId,
        number,
        content.name(),
        content.fieldCode(),
        content.level(),
        content.agencyKind(),
        content.agencyCode(),
        time.workingDays() == null ? null : time.workingDays().toPlainString(),
        time.workingHours() == null ? null : time.workingHours().toString(),
        time.sameDayCutOff() == null ? null : time.sameDayCutOff().toString(),
        content.onlineLevel(),
        content.nonTerritorial(),
        content.portalUrl(),
        source,
        VietnameseText.fold(code + " " + content.name() + " " + fieldName),
        content.competenceBasis());
    int position = 0;
    for (ProcedureContent.Document d : content.documents()) {
      execute(
          "INSERT INTO required_document (id, version_id, position, code, name, form, sets,"
              + " national_database, reusable, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
              + " ?10)",
          nextId(),
          versionId,
          ++position,
          d.code(),
          d.name(),
          d.form(),
          d.sets(),
          d.nationalDatabase(),
          d.reusable(),
          d.source());
    }
    position = 0;
    for (ProcedureContent.Fee f : content.fees()) {
      execute(
          "INSERT INTO fee (id, version_id, position, name, amount, rule, exemption, source)"
              + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
          nextId(),
          versionId,
          ++position,
          f.name(),
          f.amount(),
          f.rule(),
          f.exemption(),
          f.source());
    }
    position = 0;
    for (String result : content.results()) {
      execute(
          "INSERT INTO result_document (id, version_id, position, name) VALUES (?1, ?2, ?3, ?4)",
          nextId(),
          versionId,
          ++position,
          result);
    }
    position = 0;
    for (ProcessStep s : content.process().steps()) {
      execute(
          "INSERT INTO process_step (id, version_id, position, name, performer_role,"
              + " performer_unit, budget_minutes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
          nextId(),
          versionId,
          ++position,
          s.name(),
          s.performerRole().name(),
          s.performerUnit().name(),
          Math.toIntExact(s.budget().toMinutes()));
    }
  }

  private long nextId() {
    return ((Number) em.createNativeQuery("SELECT nextval('catalog_seq')").getSingleResult())
        .longValue();
  }

  private void execute(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
  }
}
