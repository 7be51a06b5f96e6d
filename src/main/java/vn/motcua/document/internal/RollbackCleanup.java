package vn.motcua.document.internal;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registered once in each transaction that writes a new content file: when that transaction rolls
 * back, deletes the files it wrote that no committed row refers to. A file it cannot delete (the
 * database gone at that moment, a crash) is an orphan the sweep removes later.
 */
public final class RollbackCleanup implements Synchronization {

  private static final Logger LOG = Logger.getLogger(RollbackCleanup.class.getName());

  private final OrphanRemoval removal;
  private final Set<String> written = new LinkedHashSet<>();

  private RollbackCleanup(OrphanRemoval removal) {
    this.removal = removal;
  }

  /** The clean-up of the current transaction, registered with it on first use. */
  public static RollbackCleanup ofCurrentTransaction(
      TransactionSynchronizationRegistry transactions, OrphanRemoval removal) {
    RollbackCleanup cleanup = (RollbackCleanup) transactions.getResource(RollbackCleanup.class);
    if (cleanup == null) {
      cleanup = new RollbackCleanup(removal);
      transactions.registerInterposedSynchronization(cleanup);
      transactions.putResource(RollbackCleanup.class, cleanup);
    }
    return cleanup;
  }

  /** A content file this transaction is about to write. */
  public void wrote(String sha256) {
    written.add(sha256);
  }

  @Override
  public void beforeCompletion() {}

  @Override
  public void afterCompletion(int status) {
    if (status != Status.STATUS_ROLLEDBACK) {
      // Committed: rows refer to the files. Unknown: the sweep decides later, from the rows.
      return;
    }
    for (String sha256 : written) {
      try {
        removal.removeIfUnreferenced(sha256, null);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "A file written by a rolled-back transaction is left to the sweep: {0}",
            e.toString());
      }
    }
  }
}
