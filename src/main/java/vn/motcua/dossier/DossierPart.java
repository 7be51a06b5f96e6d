package vn.motcua.dossier;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What every part of the {@link Dossier} aggregate has: an id from the dossier's sequence and the
 * dossier it belongs to, through which alone it changes.
 */
@MappedSuperclass
public abstract class DossierPart {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dossier_id")
  private Dossier dossier;

  protected DossierPart() {}

  protected DossierPart(Dossier dossier) {
    this.dossier = dossier;
  }

  public Long id() {
    return id;
  }

  Dossier dossier() {
    return dossier;
  }
}
