package vn.motcua.catalog.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalog.CalendarDay;
import vn.motcua.catalog.CalendarRepository;

/** The calendar in PostgreSQL, read with plain SQL: the days are values, not entities. */
@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

  private static final String COLUMNS = "SELECT day, kind, name FROM calendar_day ";

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public List<CalendarDay> allDays() {
    return days(em.createNativeQuery(COLUMNS + "ORDER BY day"));
  }

  @Override
  public long revision() {
    return ((Number)
            em.createNativeQuery("SELECT revision FROM calendar_revision").getSingleResult())
        .longValue();
  }

  @Override
  public List<CalendarDay> daysOf(int year) {
    return days(
        em.createNativeQuery(COLUMNS + "WHERE day >= ?1 AND day < ?2 ORDER BY day")
            .setParameter(1, LocalDate.of(year, 1, 1))
            .setParameter(2, LocalDate.of(year + 1, 1, 1)));
  }

  @Override
  public Optional<CalendarDay> find(LocalDate date) {
    return days(em.createNativeQuery(COLUMNS + "WHERE day = ?1").setParameter(1, date)).stream()
        .findFirst();
  }

  @Override
  public void save(CalendarDay day) {
    em.createNativeQuery(
            "INSERT INTO calendar_day (day, kind, name) VALUES (?1, ?2, ?3) ON CONFLICT (day) DO"
                + " UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,"
                + " version = calendar_day.version + 1")
        .setParameter(1, day.date())
        .setParameter(2, day.kind().name())
        .setParameter(3, day.name())
        .executeUpdate();
  }

  @Override
  public void remove(LocalDate date) {
    em.createNativeQuery("DELETE FROM calendar_day WHERE day = ?1")
        .setParameter(1, date)
        .executeUpdate();
  }

  private static List<CalendarDay> days(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new CalendarDay(
                    ((Date) row[0]).toLocalDate(),
                    CalendarDay.Kind.valueOf((String) row[1]),
                    (String) row[2]))
        .toList();
  }
}
