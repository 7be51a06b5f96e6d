package vn.motcua.dossier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.organization.OrgUnit;
import vn.motcua.security.Role;

/**
 * Where a dossier may be received and where it travels: the non-territorial rules of DOMAIN.md and
 * the issue, kept in this one class.
 *
 * <ol>
 *   <li>The competent agency is the procedure's named agency, or, for procedures settled by a
 *       commune's People's Committee, the committee of the commune of the applicant's address or of
 *       the subject's (land, works), as the procedure says.
 *   <li>A non-territorial procedure may be received at any service center or reception point of the
 *       province.
 *   <li>Otherwise a commune-level procedure is received only at a center (or reception point) of
 *       its competent commune, and a provincial one only at the provincial center.
 *   <li>The result returns to the center the applicant chose, by default the receiving one.
 *   <li>The process's steps run at: the receiving unit for the first step when it is a reception
 *       step; the return center for a later step of a receiving kind; the competent commune's
 *       committee for a commune committee's step; the competent agency for the others.
 * </ol>
 */
public final class Routing {

  /** A unit as routing sees it; {@code communeCode} is the commune-level unit it serves. */
  public record Unit(long id, OrgUnit.Kind kind, String name, String communeCode) {}

  /** Where routing finds the units it needs. */
  public interface Directory {
    Optional<Unit> communeCommittee(String communeCode);

    Optional<Unit> agency(String code);
  }

  /** The outcome: who settles, who returns, and the planned steps. */
  public record Route(Unit competent, Unit returning, List<PlannedStep> plan) {}

  private Routing() {}

  /**
   * Routes a dossier, or refuses it with the rule it breaks.
   *
   * @param returning the center the applicant chose for the result, or null for the receiving one
   */
  public static Route route(
      String procedureCode,
      ProcedureDetail procedure,
      Unit receiving,
      Unit returning,
      String applicantAddressUnit,
      String subjectAddressUnit,
      Directory directory) {
    if (!receiving.kind().receives()) {
      throw DossierRefusal.invalid(
          "not-a-receiving-unit", receiving.name() + " does not receive dossiers");
    }
    Unit back = returning == null ? receiving : returning;
    if (!back.kind().receives()) {
      throw DossierRefusal.invalid(
          "not-a-receiving-unit", back.name() + " does not return results");
    }
    String commune =
        "SUBJECT_ADDRESS".equals(procedure.competenceBasis())
            ? subjectAddressUnit
            : applicantAddressUnit;
    Unit competent = competent(procedureCode, procedure, commune, directory);
    requireReceivable(procedureCode, procedure, receiving, commune);
    List<PlannedStep> plan = new ArrayList<>();
    List<ProcedureDetail.Step> steps = procedure.steps();
    for (int i = 0; i < steps.size(); i++) {
      ProcedureDetail.Step step = steps.get(i);
      OrgUnit.Kind kind = OrgUnit.Kind.valueOf(step.performerUnit());
      Unit performer;
      if (kind.receives()) {
        performer = i == 0 ? receiving : back;
      } else if (kind == OrgUnit.Kind.COMMUNE_COMMITTEE
          && competent.kind() != OrgUnit.Kind.COMMUNE_COMMITTEE) {
        performer = committee(procedureCode, commune, directory);
      } else {
        performer = competent;
      }
      plan.add(
          new PlannedStep(
              i + 1,
              step.name(),
              Role.valueOf(step.performerRole()),
              performer.id(),
              Duration.ofMinutes(step.budgetMinutes())));
    }
    return new Route(competent, back, plan);
  }

  private static Unit competent(
      String procedureCode, ProcedureDetail procedure, String commune, Directory directory) {
    if (procedure.agencyCode() == null) {
      return committee(procedureCode, commune, directory);
    }
    return directory
        .agency(procedure.agencyCode())
        .orElseThrow(
            () ->
                DossierRefusal.invalid(
                    "no-competent-agency",
                    "The agency "
                        + procedure.agencyCode()
                        + " that settles procedure "
                        + procedureCode
                        + " is not open"));
  }

  private static Unit committee(String procedureCode, String commune, Directory directory) {
    if (commune == null || commune.isBlank()) {
      throw DossierRefusal.invalid(
          "address-unit-required",
          "Procedure "
              + procedureCode
              + " is settled by the commune of the address: give the address's commune-level unit");
    }
    return directory
        .communeCommittee(commune)
        .orElseThrow(
            () ->
                DossierRefusal.invalid(
                    "unknown-commune", "No commune People's Committee for unit " + commune));
  }

  private static void requireReceivable(
      String procedureCode, ProcedureDetail procedure, Unit receiving, String commune) {
    if (procedure.summary().nonTerritorial()) {
      return;
    }
    if ("PROVINCE".equals(procedure.summary().level())) {
      if (receiving.kind() != OrgUnit.Kind.PROVINCIAL_CENTER) {
        throw DossierRefusal.invalid(
            "provincial-center-only",
            "Procedure "
                + procedureCode
                + " is not non-territorial: it is received only at the provincial center");
      }
      return;
    }
    if (commune == null || !commune.equals(receiving.communeCode())) {
      throw DossierRefusal.invalid(
          "wrong-center",
          "Procedure "
              + procedureCode
              + " is not non-territorial: it is received only at the center of the commune of the"
              + " address ("
              + (commune == null ? "not given" : commune)
              + "), not at "
              + receiving.name());
    }
  }
}
