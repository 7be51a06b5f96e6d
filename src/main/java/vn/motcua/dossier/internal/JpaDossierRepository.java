package vn.motcua.dossier.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRepository;

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
    return String.format("%s-%s-%04d", electronicId, DAY.format(day), next.intValue());
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
  public List<Dossier> byApplicant(String applicantIdNumber, int max) {
    return em.createQuery(
            "SELECT d FROM Dossier d WHERE d.applicant.idNumber = :id ORDER BY d.registeredAt DESC",
            Dossier.class)
        .setParameter("id", applicantIdNumber)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
