package vn.motcua.document.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.document.StoredFileRepository;

/**
 * Deletes a content file that no committed row refers to, in a transaction of its own that holds
 * the content's lock ({@link StoredFileRepository#lock}): a transaction storing the same content
 * either committed before (its row keeps the file) or waits and then writes the file again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrphanRemoval {

  @Inject private StoredFileRepository repository;
  @Inject private FileStoreSettings settings;

  /**
   * @param writtenBefore delete only a file last written before this instant; null for any
   * @return whether a file was deleted
   */
  public boolean removeIfUnreferenced(String sha256, Instant writtenBefore) {
    repository.lock(sha256);
    if (!repository.referenced(List.of(sha256)).isEmpty()) {
      return false;
    }
    StoreFolder folder = settings.folder();
    try {
      if (writtenBefore != null) {
        Optional<Instant> written = folder.writtenAt(sha256);
        if (written.isEmpty() || !written.get().isBefore(writtenBefore)) {
          return false;
        }
      }
      return folder.delete(sha256);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
