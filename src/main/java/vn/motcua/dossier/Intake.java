package vn.motcua.dossier;

import java.util.List;
import vn.motcua.catalog.ProcessingTime;

/**
 * Everything reception decided about a new dossier before it exists: the procedure version it is
 * received under, who applies, where it is received, settled and returned, the steps planned, the
 * documents and fees. Built by the reception service from the request, the catalog and the routing
 * rules.
 */
public record Intake(
    long procedureVersionId,
    String procedureCode,
    String fieldCode,
    ProcessingTime processingTime,
    Channel channel,
    ApplicantDetails applicant,
    ProxyDetails proxy,
    String subjectAddressUnitCode,
    long receivingUnitId,
    long returnUnitId,
    ReturnMethod returnMethod,
    long competentUnitId,
    int sets,
    List<PlannedStep> plan,
    List<Checklist.Provided> documents,
    List<FeeDue> fees) {

  public Intake {
    plan = List.copyOf(plan);
    documents = List.copyOf(documents);
    fees = List.copyOf(fees);
    if (plan.size() < 2) {
      throw new IllegalArgumentException("A plan has at least a reception and a return step");
    }
  }
}
