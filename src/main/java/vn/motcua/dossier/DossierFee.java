package vn.motcua.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A fee due for a dossier, as computed at reception from the procedure version's fees. */
@Entity
@Table(name = "dossier_fee")
public class DossierFee extends DossierPart {

  private int position;
  private String name;
  private long amount;
  private int quantity;
  private long total;

  protected DossierFee() {}

  DossierFee(Dossier dossier, int position, FeeDue fee) {
    super(dossier);
    this.position = position;
    this.name = fee.name();
    this.amount = fee.amount();
    this.quantity = fee.quantity();
    this.total = fee.total();
  }

  public FeeDue due() {
    return new FeeDue(name, amount, quantity);
  }
}
