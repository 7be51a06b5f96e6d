package vn.motcua.document.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.motcua.document.StoredFile;
import vn.motcua.document.StoredFileRepository;

/** Stored files' metadata in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaStoredFileRepository implements StoredFileRepository {

  /**
   * The first key of the file store's advisory locks; the second is made from the hash. Two-key
   * advisory locks never collide with Flyway's, which take one {@code bigint} key.
   */
  static final int LOCK_SPACE = 0x4d434653; // "MCFS"

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  @Override
  public StoredFile add(StoredFile file) {
    em.persist(file);
    return file;
  }

  @Override
  public Optional<StoredFile> find(long id) {
    return Optional.ofNullable(em.find(StoredFile.class, id));
  }

  @Override
  public Total total(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return new Total(0, 0);
    }
    Object[] row =
        em.createQuery(
                "SELECT COUNT(f), COALESCE(SUM(f.sizeBytes), 0) FROM StoredFile f"
                    + " WHERE f.id IN :ids",
                Object[].class)
            .setParameter("ids", new HashSet<>(ids))
            .getSingleResult();
    return new Total(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  @Override
  public Set<String> referenced(Collection<String> sha256s) {
    if (sha256s.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT f.sha256 FROM StoredFile f WHERE f.sha256 IN :hashes",
                String.class)
            .setParameter("hashes", new HashSet<>(sha256s))
            .getResultList());
  }

  @Override
  public void lock(String sha256) {
    // Held until the transaction ends, whether it commits or rolls back.
    em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1, ?2)) AS held")
        .setParameter(1, LOCK_SPACE)
        .setParameter(2, (int) Long.parseLong(sha256.substring(0, 8), 16))
        .getSingleResult();
  }
}
