package vn.motcua.dossier;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A search of a center's dossiers (those it received or returns), by what a director remembers of
 * one; null criteria do not narrow. The period is of reception, in Vietnam days, both ends in.
 *
 * @param applicant words of the applicant's name, or their ID number or tax code
 */
public record DossierSearch(
    @Size(max = 60) String code,
    @Size(max = 300) String applicant,
    @Pattern(regexp = "\\d\\.\\d{6}") String procedureCode,
    DossierStatus status,
    Channel channel,
    LocalDate from,
    LocalDate to)
    implements Serializable {

  public static DossierSearch everything() {
    return new DossierSearch(null, null, null, null, null, null, null);
  }

  /**
   * Without the applicant, who may be searched by ID number: Payara logs the arguments of a service
   * call that breaks a constraint, through their {@code toString}.
   */
  @Override
  public String toString() {
    return "DossierSearch[code=%s, applicant=%s, procedureCode=%s, status=%s, channel=%s, from=%s, to=%s]"
        .formatted(
            code, applicant == null ? null : "hidden", procedureCode, status, channel, from, to);
  }
}
