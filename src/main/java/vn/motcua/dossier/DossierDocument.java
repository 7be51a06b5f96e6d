package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document of a dossier: which checklist item it answers and how it was provided. */
@Entity
@Table(name = "dossier_document")
public class DossierDocument extends DossierPart {

  private int position;

  @Column(name = "requirement_code")
  private String requirementCode;

  private String name;

  @Enumerated(EnumType.STRING)
  private Provision provision;

  @Column(name = "file_id")
  private Long fileId;

  @Column(name = "reused_from_id")
  private Long reusedFromId;

  @Column(name = "supplement_round")
  private int supplementRound;

  @Column(name = "added_at")
  private Instant addedAt;

  protected DossierDocument() {}

  DossierDocument(Dossier dossier, Checklist.Provided document, int supplementRound, Instant now) {
    super(dossier);
    Checklist.Item item = document.item();
    ProvidedDocument provided = document.document();
    this.position = item.position();
    this.requirementCode = item.code();
    this.name = item.name();
    this.provision = provided.provision();
    this.fileId = provided.fileId();
    this.reusedFromId = provided.reusedFromId();
    this.supplementRound = supplementRound;
    this.addedAt = now;
  }

  public int position() {
    return position;
  }

  public String requirementCode() {
    return requirementCode;
  }

  public String name() {
    return name;
  }

  public Provision provision() {
    return provision;
  }

  public Long fileId() {
    return fileId;
  }

  public Long reusedFromId() {
    return reusedFromId;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public int supplementRound() {
    return supplementRound;
  }
}
