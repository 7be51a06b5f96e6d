package vn.motcua.dossier;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.population.PopulationLookup;
import vn.motcua.population.Resident;

/**
 * What reception knows of an applicant before asking them anything: who they are (from the
 * population database, or, when it cannot be asked, from their latest dossier) and the digitised
 * documents of their earlier dossiers that may be reused.
 *
 * @param source where {@code details} come from
 * @param details the applicant's identity to confirm, or null when nothing is known
 * @param registry the population database's answer (found, not found, unavailable); null for an
 *     organisation, which it does not hold
 * @param reusable documents with a file from the applicant's earlier dossiers, newest first
 */
public record ApplicantLookup(
    Source source,
    ApplicantDetails details,
    PopulationLookup.Outcome registry,
    List<ReusableDocument> reusable) {

  /** Where the identity comes from. */
  public enum Source {
    POPULATION_DATABASE,
    EARLIER_DOSSIER,
    NONE
  }

  /** A document of an earlier dossier, to be taken instead of asked for again. */
  public record ReusableDocument(
      long documentId,
      String requirementCode,
      String name,
      long fileId,
      String dossierCode,
      Instant receivedAt)
      implements Serializable {}

  /**
   * Combines the registry's answer (null when not asked) with what the applicant's latest dossier
   * says of them and the documents of their earlier dossiers.
   */
  static ApplicantLookup of(
      PopulationLookup registry,
      Optional<ApplicantDetails> latest,
      List<ReusableDocument> reusable) {
    PopulationLookup.Outcome answer = registry == null ? null : registry.outcome();
    if (answer == PopulationLookup.Outcome.FOUND) {
      Resident person = registry.resident();
      return new ApplicantLookup(
          Source.POPULATION_DATABASE,
          new ApplicantDetails(
              ApplicantType.CITIZEN,
              person.idNumber(),
              person.fullName(),
              person.birthDate(),
              Gender.valueOf(person.gender().name()),
              person.permanentAddress(),
              person.addressUnitCode(),
              latest.map(ApplicantDetails::phone).orElse(null),
              latest.map(ApplicantDetails::email).orElse(null)),
          answer,
          reusable);
    }
    return latest
        .map(details -> new ApplicantLookup(Source.EARLIER_DOSSIER, details, answer, reusable))
        .orElseGet(() -> new ApplicantLookup(Source.NONE, null, answer, reusable));
  }
}
