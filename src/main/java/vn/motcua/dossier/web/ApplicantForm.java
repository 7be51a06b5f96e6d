package vn.motcua.dossier.web;

import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.dossier.ApplicantDetails;
import vn.motcua.dossier.ApplicantLookup;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Gender;
import vn.motcua.dossier.ProxyDetails;

/**
 * The applicant and the optional proxy as the counter fills them: from the population database or
 * an earlier dossier when the ID number is known, typed otherwise.
 */
public class ApplicantForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private ApplicantType type = ApplicantType.CITIZEN;
  private String idNumber;
  private String fullName;
  private LocalDate birthDate;
  private Gender gender;
  private String address;
  private String addressUnitCode;
  private String phone;
  private String email;
  private ApplicantLookup.Source source;
  private boolean withProxy;
  private String proxyName;
  private String proxyIdNumber;
  private String proxyPhone;

  /** Takes what a look-up found; keeps the contact details typed when it found none. */
  void fill(ApplicantLookup found) {
    source = found.source();
    ApplicantDetails details = found.details();
    if (details == null) {
      return;
    }
    fullName = details.fullName();
    birthDate = details.birthDate();
    gender = details.gender();
    address = details.address();
    addressUnitCode = details.addressUnitCode();
    phone = details.phone() == null ? phone : details.phone();
    email = details.email() == null ? email : details.email();
  }

  /** Whether the identity came from the population database: the clerk only confirms it. */
  public boolean isFromRegistry() {
    return source == ApplicantLookup.Source.POPULATION_DATABASE;
  }

  ApplicantDetails details() {
    return new ApplicantDetails(
        type,
        blankToNull(idNumber),
        blankToNull(fullName),
        type == ApplicantType.CITIZEN ? birthDate : null,
        type == ApplicantType.CITIZEN ? gender : null,
        blankToNull(address),
        blankToNull(addressUnitCode),
        blankToNull(phone),
        blankToNull(email));
  }

  ProxyDetails proxy() {
    return withProxy
        ? new ProxyDetails(
            blankToNull(proxyName), blankToNull(proxyIdNumber), blankToNull(proxyPhone))
        : null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public ApplicantType getType() {
    return type;
  }

  public void setType(ApplicantType type) {
    this.type = type;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    if (idNumber == null || !idNumber.equals(this.idNumber)) {
      source = null; // a new number: what was found for the old one no longer holds
    }
    this.idNumber = idNumber;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getAddressUnitCode() {
    return addressUnitCode;
  }

  public void setAddressUnitCode(String addressUnitCode) {
    this.addressUnitCode = addressUnitCode;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public ApplicantLookup.Source getSource() {
    return source;
  }

  public boolean isWithProxy() {
    return withProxy;
  }

  public void setWithProxy(boolean withProxy) {
    this.withProxy = withProxy;
  }

  public String getProxyName() {
    return proxyName;
  }

  public void setProxyName(String proxyName) {
    this.proxyName = proxyName;
  }

  public String getProxyIdNumber() {
    return proxyIdNumber;
  }

  public void setProxyIdNumber(String proxyIdNumber) {
    this.proxyIdNumber = proxyIdNumber;
  }

  public String getProxyPhone() {
    return proxyPhone;
  }

  public void setProxyPhone(String proxyPhone) {
    this.proxyPhone = proxyPhone;
  }
}
