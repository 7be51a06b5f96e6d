package vn.motcua.dossier;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.motcua.population.PopulationLookup;
import vn.motcua.population.PopulationRegistry;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * Finding an applicant again by ID number, so that nothing is asked twice: the population database
 * for a citizen's identity, their earlier dossiers for contact details and documents to reuse.
 * Works with the population database down (manual entry from there on).
 */
@Stateless
// No transaction held open while the population database answers.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicantService {

  @Inject private PopulationRegistry registry;
  @Inject private DossierRepository dossiers;

  /** For a receiving clerk with the applicant at the counter. */
  public ApplicantLookup lookUp(
      @NotNull Actor actor,
      @NotNull ApplicantType type,
      @NotBlank @Pattern(regexp = "[0-9-]{10,14}") String idNumber) {
    if (!actor.has(Role.RECEIVING_CLERK)) {
      throw DossierRefusal.forbidden("Only receiving clerks look applicants up");
    }
    // Organisations are not in the population database: only their earlier dossiers tell.
    PopulationLookup found = type == ApplicantType.CITIZEN ? registry.lookUp(idNumber) : null;
    return ApplicantLookup.of(
        found, dossiers.latestApplicant(idNumber), dossiers.reusableDocuments(idNumber, 50));
  }
}
