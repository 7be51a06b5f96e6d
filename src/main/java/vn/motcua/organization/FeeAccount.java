package vn.motcua.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The bank account into which a service center collects fees (non-cash only). */
@Embeddable
public class FeeAccount {

  @Column(name = "bank_name")
  private String bank;

  @Column(name = "bank_account")
  private String number;

  @Column(name = "bank_holder")
  private String holder;

  protected FeeAccount() {}

  public FeeAccount(String bank, String number, String holder) {
    this.bank = bank;
    this.number = number;
    this.holder = holder;
  }

  public String bank() {
    return bank;
  }

  public String number() {
    return number;
  }

  public String holder() {
    return holder;
  }
}
