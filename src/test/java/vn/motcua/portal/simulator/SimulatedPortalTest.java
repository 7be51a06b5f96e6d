package vn.motcua.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.portal.simulator.SyncLedger.Arrival;
import vn.motcua.portal.simulator.SyncLedger.Filter;
import vn.motcua.testing.SettableClock;

/**
 * The simulated portal records each message once per idempotency key, refuses breaches without
 * recording them, and fails as its mode says for as long as it says.
 */
class SimulatedPortalTest {

  private static final String SUCCESS = SyncContract.success();

  private final SettableClock clock = new SettableClock();
  private final SimulatedPortal portal = new SimulatedPortal(clock, 5, 7000);

  @Test
  void anAcceptedMessageIsRecordedOnceAndItsRedeliveriesAreCountedOnIt() {
    SimulatedPortal.Answer first = portal.call("m-1", SyncMessages.sync("HG-1", "2"));
    assertThat(first).isEqualTo(new SimulatedPortal.Answer(200, SUCCESS, 0, true));

    clock.advance(Duration.ofSeconds(10));
    SimulatedPortal.Answer again = portal.call("m-1", SyncMessages.sync("HG-1", "2"));
    assertThat(again).isEqualTo(new SimulatedPortal.Answer(200, SUCCESS, 0, false));

    List<Arrival> arrivals = portal.ledger().arrivals(Filter.ALL, 0, 10, false);
    assertThat(arrivals).hasSize(1);
    Arrival arrival = arrivals.get(0);
    assertThat(arrival.sequence()).isEqualTo(1);
    assertThat(arrival.key()).isEqualTo("m-1");
    assertThat(arrival.service()).isEqualTo(SyncContract.SYNC_DOSSIER);
    assertThat(arrival.dossier()).isEqualTo("HG-1");
    assertThat(arrival.status()).isEqualTo("2");
    assertThat(arrival.received()).isEqualTo(clock.instant().minusSeconds(10));
    assertThat(arrival.redeliveries()).isEqualTo(1);
    assertThat(arrival.differingRedeliveries()).isZero();
    assertThat(arrival.lastRedelivery()).isEqualTo(clock.instant());
    assertThat(arrival.item().getString("TrangThaiHoSo")).isEqualTo("2");
    assertThat(portal.ledger().counts()).isEqualTo(new SyncLedger.Counts(1, 1, 1, 0, 0, 0));
  }

  @Test
  void anotherMessageUnderAKnownKeyIsCountedAsADifferingRedelivery() {
    portal.call("m-1", SyncMessages.sync("HG-1", "2"));
    portal.call("m-1", SyncMessages.sync("HG-1", "3"));

    Arrival arrival = portal.ledger().arrivals(Filter.ALL, 0, 10, false).get(0);
    assertThat(arrival.status()).isEqualTo("2");
    assertThat(arrival.redeliveries()).isEqualTo(1);
    assertThat(arrival.differingRedeliveries()).isEqualTo(1);
  }

