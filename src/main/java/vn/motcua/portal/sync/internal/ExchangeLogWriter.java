package vn.motcua.portal.sync.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.portal.sync.Exchange;

/**
 * Writes the exchanges of the inbound API off the request's thread, many in one transaction. A call
 * used to pay for a transaction of its own (begin, insert, commit and its WAL sync) after its
 * answer: a fifth of the cost of the cheapest call. Now one writer takes whatever calls are waiting
 * and inserts them in one statement: it gathers calls for a moment ({@link #GATHER_MILLIS}) after
 * the first, so under load a batch holds the calls of that moment, and when calls are rare each is
 * written on its own a moment after its answer. The writer waits a moment ({@link #LINGER_MILLIS})
 * for more before it ends, so that under load calls do not pay for starting it again (a managed
 * task captures its context, which took 2 % of a submission's CPU when nearly every call started
 * one); it hands its pooled thread back at least every {@link #TURN_MILLIS}, which the relay's
 * workers share.
 *
 * <p>A call's own work never depends on its log row (the dossier and the reply of an idempotency
 * key commit in the call's transaction), so the row may follow a moment later. Rows waiting when
 * the application stops are written before it does; a crash loses the few of its last instant, as
 * it would have lost those still being answered. A full buffer (the database down for a long time)
 * drops rows with a warning rather than fill the heap.
 */
@ApplicationScoped
public class ExchangeLogWriter {

  /** Rows written in one statement at most (9 parameters each). */
  static final int BATCH = 200;

  /** Rows waiting at most; more are dropped with a warning. */
  static final int CAPACITY = 50_000;

  /** How long the writer waits for another row before it ends. */
  static final long LINGER_MILLIS = 50;

  /**
   * How long a writer gathers calls after the first before it writes them. Without it a writer
   * wrote as soon as one call waited: under load a transaction (and its WAL sync) for every three
   * calls or so, 200 a second beside the submissions' own.
   */
  static final long GATHER_MILLIS = 20;

  /** How long one writer runs at most; rows still waiting then go to the next. */
  static final long TURN_MILLIS = 1_000;

  private static final Logger LOG = Logger.getLogger(ExchangeLogWriter.class.getName());

  private final BlockingQueue<Exchange> waiting = new LinkedBlockingQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicBoolean writing = new AtomicBoolean();
  private volatile boolean stopping;
  private final AtomicLong dropped = new AtomicLong();

  @Resource private ManagedExecutorService executor;
  @Inject private ExchangeLogBatch batch;

  /** Queues an exchange for the log; it is written within moments. */
  public void append(Exchange exchange) {
    if (size.incrementAndGet() > CAPACITY) {
      size.decrementAndGet();
      long lost = dropped.incrementAndGet();
      if (lost == 1 || lost % 1_000 == 0) {
        LOG.warning(
            "The portal's exchange log is "
                + CAPACITY
                + " rows behind: "
                + lost
                + " calls dropped from it so far (is the database reachable?)");
      }
      return;
    }
    waiting.add(exchange);
    if (writing.compareAndSet(false, true)) {
      schedule();
    }
  }

  private void schedule() {
    try {
      executor.execute(() -> drain(LINGER_MILLIS));
    } catch (RejectedExecutionException e) {
      // Stopping: the caller writes what is waiting, without waiting for more.
      drain(0);
    }
  }

  /**
   * Writes what is waiting, batch after batch, until nothing comes for {@code lingerMillis} or its
   * turn is over; only one writer at a time.
   */
  private void drain(long lingerMillis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TURN_MILLIS);
    try {
      Exchange first;
      while (System.nanoTime() < end
          && (first = waiting.poll(stopping ? 0 : lingerMillis, TimeUnit.MILLISECONDS)) != null) {
        try {
          gather(lingerMillis);
        } finally {
          write(rowsFrom(first));
        }
      }
    } catch (InterruptedException e) {
      // Stopping: what is waiting is written now, without waiting for more.
      Thread.currentThread().interrupt();
      flush();
      return;
    } finally {
      writing.set(false);
    }
    // Rows added after the last take found the flag still set, or the turn is over: go on.
    if (!waiting.isEmpty() && writing.compareAndSet(false, true)) {
      schedule();
    }
  }

  /**
   * Waits a moment for more calls, unless a batch is already waiting or the writer must not wait.
   */
  private void gather(long lingerMillis) throws InterruptedException {
    if (lingerMillis > 0 && !stopping && waiting.size() < BATCH - 1) {
      TimeUnit.MILLISECONDS.sleep(GATHER_MILLIS);
    }
  }

  /** This row and those waiting after it, a batch at most. */
  private List<Exchange> rowsFrom(Exchange first) {
    List<Exchange> rows = new ArrayList<>();
    rows.add(first);
    waiting.drainTo(rows, BATCH - 1);
    size.addAndGet(-rows.size());
    return rows;
  }

  private void write(List<Exchange> rows) {
    try {
      batch.write(rows);
    } catch (RuntimeException e) {
      // The calls were answered; the operator sees which rows are missing from the log.
      LOG.log(
          Level.WARNING,
          "Cannot write "
              + rows.size()
              + " calls to the portal's exchange log, message ids "
              + rows.stream().map(Exchange::messageId).toList(),
          e);
    }
  }

  /**
   * Writes what is waiting before the application stops. A writer may hold a row it took while it
   * gathers more: it is let finish first (a few seconds at most), or that row would be lost.
   */
  @PreDestroy
  void stop() {
    stopping = true;
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    try {
      while (writing.get() && System.nanoTime() < end) {
        TimeUnit.MILLISECONDS.sleep(1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flush();
  }

  private void flush() {
    Exchange first;
    while ((first = waiting.poll()) != null) {
      write(rowsFrom(first));
    }
  }
}
