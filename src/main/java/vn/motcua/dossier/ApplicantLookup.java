package vn.motcua.dossier;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
      Instant receivedAt) {}

  /**
   * Combines the registry's answer (null when not asked) with the applicant's earlier dossiers
   * (newest first).
   */
  static ApplicantLookup of(PopulationLookup registry, List<Dossier> earlier) {
    List<ReusableDocument> reusable =
        earlier.stream()
            .flatMap(
                dossier ->
                    dossier.documents().stream()
                        .filter(document -> document.fileId() != null)
                        .map(
                            document ->
                                new ReusableDocument(
                                    document.id(),
                                    document.requirementCode(),
                                    document.name(),
                                    document.fileId(),
                                    dossier.code(),
                                    dossier.registeredAt())))
            .sorted(Comparator.comparing(ReusableDocument::receivedAt).reversed())
            .toList();
    PopulationLookup.Outcome answer = registry == null ? null : registry.outcome();
    if (answer == PopulationLookup.Outcome.FOUND) {
      Resident person = registry.resident();
      ApplicantDetails latest = earlier.isEmpty() ? null : earlier.get(0).applicant();
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
              latest == null ? null : latest.phone(),
              latest == null ? null : latest.email()),
          answer,
          reusable);
    }
    if (!earlier.isEmpty()) {
      return new ApplicantLookup(
          Source.EARLIER_DOSSIER, earlier.get(0).applicant(), answer, reusable);
    }
    return new ApplicantLookup(Source.NONE, null, answer, reusable);
  }
}