  @Test
  void eachItemOfAMessageIsAnArrivalAndTheirRedeliveryIsCountedOnEach() {
    String two =
        SyncMessages.envelope(
                SyncContract.UPDATE_PROGRESS,
                SyncMessages.progress("HG-1", "2"),
                SyncMessages.progress("HG-2", "4"))
            .build()
            .toString();

    portal.call("m-2", two);
    portal.call("m-2", two);

    assertThat(portal.ledger().arrivals(Filter.ALL, 0, 10, false))
        .extracting(Arrival::dossier, Arrival::redeliveries)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("HG-1", 1),
            org.assertj.core.groups.Tuple.tuple("HG-2", 1));
  }

  @Test
  void aBreachIsAnsweredWithItsCodeAndRecordedOnlyAsARefusal() {
    SimulatedPortal.Answer answer = portal.call("m-1", SyncMessages.sync("HG-1", "11"));

    assertThat(answer.status()).isEqualTo(200);
    jakarta.json.JsonObject reply =
        Json.createReader(new java.io.StringReader(answer.body())).readObject();
    assertThat(reply.getString("error_code")).isEqualTo("8");
    assertThat(reply.getString("message")).contains("TrangThaiHoSo");
    assertThat(answer.recorded()).isFalse();
    assertThat(portal.ledger().count(Filter.ALL)).isZero();
    assertThat(portal.ledger().refusals(0, 10))
        .singleElement()
        .satisfies(r -> assertThat(r.errorCode()).isEqualTo("8"))
        .satisfies(r -> assertThat(r.key()).isEqualTo("m-1"));

    assertThat(portal.call("m-1", SyncMessages.sync("HG-1", "1")).recorded())
        .as("a refused key is not known: the corrected message arrives")
        .isTrue();
  }

  @Test
  void aServerErrorForTwoCallsRecordsNothingThenTheRedeliveryArrives() {
    portal.setMode(FaultMode.SERVER_ERROR, null, 2, null);

    assertThat(portal.call("m-1", SyncMessages.sync("HG-1", "2")))
        .isEqualTo(new SimulatedPortal.Answer(503, "Service Unavailable", 0, false));
    assertThat(portal.call("m-1", SyncMessages.sync("HG-1", "2")).status()).isEqualTo(503);
    assertThat(portal.ledger().count(Filter.ALL)).isZero();

    assertThat(portal.call("m-1", SyncMessages.sync("HG-1", "2")).recorded()).isTrue();
    assertThat(portal.ledger().arrivals(Filter.ALL, 0, 10, false).get(0).redeliveries())
        .as("failed calls reached nothing")
        .isZero();
    assertThat(portal.ledger().counts().serverErrors()).isEqualTo(2);
  }

  @Test
  void anErrorReplyIsABusyCodeAndRecordsNothing() {
    portal.setMode(FaultMode.ERROR_REPLY, 60, null, null);

    SimulatedPortal.Answer answer = portal.call("m-1", SyncMessages.sync("HG-1", "2"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("\"error_code\":\"99\"");
    assertThat(portal.ledger().count(Filter.ALL)).isZero();

    clock.advance(Duration.ofSeconds(60));
    assertThat(portal.call("m-1", SyncMessages.sync("HG-1", "2")).body()).isEqualTo(SUCCESS);
  }

  @Test
  void aTimeoutRecordsTheCallAndHoldsTheAnswerBack() {
    portal.setMode(FaultMode.TIMEOUT, null, 1, null);

    SimulatedPortal.Answer late = portal.call("m-1", SyncMessages.sync("HG-1", "2"));
    assertThat(late).isEqualTo(new SimulatedPortal.Answer(200, SUCCESS, 7000, true));

    SimulatedPortal.Answer retried = portal.call("m-1", SyncMessages.sync("HG-1", "2"));
    assertThat(retried).isEqualTo(new SimulatedPortal.Answer(200, SUCCESS, 0, false));
    assertThat(portal.ledger().arrivals(Filter.ALL, 0, 10, false))
        .singleElement()
        .satisfies(a -> assertThat(a.redeliveries()).isEqualTo(1));

    assertThat(portal.setMode(FaultMode.TIMEOUT, null, 1, 250).delayMillis()).isEqualTo(250);
  }

  @Test
  void onlyTheLastArrivalsAreKeptAndTheirKeysWithThem() {
    for (int i = 1; i <= 7; i++) {
      portal.call("m-" + i, SyncMessages.sync("HG-" + i, "1"));
    }

    assertThat(portal.ledger().arrivals(Filter.ALL, 0, 10, false))
        .extracting(Arrival::sequence)
        .containsExactly(3L, 4L, 5L, 6L, 7L);
    assertThat(portal.call("m-3", SyncMessages.sync("HG-3", "1")).recorded())
        .as("a kept key is still known")
        .isFalse();
    assertThat(portal.call("m-1", SyncMessages.sync("HG-1", "1")).recorded())
        .as("a forgotten key arrives again: documented")
        .isTrue();
    assertThat(portal.ledger().counts().kept()).isEqualTo(5);
    assertThat(portal.ledger().counts().arrivals()).isEqualTo(8);
  }

  @Test
  void arrivalsAreFilteredAndPagedBothWays() {
    portal.call("a", SyncMessages.sync("HG-1", "1"));
    portal.call(
        "b",
        SyncMessages.envelope(SyncContract.UPDATE_PROGRESS, SyncMessages.progress("HG-1", "2"))
            .build()
            .toString());
    portal.call("c", SyncMessages.sync("HG-2", "1"));
    portal.call("d", SyncMessages.sync("HG-1", "4"));

    Filter hg1 = new Filter(" HG-1 ", null);
    assertThat(portal.ledger().count(hg1)).isEqualTo(3);
    assertThat(portal.ledger().arrivals(hg1, 1, 1, false))
        .extracting(Arrival::key)
        .containsExactly("b");
    assertThat(portal.ledger().arrivals(hg1, 0, 10, true))
        .extracting(Arrival::key)
        .containsExactly("d", "b", "a");
    assertThat(
            portal.ledger().arrivals(new Filter("HG-1", SyncContract.SYNC_DOSSIER), 0, 10, false))
        .extracting(Arrival::key)
        .containsExactly("a", "d");
    assertThat(portal.ledger().arrival(3).dossier()).isEqualTo("HG-2");
    assertThat(portal.ledger().arrival(99)).isNull();
  }

  @Test
  void aClearForgetsArrivalsKeysAndCountsButNotTheSequence() {
    portal.call("a", SyncMessages.sync("HG-1", "1"));
    portal.call("x", "{");
    portal.ledger().clear();

    assertThat(portal.ledger().counts()).isEqualTo(new SyncLedger.Counts(0, 0, 0, 0, 0, 0));
    assertThat(portal.call("a", SyncMessages.sync("HG-1", "1")).recorded()).isTrue();
    assertThat(portal.ledger().arrivals(Filter.ALL, 0, 1, false).get(0).sequence()).isEqualTo(2);
  }

  @Test
  void concurrentDeliveriesOfOneMessageRecordItOnce() throws Exception {
    SimulatedPortal big = new SimulatedPortal(clock, 10_000, 0);
    big.setMode(FaultMode.SERVER_ERROR, null, 50, null);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String key = "m-" + (i % 40);
        String body = SyncMessages.sync("HG-" + (i % 40), "2");
        calls.add(() -> big.call(key, body).status());
      }
      int serverErrors = 0;
      for (Future<Integer> status : threads.invokeAll(calls)) {
        serverErrors += status.get() == 503 ? 1 : 0;
      }

      assertThat(serverErrors).as("exactly the calls of the fault").isEqualTo(50);
      assertThat(big.ledger().count(Filter.ALL)).isEqualTo(40);
      assertThat(big.ledger().counts().redeliveries()).isEqualTo(400 - 50 - 40);
    } finally {
      threads.shutdownNow();
    }
  }
}
