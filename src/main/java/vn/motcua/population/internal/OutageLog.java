package vn.motcua.population.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import vn.motcua.population.PopulationLookup;

/**
 * Logs the population database's outages, once each: a WARNING when it stops answering, INFO when
 * it answers again with how many look-ups fell back to manual entry meanwhile, each failure in
 * between at FINE. Reasons hold no personal data, and no ID number, name or address is logged.
 */
final class OutageLog {

  static final Logger LOG = Logger.getLogger(OutageLog.class.getName());

  private final AtomicBoolean answering = new AtomicBoolean(true);
  private final AtomicLong missed = new AtomicLong();

  /** Notes the look-up's outcome and returns it. */
  PopulationLookup note(PopulationLookup lookup) {
    if (lookup.outcome() == PopulationLookup.Outcome.UNAVAILABLE) {
      missed.incrementAndGet();
      if (answering.compareAndSet(true, false)) {
        LOG.warning(
            () ->
                "Population database unavailable ("
                    + lookup.reason()
                    + "); reception falls back to manual entry until it answers again");
      } else {
        LOG.fine(() -> "Population database still unavailable (" + lookup.reason() + ")");
      }
    } else if (answering.compareAndSet(false, true)) {
      long count = missed.getAndSet(0);
      LOG.info(
          () -> "Population database answers again, after " + count + " unanswered look-up(s)");
    } else {
      missed.set(0);
    }
    return lookup;
  }
}
