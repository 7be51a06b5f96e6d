package vn.motcua.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.dossier.ApplicantDetails;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Gender;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.ProcessingService;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;
import vn.motcua.dossier.Receipt;
import vn.motcua.dossier.ReceptionService;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/**
 * Test-only resource in the browser tests' deployment: registers a dossier as the national portal
 * would send it (every document given as a copy), so that a test can find it in a center's online
 * queue. The portal's own API comes with the portal issue.
 */
@Path("/v1/test-online-dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class OnlineDossierProbe {

  /**
   * What to register: a procedure, the center it is sent to, the applicant's ID number; {@code
   * forwarded}: then accepted and forwarded by a clerk of the center, so that it waits at its
   * second step (the specialists of the competent unit).
   */
  public record Asked(
      String procedureCode, long centerId, String idNumber, String birthDate, boolean forwarded) {}

  /** The code the dossier got. */
  public record Registered(String code) {}

  @Inject private ReceptionService reception;
  @Inject private ProcessingService processing;
  @Inject private CatalogService catalog;

  @POST
  public Registered register(Asked asked) {
    ProcedureDetail procedure = catalog.procedure(asked.procedureCode());
    List<ProvidedDocument> documents = new ArrayList<>();
    for (int i = 0; i < procedure.documents().size(); i++) {
      if (procedure.documents().get(i).nationalDatabase() == null) {
        documents.add(ProvidedDocument.paper(i + 1, Provision.COPY));
      }
    }
    NewDossier dossier =
        new NewDossier(
            asked.procedureCode(),
            Channel.ONLINE,
            asked.centerId(),
            null,
            ReturnMethod.ONLINE,
            new ApplicantDetails(
                ApplicantType.CITIZEN,
                asked.idNumber(),
                "Lê Thị Trực Tuyến",
                LocalDate.parse(asked.birthDate()),
                Gender.FEMALE,
                "Tổ 1, khu 2, phường Hồng Gai",
                "00541", // Hồng Gai
                "0912000111",
                null),
            null,
            null,
            1,
            1,
            documents);
    Receipt receipt = reception.register(Actor.system("portal"), dossier);
    if (asked.forwarded()) {
      Actor clerk = Actor.person("probe.clerk", asked.centerId(), Set.of(Role.RECEIVING_CLERK));
      receipt = reception.accept(clerk, receipt.code(), receipt.version());
      receipt = processing.forward(clerk, receipt.code(), receipt.version(), "Đủ", null);
    }
    return new Registered(receipt.code());
  }
}
