package vn.motcua.portal.simulator;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What reached the simulated portal, in memory: each item of each accepted message once, in arrival
 * order, and the refused calls. A message whose idempotency key is known again is a redelivery:
 * counted on the items it brought the first time, never recorded twice, so that "exactly once per
 * change" can be checked. Keeps the last {@link #DEFAULT_CAPACITY} items and the last {@link
 * #REFUSALS_KEPT} refusals; a key is forgotten with the last of its items, so a redelivery of a
 * message older than that would be recorded again. Safe for concurrent calls.
 */
public final class SyncLedger {

  /** How many arrivals (items) are kept by default. */
  public static final int DEFAULT_CAPACITY = 10_000;

  /** How many refused calls are kept. */
  public static final int REFUSALS_KEPT = 1_000;

  /** What recording a message did. */
  public enum Outcome {
    /** Its items were recorded. */
    ARRIVED,
    /** Its key was known: counted as a redelivery, nothing recorded. */
    REDELIVERED
  }

  /**
   * One item of an accepted message, as recorded.
   *
   * @param sequence its place in arrival order, from 1, never reused (not even after a clear)
   * @param redeliveries how many times its message arrived again after the first time
   * @param differingRedeliveries how many of those carried other items or another service under the
   *     same key (a sender's mistake)
   * @param lastRedelivery when its message last arrived again, {@code null} if never
   */
  public record Arrival(
      long sequence,
      String key,
      String service,
      String dossier,
      String status,
      Instant received,
      int redeliveries,
      int differingRedeliveries,
      Instant lastRedelivery,
      JsonObject item) {}

  /** A refused call: what was answered, never what was sent. */
  public record Refusal(
      long sequence,
      Instant received,
      String errorCode,
      String message,
      String key,
      String service) {}

  /** Which arrivals a query wants; a {@code null} criterion matches all. */
  public record Filter(String dossier, String service) {

    public static final Filter ALL = new Filter(null, null);

    public Filter {
      dossier = dossier == null || dossier.isBlank() ? null : dossier.strip();
      service = service == null || service.isBlank() ? null : service.strip();
    }

    boolean matches(Arrival arrival) {
      return (dossier == null || dossier.equals(arrival.dossier()))
          && (service == null || service.equals(arrival.service()));
    }
  }

  /** Counts since the last clear. */
  public record Counts(
      long arrivals,
      int kept,
      long redeliveries,
      long refusals,
      long serverErrors,
      long errorReplies) {}

  /** The first delivery of a message, and what happened to it since. */
  private static final class Message {
    final String key;
    final String fingerprint;
    int itemsKept;
    int redeliveries;
    int differingRedeliveries;
    Instant lastRedelivery;

    Message(String key, String fingerprint, int items) {
      this.key = key;
      this.fingerprint = fingerprint;
      this.itemsKept = items;
    }
  }

  private record Entry(
      long sequence,
      Message message,
      String service,
      String dossier,
      String status,
      Instant received,
      JsonObject item) {

    Arrival arrival() {
      return new Arrival(
          sequence,
          message.key,
          service,
          dossier,
          status,
          received,
          message.redeliveries,
          message.differingRedeliveries,
          message.lastRedelivery,
          item);
    }
  }

  private final Clock clock;
  private final int capacity;
  private final Deque<Entry> arrivals = new ArrayDeque<>();
  private final Map<String, Message> messages = new HashMap<>();
  private final Deque<Refusal> refusals = new ArrayDeque<>();
  private long nextSequence = 1;
  private long nextRefusal = 1;
  private long arrived;
  private long redelivered;
  private long refused;
  private long serverErrors;
  private long errorReplies;

  public SyncLedger(Clock clock) {
    this(clock, DEFAULT_CAPACITY);
  }

  public SyncLedger(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.clock = Objects.requireNonNull(clock);
    this.capacity = capacity;
  }

  /** Records an accepted message, or counts it as a redelivery when its key is known. */
  public synchronized Outcome record(SyncContract.Accepted message) {
    Instant now = clock.instant();
    Message known = messages.get(message.key());
    if (known != null) {
      known.redeliveries++;
      known.lastRedelivery = now;
      if (!known.fingerprint.equals(message.fingerprint())) {
        known.differingRedeliveries++;
      }
      redelivered++;
      return Outcome.REDELIVERED;
    }
    Message first = new Message(message.key(), message.fingerprint(), message.items().size());
    messages.put(first.key, first);
    for (SyncContract.Item item : message.items()) {
      arrivals.addLast(
          new Entry(
              nextSequence++,
              first,
              message.service(),
              item.dossier(),
              item.status(),
              now,
              item.raw()));
      arrived++;
    }
    while (arrivals.size() > capacity) {
      Message oldest = arrivals.removeFirst().message();
      if (--oldest.itemsKept == 0) {
        messages.remove(oldest.key);
      }
    }
    return Outcome.ARRIVED;
  }

  /** Records a refused call. */
  public synchronized void refuse(SyncContract.Refused call) {
    refusals.addLast(
        new Refusal(
            nextRefusal++,
            clock.instant(),
            call.refusal().code(),
            call.message(),
            call.key(),
            call.service()));
    refused++;
    if (refusals.size() > REFUSALS_KEPT) {
      refusals.removeFirst();
    }
  }

  /** Counts a call answered by a fault mode without being recorded. */
  public synchronized void faulted(FaultMode mode) {
    switch (mode) {
      case SERVER_ERROR -> serverErrors++;
      case ERROR_REPLY -> errorReplies++;
      default -> throw new IllegalArgumentException(mode + " records its calls");
    }
  }

  /** How many kept arrivals match. */
  public synchronized int count(Filter filter) {
    return (int) arrivals.stream().map(Entry::arrival).filter(filter::matches).count();
  }

  /**
   * A page of the kept arrivals that match, in arrival order or newest first.
   *
   * @param first how many matching arrivals to skip
   * @param max the most to return
   */
  public synchronized List<Arrival> arrivals(
      Filter filter, int first, int max, boolean newestFirst) {
    Iterator<Entry> entries = newestFirst ? arrivals.descendingIterator() : arrivals.iterator();
    return page(entries, filter::matches, first, max);
  }

  /** The arrival with this sequence number, if it is still kept. */
  public synchronized Arrival arrival(long sequence) {
    for (Entry entry : arrivals) {
      if (entry.sequence() == sequence) {
        return entry.arrival();
      }
    }
    return null;
  }

  /** A page of the kept refusals, in order. */
  public synchronized List<Refusal> refusals(int first, int max) {
    return refusals.stream().skip(first).limit(max).toList();
  }

  public synchronized Counts counts() {
    return new Counts(arrived, arrivals.size(), redelivered, refused, serverErrors, errorReplies);
  }

  /** Forgets every arrival, key, refusal and count; sequence numbers go on. */
  public synchronized void clear() {
    arrivals.clear();
    messages.clear();
    refusals.clear();
    arrived = 0;
    redelivered = 0;
    refused = 0;
    serverErrors = 0;
    errorReplies = 0;
  }

  private static List<Arrival> page(
      Iterator<Entry> entries, Predicate<Arrival> wanted, int first, int max) {
    List<Arrival> page = new ArrayList<>();
    int skipped = 0;
    while (entries.hasNext() && page.size() < max) {
      Arrival arrival = entries.next().arrival();
      if (wanted.test(arrival)) {
        if (skipped < first) {
          skipped++;
        } else {
          page.add(arrival);
        }
      }
    }
    return page;
  }
}
