package vn.motcua.catalog.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.List;
import vn.motcua.catalog.CalendarDay;
import vn.motcua.catalog.CalendarRepository;

/** The calendar in PostgreSQL, read with plain SQL: the days are values, not entities. */
@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public List<CalendarDay> allDays() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT day, kind, name FROM calendar_day ORDER BY day")
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new CalendarDay(
                    ((Date) row[0]).toLocalDate(),
                    CalendarDay.Kind.valueOf((String) row[1]),
                    (String) row[2]))
        .toList();
  }

  @Override
  public long revision() {
    return ((Number)
            em.createNativeQuery("SELECT revision FROM calendar_revision").getSingleResult())
        .longValue();
  }
}
