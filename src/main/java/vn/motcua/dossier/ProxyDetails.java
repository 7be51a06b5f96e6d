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
    implements Serializable {}
