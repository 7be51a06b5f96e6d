package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/** The person who submitted on the applicant's behalf, if anyone did. */
@Embeddable
public class Proxy {

  @Column(name = "proxy_name")
  private String fullName;

  @Column(name = "proxy_id_number")
  private String idNumber;

  @Column(name = "proxy_phone")
  private String phone;

  protected Proxy() {}

  Proxy(ProxyDetails details) {
    if (details != null) {
      this.fullName = details.fullName();
      this.idNumber = details.idNumber();
      this.phone = details.phone();
    }
  }

  public Optional<ProxyDetails> details() {
    return fullName == null
        ? Optional.empty()
        : Optional.of(new ProxyDetails(fullName, idNumber, phone));
  }
}
