package vn.motcua.portal.sync.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.motcua.portal.sync.Claimed;
import vn.motcua.portal.sync.Exchange;
import vn.motcua.portal.sync.PortalOutbox;
import vn.motcua.portal.sync.PortalSyncContract;
import vn.motcua.shared.persistence.Leases;

/**
 * Delivers the outbox to the portal. Every instance of a cluster ticks (a non-persistent timer:
 * Payara Micro does not coordinate persistent ones) and shares the work through row leases: a round
 * takes, in a short transaction of its own, the oldest unsent message of each dossier whose earlier
 * messages are all sent ({@code FOR UPDATE SKIP LOCKED}), sends them at once outside any
 * transaction, then records the endings and their exchange log rows. Rounds follow one another
 * while there is work, within the interval, several at once. A failure waits for its next attempt
 * (exponential backoff with jitter) and after the last allowed attempt the message is dead: it
 * holds its dossier's later messages until an administrator retries or discards it, so the portal
 * never sees a dossier's messages out of order.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  /** How long a tick goes on taking rounds when there are no automatic ticks (tests). */
  private static final Duration MANUAL_BUDGET = Duration.ofSeconds(30);

  @Inject private PortalOutbox outbox;
  @Inject private ThisApplication application;
  @Inject private Config config;
  @Resource private TimerService timers;
  @Resource private ManagedExecutorService executor;

  private RelaySettings settings;
  private PortalSyncClient client;
  private boolean waitingForRoot;

  @PostConstruct
  void start() {
    settings = RelaySettings.of(config);
    client = new PortalSyncClient(settings.timeout());
    if (settings.url().isEmpty()) {
      LOG.info("Portal sync: no URL configured (motcua.portal.sync.url); messages wait");
    }
    if (settings.interval().isZero()) {
      LOG.info("Portal sync: no automatic rounds (interval 0)");
      return;
    }
    timers.createIntervalTimer(
        settings.interval().toMillis(),
        settings.interval().toMillis(),
        new TimerConfig(null, false));
  }

  @Timeout
  void tick() {
    try {
      deliver();
    } catch (RuntimeException e) {
      // The next tick tries again; the database may be down for a moment.
      LOG.log(Level.WARNING, "Portal sync round failed: {0}", e.getClass().getName());
    }
  }

  /**
   * Delivers what is due now to the configured endpoint, round after round while there is work.
   *
   * @return how many delivery attempts were made
   */
  public int deliver() {
    if (settings.url().isEmpty()) {
      return 0;
    }
    Optional<URI> endpoint = application.resolve(settings.url());
    if (endpoint.isEmpty()) {
      if (!waitingForRoot) {
        LOG.info(
            "Portal sync: the URL is a path on this application; waiting for its first request");
        waitingForRoot = true;
      }
      return 0;
    }
    waitingForRoot = false;
    return deliver(endpoint.get());
  }

  /**
   * As {@link #deliver()}, to a given endpoint: the integration test's own receiver. Public only
   * because an EJB's other methods are not called through its container.
   */
  public int deliver(URI endpoint) {
    Duration budget = settings.interval().isZero() ? MANUAL_BUDGET : settings.interval();
    long until = System.nanoTime() + budget.toNanos();
    List<Future<Rounds>> workers = new ArrayList<>();
    for (int i = 1; i < settings.workers(); i++) {
      workers.add(executor.submit(() -> rounds(endpoint, until)));
    }
    Rounds all = new Rounds(0, 0);
    try {
      all = rounds(endpoint, until);
    } finally {
      // Never leave a tick while its other rounds run: the next tick would start more.
      for (Future<Rounds> worker : workers) {
        all = all.plus(finished(worker));
      }
    }
    if (all.attempts() > 0) {
      Rounds done = all;
      LOG.info(
          () ->
              "Portal sync: "
                  + (done.attempts() - done.failures())
                  + " messages sent, "
                  + done.failures()
                  + " failed");
    }
    return all.attempts();
  }

  /** What rounds did: attempts made, and how many of them failed. */
  private record Rounds(int attempts, int failures) {

    Rounds plus(Rounds other) {
      return new Rounds(attempts + other.attempts, failures + other.failures);
    }
  }

  private static Rounds finished(Future<Rounds> worker) {
    try {
      return worker.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Rounds(0, 0);
    } catch (ExecutionException e) {
      // Its messages stay leased until the lease ends, then another round takes them.
      LOG.log(Level.WARNING, "Portal sync: a round failed", e.getCause());
      return new Rounds(0, 0);
    }
  }

  /**
   * Rounds one after the other while there is work and time. Several run at once ({@code workers}):
   * a round spends most of its time waiting for the portal and the database, and the claim's SKIP
   * LOCKED and leases keep them apart as they keep instances apart. Order per dossier holds however
   * many run: a dossier's next message is not taken while its earlier one is unsent.
   */
  private Rounds rounds(URI endpoint, long until) {
    int attempts = 0;
    int failures = 0;
    while (System.nanoTime() < until) {
      // A holder of its own: a round that outlived its leases cannot record over the round of
      // this instance that took its messages over.
      String holder = Leases.INSTANCE + "/" + UUID.randomUUID();
      List<Claimed> batch = outbox.claim(holder, settings.batch(), settings.lease());
      if (batch.isEmpty()) {
        break;
      }
      List<String> bodies =
          batch.stream()
              .map(
                  m ->
                      PortalSyncContract.envelope(
                          settings.session(), settings.unitCode(), m.payload()))
              .toList();
      List<PortalSyncClient.Outgoing> outgoing = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        outgoing.add(new PortalSyncClient.Outgoing(batch.get(i).id(), bodies.get(i)));
      }
      List<Delivery> deliveries = client.send(endpoint, outgoing);
      List<PortalOutbox.Ending> endings = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        endings.add(
            ending(batch.get(i), deliveries.get(i), PortalSyncContract.sha256(bodies.get(i))));
      }
      outbox.record(endings, holder);
      for (PortalOutbox.Ending ending : endings) {
        if (ending.failure() != null) {
          failures++;
          warnIfDead(ending);
        }
      }
      attempts += batch.size();
    }
    return new Rounds(attempts, failures);
  }

  /** How an attempt ended: sent, or failed and when to try again, or dead. */
  private PortalOutbox.Ending ending(Claimed message, Delivery delivery, String sha256) {
    int attempt = message.attempts() + 1;
    boolean dead = !delivery.ok() && attempt >= settings.maxAttempts();
    Duration retryIn =
        delivery.ok()
            ? Duration.ZERO
            : settings.backoff().after(attempt, ThreadLocalRandom.current()::nextDouble);
    return new PortalOutbox.Ending(
        message,
        new Exchange(
            Exchange.Direction.OUT,
            Long.toString(message.id()),
            message.service(),
            sha256,
            delivery.httpStatus(),
            delivery.errorCode(),
            delivery.outcome().name(),
            delivery.millis(),
            null),
        delivery.failure(),
        dead,
        retryIn);
  }

  private static void warnIfDead(PortalOutbox.Ending ending) {
    if (ending.dead()) {
      Claimed message = ending.message();
      LOG.warning(
          () ->
              "Portal sync: message "
                  + message.id()
                  + " of dossier "
                  + message.dossierCode()
                  + " is dead after "
                  + (message.attempts() + 1)
                  + " attempts ("
                  + ending.failure()
                  + "); its dossier's later messages wait");
    }
  }
}
