package vn.motcua.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Someone who submits on the applicant's behalf. */
public record ProxyDetails(
    @NotBlank @Size(max = 300) String fullName,
    @Pattern(regexp = "\\d{12}", message = "must be a 12-digit citizen ID number") String idNumber,
    @Pattern(regexp = "\\+?[0-9 .]{8,20}", message = "must be a phone number") String phone)
    implements Serializable {

  /**
   * Personal data: never in a log line, so not in {@code toString} either. Payara logs the
   * arguments of a service call that breaks a constraint, through their {@code toString}.
   */
  @Override
  public String toString() {
    return "ProxyDetails[hidden]";
  }
}
