package vn.motcua.dossier;

/** A fee or charge the applicant owes for this dossier: unit amount times quantity. */
public record FeeDue(String name, long amount, int quantity) {

  public long total() {
    return amount * quantity;
  }
}
