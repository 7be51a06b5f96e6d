package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a dossier's history: an action, who took it in which unit, when, the states before
 * and after, the step concerned, and the note (a reason, a refusal, a new appointment).
 */
@Entity
@Table(name = "dossier_transition")
public class Transition extends DossierPart {

  private Instant at;
  private String actor;

  @Column(name = "unit_id")
  private Long unitId;

  @Enumerated(EnumType.STRING)
  private DossierAction action;

  @Convert(converter = StatusCodeConverter.class)
  @Column(name = "from_status")
  private DossierStatus from;

  @Convert(converter = StatusCodeConverter.class)
  @Column(name = "to_status")
  private DossierStatus to;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "step_id")
  private DossierStep step;

  private String note;

  protected Transition() {}

  Transition(
      Dossier dossier,
      Instant at,
      String actor,
      Long unitId,
      DossierAction action,
      DossierStatus from,
      DossierStatus to,
      DossierStep step,
      String note) {
    super(dossier);
    this.at = at;
    this.actor = actor;
    this.unitId = unitId;
    this.action = action;
    this.from = from;
    this.to = to;
    this.step = step;
    this.note = note;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public Long unitId() {
    return unitId;
  }

  public DossierAction action() {
    return action;
  }

  public DossierStatus from() {
    return from;
  }

  public DossierStatus to() {
    return to;
  }

  public DossierStep step() {
    return step;
  }

  public String note() {
    return note;
  }
}
