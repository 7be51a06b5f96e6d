package vn.motcua.dossier;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Who applies, as reception records it: a citizen by ID number (with what the population database
 * says) or an organisation by tax code. {@code addressUnitCode} is the commune-level unit of the
 * address, which decides the competent commune for many procedures.
 */
public record ApplicantDetails(
    @NotNull ApplicantType type,
    @NotBlank @Size(max = 14) String idNumber,
    @NotBlank @Size(max = 300) String fullName,
    @Past LocalDate birthDate,
    Gender gender,
    @Size(max = 500) String address,
    @Pattern(regexp = "\\d{5}", message = "must be a 5-digit administrative unit code")
        String addressUnitCode,
    @Pattern(regexp = "\\+?[0-9 .]{8,20}", message = "must be a phone number") String phone,
    @Email @Size(max = 200) String email)
    implements Serializable {

  public ApplicantDetails {
    fullName = fullName == null ? null : fullName.strip();
    idNumber = idNumber == null ? null : idNumber.strip();
  }

  /** A citizen's ID number or an organisation's tax code, checked by its structure. */
  @AssertTrue(message = "is not a valid citizen ID number or tax code")
  public boolean isIdNumberValid() {
    return idNumberProblem() == null;
  }

  /** What is wrong with the ID number, or null. */
  public String idNumberProblem() {
    if (type == null || idNumber == null) {
      return null; // reported by @NotNull / @NotBlank
    }
    return (type == ApplicantType.CITIZEN
            ? IdentityNumbers.citizenIdProblem(idNumber, birthDate, gender)
            : IdentityNumbers.taxCodeProblem(idNumber))
        .orElse(null);
  }

  /**
   * Personal data: never in a log line, so not in {@code toString} either. Payara logs the
   * arguments of a service call that breaks a constraint, through their {@code toString}.
   */
  @Override
  public String toString() {
    return "ApplicantDetails[type=" + type + ", hidden]";
  }
}
