package vn.motcua.dossier;

import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements the application sends while a piece of work runs, from EclipseLink's
 * session events: every call to the database, native or JPQL, raises one.
 */
@Singleton
public class StatementCounter {

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  private final AtomicInteger calls = new AtomicInteger();
  private volatile boolean installed;

  /** How many statements {@code work} sent. */
  public int count(Runnable work) {
    install();
    int before = calls.get();
    work.run();
    return calls.get() - before;
  }

  private void install() {
    if (!installed) {
      // Client sessions copy the server session's listeners when a transaction acquires one.
      em.unwrap(Server.class)
          .getEventManager()
          .addListener(
              new SessionEventAdapter() {
                @Override
                public void postExecuteCall(SessionEvent event) {
                  calls.incrementAndGet();
                }
              });
      installed = true;
    }
  }
}
