package vn.motcua.document.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.document.StoredFileRepository;

/**
 * Removes what a crash between writing a file and committing its row leaves behind: content files
 * no row refers to and temporary files of uploads cut short, once they are older than {@code
 * motcua.files.orphan-grace-minutes}. Runs every hour on every instance (a non-persistent timer);
 * instances sharing the folder may sweep at once, as deleting an orphan twice is harmless and each
 * deletion holds the content's lock. Also creates and checks the folder at start-up.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FileSweeper {

  private static final Logger LOG = Logger.getLogger(FileSweeper.class.getName());

  /** Hashes checked against the database at once. */
  private static final int BATCH = 500;

  @Inject private FileStoreSettings settings;
  @Inject private StoredFileRepository repository;
  @Inject private OrphanRemoval removal;

  @PostConstruct
  void checkFolder() {
    settings.folder();
  }

  @Schedule(hour = "*", minute = "17", persistent = false)
  void hourly() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "File store sweep failed; it runs again in an hour: {0}", e.toString());
    }
  }

  /**
   * Deletes the orphans and temporary files older than the grace period, now.
   *
   * @return how many content files were deleted
   */
  public int sweep() {
    return sweep(Instant.now().minus(settings.orphanGrace()));
  }

  /**
   * Deletes the orphans and temporary files last written before an instant.
   *
   * @return how many content files were deleted
   */
  int sweep(Instant writtenBefore) {
    StoreFolder folder = settings.folder();
    int[] removed = {0};
    try {
      int temporary = folder.deleteTemporaryBefore(writtenBefore);
      List<String> batch = new ArrayList<>(BATCH);
      folder.contentWrittenBefore(
          writtenBefore,
          sha256 -> {
            batch.add(sha256);
            if (batch.size() == BATCH) {
              removed[0] += removeUnreferenced(batch, writtenBefore);
              batch.clear();
            }
          });
      removed[0] += removeUnreferenced(batch, writtenBefore);
      if (removed[0] > 0 || temporary > 0) {
        LOG.info(
            "File store sweep: "
                + removed[0]
                + " file(s) no row refers to and "
                + temporary
                + " unfinished upload(s) deleted");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return removed[0];
  }

  private int removeUnreferenced(List<String> hashes, Instant writtenBefore) {
    Set<String> referenced = repository.referenced(hashes);
    int removed = 0;
    for (String sha256 : hashes) {
      // Checked again under the content's lock: a row may have come since.
      if (!referenced.contains(sha256) && removal.removeIfUnreferenced(sha256, writtenBefore)) {
        removed++;
      }
    }
    return removed;
  }
}
