package vn.motcua.portal.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.portal.sync.Exchange;

/**
 * The exchange log's writer without a container: a real thread pool, or one that refuses (the
 * application stopping), in place of the managed executor, and a batch that keeps its rows.
 */
class ExchangeLogWriterTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final AtomicInteger started = new AtomicInteger();
  private final List<List<Exchange>> written = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aBurstOfCallsIsWrittenWholeByAWriterStartedOnceOrSo() throws Exception {
    ExchangeLogWriter writer = writer(true);
    IntStream.range(0, 2_000).forEach(i -> writer.append(call(i)));

    awaitWritten(2_000);
    assertThat(rows()).extracting(Exchange::messageId).doesNotHaveDuplicates().hasSize(2_000);
    assertThat(written).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(200));
    // Before the writer lingered, calls that came while it was ending each started one: a burst
    // started hundreds. Now a pause longer than the linger (a GC on a busy machine) starts another.
    assertThat(started.get()).isBetween(1, 5);
  }

  @Test
  void callsComingOneAtATimeAreGatheredIntoFewBatches() throws Exception {
    ExchangeLogWriter writer = writer(true);
    long start = System.nanoTime();
    for (int i = 0; i < 40; i++) {
      writer.append(call(i));
      Thread.sleep(1);
    }
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    awaitWritten(40);
    // Before the writer gathered, it wrote each call as soon as it came: 40 batches here, each a
    // transaction. Now a batch a gathering moment at most (the last one's calls come after).
    assertThat(written)
        .hasSizeLessThanOrEqualTo((int) (elapsedMillis / ExchangeLogWriter.GATHER_MILLIS) + 2);
  }

  @Test
  void aCallAfterTheWriterEndedStartsAnother() throws Exception {
    ExchangeLogWriter writer = writer(true);
    writer.append(call(1));
    awaitWritten(1);
    Thread.sleep(ExchangeLogWriter.LINGER_MILLIS * 4);

    writer.append(call(2));

    awaitWritten(2);
    assertThat(started.get()).isEqualTo(2);
  }

  @Test
  void aRowTheWriterHoldsWhileItGathersIsWrittenBeforeTheApplicationStops() throws Exception {
    ExchangeLogWriter writer = writer(true);
    writer.append(call(1));
    Thread.sleep(ExchangeLogWriter.GATHER_MILLIS / 4); // the writer has taken the row, and gathers

    writer.stop();

    // Before, the stop wrote only the rows still queued and returned: this one came later or never.
    assertThat(rows()).extracting(Exchange::messageId).containsExactly("m-1");
  }

  @Test
  void whileTheApplicationStopsTheCallerWritesAtOnce() throws Exception {
    ExchangeLogWriter writer = writer(false);
    long start = System.nanoTime();

    writer.append(call(1));

    assertThat(rows()).extracting(Exchange::messageId).containsExactly("m-1");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .as("the caller does not wait for more rows")
        .isLessThan(ExchangeLogWriter.LINGER_MILLIS);
  }

  private ExchangeLogWriter writer(boolean accepting) throws ReflectiveOperationException {
    ExchangeLogWriter writer = new ExchangeLogWriter();
    set(writer, "executor", executor(accepting));
    set(
        writer,
        "batch",
        new ExchangeLogBatch() {
          @Override
          public void write(List<Exchange> rows) {
            written.add(List.copyOf(rows));
          }
        });
    return writer;
  }

  /** The managed executor's execute, on the pool or refused; nothing else is called. */
  private ManagedExecutorService executor(boolean accepting) {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("execute")) {
                throw new UnsupportedOperationException(method.getName());
              }
              if (!accepting) {
                throw new RejectedExecutionException("stopping");
              }
              started.incrementAndGet();
              pool.execute((Runnable) args[0]);
              return null;
            });
  }

  private static void set(Object target, String field, Object value)
      throws ReflectiveOperationException {
    Field f = ExchangeLogWriter.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }

  private List<Exchange> rows() {
    synchronized (written) {
      return written.stream().flatMap(List::stream).toList();
    }
  }

  private void awaitWritten(int rows) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (rows().size() < rows && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(rows()).hasSize(rows);
  }

  private static Exchange call(int i) {
    return new Exchange(
        Exchange.Direction.IN,
        "m-" + i,
        "/api/v1/portal/dossiers",
        "0".repeat(64),
        201,
        null,
        "ANSWERED",
        3,
        Instant.now());
  }
}
