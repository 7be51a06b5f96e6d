package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A time the clock stood still waiting for the applicant: a supplement or a financial obligation,
 * from the request to the resumption, and how much working time it took.
 */
@Entity
@Table(name = "dossier_pause")
public class Pause extends DossierPart {

  /** Why the clock stopped. */
  public enum Kind {
    SUPPLEMENT,
    OBLIGATION
  }

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String reason;

  @Convert(converter = StatusCodeConverter.class)
  @Column(name = "resume_status")
  private DossierStatus resumeStatus;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "resumed_at")
  private Instant resumedAt;

  @Column(name = "paused_minutes")
  private Integer pausedMinutes;

  protected Pause() {}

  Pause(
      Dossier dossier,
      Kind kind,
      String reason,
      DossierStatus resumeStatus,
      Instant now,
      String by) {
    super(dossier);
    this.kind = kind;
    this.reason = reason;
    this.resumeStatus = resumeStatus;
    this.requestedAt = now;
    this.requestedBy = by;
  }

  void end(Instant now, int workingMinutes) {
    resumedAt = now;
    pausedMinutes = workingMinutes;
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  public DossierStatus resumeStatus() {
    return resumeStatus;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant resumedAt() {
    return resumedAt;
  }

  public Integer pausedMinutes() {
    return pausedMinutes;
  }

  public boolean open() {
    return resumedAt == null;
  }
}
