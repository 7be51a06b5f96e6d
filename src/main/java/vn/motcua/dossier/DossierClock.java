package vn.motcua.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The time dossier services act at: one bean, so that tests can play a dossier's life across
 * holidays and deadlines (a test alternative replaces it) while the services stay clock-free.
 */
@ApplicationScoped
public class DossierClock {

  public Instant now() {
    return Instant.now();
  }
}
