package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proves the clean-up is registered once per transaction and removes the files written only when
 * the transaction rolled back, leaving a failed removal to the sweep.
 */
class RollbackCleanupTest {

  private final FakeTransaction transaction = new FakeTransaction();
  private final RecordingRemoval removal = new RecordingRemoval();

  @Test
  void oneCleanupPerTransaction() {
    RollbackCleanup first = RollbackCleanup.ofCurrentTransaction(transaction, removal);
    RollbackCleanup second = RollbackCleanup.ofCurrentTransaction(transaction, removal);

    assertThat(second).isSameAs(first);
    assertThat(transaction.synchronizations).containsExactly(first);
  }

  @Test
  void aRollbackRemovesEveryFileWrittenOnce() {
    RollbackCleanup cleanup = RollbackCleanup.ofCurrentTransaction(transaction, removal);
    cleanup.wrote("a".repeat(64));
    cleanup.wrote("b".repeat(64));
    cleanup.wrote("a".repeat(64));

    cleanup.afterCompletion(Status.STATUS_ROLLEDBACK);

    assertThat(removal.removed).containsExactly("a".repeat(64), "b".repeat(64));
  }

  @Test
  void aCommitOrAnUnknownOutcomeRemovesNothing() {
    RollbackCleanup cleanup = RollbackCleanup.ofCurrentTransaction(transaction, removal);
    cleanup.wrote("a".repeat(64));

    cleanup.afterCompletion(Status.STATUS_COMMITTED);
    cleanup.afterCompletion(Status.STATUS_UNKNOWN);

    assertThat(removal.removed).isEmpty();
  }

  @Test
  void aFailedRemovalDoesNotStopTheOthers() {
    removal.failOn = "a".repeat(64);
    RollbackCleanup cleanup = RollbackCleanup.ofCurrentTransaction(transaction, removal);
    cleanup.wrote("a".repeat(64));
    cleanup.wrote("b".repeat(64));

    cleanup.afterCompletion(Status.STATUS_ROLLEDBACK);

    assertThat(removal.removed).containsExactly("b".repeat(64));
  }

  /** Records what it is asked to remove, as the EJB would in its own transaction. */
  private static final class RecordingRemoval extends OrphanRemoval {
    final List<String> removed = new ArrayList<>();
    String failOn;

    @Override
    public boolean removeIfUnreferenced(String sha256, Instant writtenBefore) {
      if (sha256.equals(failOn)) {
        throw new IllegalStateException("database unreachable");
      }
      removed.add(sha256);
      return true;
    }
  }

  /** One active transaction's registry. */
  private static final class FakeTransaction implements TransactionSynchronizationRegistry {
    final Map<Object, Object> resources = new HashMap<>();
    final List<Synchronization> synchronizations = new ArrayList<>();

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
