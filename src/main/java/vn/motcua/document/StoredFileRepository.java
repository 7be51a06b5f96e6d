package vn.motcua.document;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Where the metadata of stored files is kept. */
public interface StoredFileRepository {

  /** How many of some files exist, and their size together. */
  record Total(long files, long bytes) {}

  /** Adds a file's row, with its id assigned. */
  StoredFile add(StoredFile file);

  Optional<StoredFile> find(long id);

  /** The files with these ids that exist, and their size together. */
  Total total(Collection<Long> ids);

  /** Which of these hashes a row refers to, as this transaction sees the rows. */
  Set<String> referenced(Collection<String> sha256s);

  /**
   * Holds a content's hash until the transaction ends: whoever places a file with this content on
   * disk, or deletes it as unreferenced, holds it, so that a file is never deleted under a row
   * about to refer to it. Works across the instances of a cluster (a database lock).
   */
  void lock(String sha256);
}
