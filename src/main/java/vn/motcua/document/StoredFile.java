package vn.motcua.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file received, as the database knows it: the SHA-256 that names its content in the file store,
 * its size, the type found in its content, the name it came with and who gave it. Written once and
 * never changed; the same content received twice is two of these sharing one file on disk.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
  @SequenceGenerator(
      name = "stored_file_seq",
      sequenceName = "stored_file_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "original_name", nullable = false, updatable = false)
  private String originalName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected StoredFile() {}

  /**
   * @param sha256 the content's SHA-256 in lower-case hex
   * @param originalName the name it came with, already cleaned
   */
  public StoredFile(
      String sha256,
      long sizeBytes,
      String contentType,
      String originalName,
      Instant createdAt,
      String createdBy) {
    this.sha256 = Objects.requireNonNull(sha256);
    this.sizeBytes = sizeBytes;
    this.contentType = Objects.requireNonNull(contentType);
    this.originalName = Objects.requireNonNull(originalName);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  /** The id, assigned when the repository adds the file. */
  public Long id() {
    return id;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String contentType() {
    return contentType;
  }

  public String originalName() {
    return originalName;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  /** What callers of the store get to keep. */
  public FileInfo info() {
    return new FileInfo(id, sha256, sizeBytes, contentType, originalName);
  }
}
