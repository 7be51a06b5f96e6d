package vn.motcua.bench.server;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the benchmark's baseline: what a trivial JAX-RS + JPA service inserts per request. Its
 * table and sequence are made by the benchmark script, never by a migration.
 */
@Entity
@Table(name = "bench_baseline")
public class BaselineRow {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_baseline_seq")
  @SequenceGenerator(
      name = "bench_baseline_seq",
      sequenceName = "bench_baseline_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 100)
  private String reference;

  @Column(nullable = false, length = 255)
  private String caller;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected BaselineRow() {}

  public BaselineRow(String reference, String caller, Instant receivedAt) {
    this.reference = reference;
    this.caller = caller;
    this.receivedAt = receivedAt;
  }

  public Long id() {
    return id;
  }
}
