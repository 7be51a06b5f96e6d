package vn.motcua.document;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Collection;
import vn.motcua.document.internal.ContentTypes;
import vn.motcua.document.internal.FileNames;
import vn.motcua.document.internal.FileStoreSettings;
import vn.motcua.document.internal.OrphanRemoval;
import vn.motcua.document.internal.RollbackCleanup;
import vn.motcua.document.internal.StoreFolder;

/**
 * Keeps the files of dossiers: their content on disk under the name of its SHA-256, their metadata
 * in the database, both in the caller's transaction. A file is written and synced before the
 * transaction commits; if it rolls back, the files it wrote that no committed row refers to are
 * deleted, and what a crash leaves behind is swept later. Accepts only PDF, JPEG and PNG, decided
 * from the content, within the size limits ({@code motcua.files.*}). A CDI bean, not an EJB, as
 * every service an online submission calls often (docs/architecture.md). Reads join the caller's
 * transaction or start one.
 */
@ApplicationScoped
@Transactional
public class FileStore {

  @Inject private StoredFileRepository repository;
  @Inject private FileStoreSettings settings;
  @Inject private OrphanRemoval orphanRemoval;

  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * Stores a file in the caller's transaction and returns what to refer to it by. Refuses, with
   * nothing kept, a file that is empty, larger than the limit per file (reading no more than one
   * byte past it), not a PDF, JPEG or PNG by its content, or whose name says another type. The same
   * content stored again is not written again, but gets a row of its own.
   *
   * @param content the file's bytes, read to the end (or past the limit) but not closed
   * @param originalName the name it came with; cleaned, kept as metadata only
   * @param actor who gives the file (a login name, or a system such as the portal)
   */
  @Transactional(TxType.MANDATORY)
  public FileInfo store(
      @NotNull InputStream content, String originalName, @NotBlank @Size(max = 64) String actor) {
    String name = FileNames.clean(originalName);
    FileLimits limits = settings.limits();
    StoreFolder folder = settings.folder();
    StoreFolder.Received received = null;
    try {
      received =
          folder
              .receive(content, limits.maxFileBytes())
              .orElseThrow(() -> limits.fileTooLarge(name));
      if (received.size() == 0) {
        throw FileRefusal.FILE_EMPTY.exception("The file '" + name + "' is empty");
      }
      String contentType = ContentTypes.accept(ContentTypes.detect(received.temporary()), name);

      // Until this transaction ends, no one else writes or deletes this content.
      repository.lock(received.sha256());
      if (folder.holds(received.sha256(), received.size())) {
        folder.discard(received);
      } else {
        // Registered before the file exists, so that no failure from here on leaves it behind.
        RollbackCleanup.ofCurrentTransaction(transactions, orphanRemoval).wrote(received.sha256());
        folder.place(received);
      }
      StoredFile file =
          repository.add(
              new StoredFile(
                  received.sha256(),
                  received.size(),
                  contentType,
                  name,
                  Instant.now(),
                  actor.strip()));
      received = null;
      return file.info();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to the file store", e);
    } finally {
      if (received != null) {
        folder.discard(received);
      }
    }
  }

  /** What is known of a stored file. */
  public FileInfo find(long id) {
    return stored(id).info();
  }

  /**
   * The content of a stored file, to be closed by the caller. Its type and name are in {@link
   * #find(long)}.
   */
  public InputStream open(long id) {
    StoredFile file = stored(id);
    try {
      return Files.newInputStream(settings.folder().pathOf(file.sha256()));
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("The content of stored file " + id + " is missing", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The size of these files together, each counted once however often it is named; for the limit
   * per dossier. Refuses ids that are not stored files.
   */
  public long totalSize(@NotNull Collection<Long> ids) {
    StoredFileRepository.Total total = repository.total(ids);
    long distinct = ids.stream().distinct().count();
    if (total.files() != distinct) {
      throw FileRefusal.FILE_NOT_FOUND.exception(
          (distinct - total.files()) + " of the files given are not stored files");
    }
    return total.bytes();
  }

  /**
   * Refuses a dossier whose files would take more than {@code motcua.files.max-dossier-bytes}
   * together: call it with every file the dossier will hold, those just stored included, before the
   * dossier's transaction commits (a refusal rolls back, and the files just stored with it).
   *
   * @return the size of the files together
   */
  public long checkDossierTotal(@NotNull Collection<Long> ids) {
    long total = totalSize(ids);
    settings.limits().checkDossierTotal(total);
    return total;
  }

  /** The limits per file and per dossier, e.g. for a screen to say them before an upload. */
  public FileLimits limits() {
    return settings.limits();
  }

  private StoredFile stored(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> FileRefusal.FILE_NOT_FOUND.exception("No stored file " + id));
  }
}
