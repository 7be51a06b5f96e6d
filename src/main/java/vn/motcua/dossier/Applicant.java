package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The applicant as the dossier recorded them at reception (a snapshot, not a live record). */
@Embeddable
public class Applicant {

  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_type", nullable = false)
  private ApplicantType type;

  @Column(name = "applicant_id_number", nullable = false)
  private String idNumber;

  @Column(name = "applicant_name", nullable = false)
  private String fullName;

  @Column(name = "applicant_birth_date")
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_gender")
  private Gender gender;

  @Column(name = "applicant_address")
  private String address;

  @Column(name = "applicant_address_unit")
  private String addressUnitCode;

  @Column(name = "applicant_phone")
  private String phone;

  @Column(name = "applicant_email")
  private String email;

  protected Applicant() {}

  Applicant(ApplicantDetails details) {
    this.type = details.type();
    this.idNumber = details.idNumber();
    this.fullName = details.fullName();
    this.birthDate = details.birthDate();
    this.gender = details.gender();
    this.address = details.address();
    this.addressUnitCode = details.addressUnitCode();
    this.phone = details.phone();
    this.email = details.email();
  }

  public ApplicantDetails details() {
    return new ApplicantDetails(
        type, idNumber, fullName, birthDate, gender, address, addressUnitCode, phone, email);
  }

  public String idNumber() {
    return idNumber;
  }

  public String addressUnitCode() {
    return addressUnitCode;
  }
}
