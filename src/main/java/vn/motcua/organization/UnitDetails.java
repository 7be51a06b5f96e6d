package vn.motcua.organization;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** How citizens reach a unit and where they pay its fees. */
public record UnitDetails(
    @Size(max = 300) String address,
    @Pattern(regexp = "\\d{8,15}", message = "8 to 15 digits") String phone,
    @Size(max = 200) String openingHours,
    @Size(max = 200) String bankName,
    @Pattern(regexp = "[0-9 ]{6,30}", message = "6 to 30 digits or spaces") String bankAccount,
    @Size(max = 200) String bankHolder)
    implements Serializable {}
