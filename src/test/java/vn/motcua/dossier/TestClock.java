package vn.motcua.dossier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;

/** The dossier clock inside the test server: set by the test, the real time when unset. */
@Alternative
@Priority(100)
@ApplicationScoped
public class TestClock extends DossierClock {

  private static volatile Instant now;

  public static void set(Instant instant) {
    now = instant;
  }

  @Override
  public Instant now() {
    Instant fixed = now;
    return fixed == null ? Instant.now() : fixed;
  }
}
