package vn.motcua.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.dossier.ApplicantDetails;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.CounterService;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Gender;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.ProcessingService;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;
import vn.motcua.dossier.Receipt;
import vn.motcua.dossier.ReceptionService;
import vn.motcua.dossier.ResultDetails;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.StepState;
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
   * second step (the specialists of the competent unit); {@code scanned}: its first document comes
   * with a scan (a small PDF), as the center's clerk would upload it.
   */
  public record Asked(
      String procedureCode,
      long centerId,
      String idNumber,
      String birthDate,
      boolean forwarded,
      boolean finished,
      boolean scanned) {}

  /** The code the dossier got. */
  public record Registered(String code) {}

  @Inject private ReceptionService reception;
  @Inject private ProcessingService processing;
  @Inject private DossierService dossiers;
  @Inject private CatalogService catalog;
  @Inject private CounterService counter;

  @POST
  public Registered register(Asked asked) {
    ProcedureDetail procedure = catalog.procedure(asked.procedureCode());
    List<ProvidedDocument> documents = new ArrayList<>();
    Actor clerk = Actor.person("probe.clerk", asked.centerId(), Set.of(Role.RECEIVING_CLERK));
    for (int i = 0; i < procedure.documents().size(); i++) {
      if (procedure.documents().get(i).nationalDatabase() == null) {
        documents.add(
            asked.scanned() && documents.isEmpty()
                ? new ProvidedDocument(i + 1, Provision.COPY, scan(clerk), null)
                : ProvidedDocument.paper(i + 1, Provision.COPY));
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
    if (asked.forwarded() || asked.finished()) {
      receipt = reception.accept(clerk, receipt.code(), receipt.version());
      receipt = processing.forward(clerk, receipt.code(), receipt.version(), "Đủ", null);
    }
    while (asked.finished() && receipt.status() != DossierStatus.FINISHED) {
      receipt = nextStep(receipt);
    }
    return new Registered(receipt.code());
  }

  /**
   * A clerk of the center accepts the online dossier, if it waits for that, and asks the applicant
   * to supplement it: status 5, as the portal's supplement needs.
   */
  @POST
  @Path("/{code}/supplement-request")
  public Registered askSupplement(
      @PathParam("code") String code, @QueryParam("center") long center) {
    Actor clerk = Actor.person("probe.clerk", center, Set.of(Role.RECEIVING_CLERK));
    DossierView dossier = dossiers.dossier(clerk, code);
    Receipt receipt =
        dossier.status() == DossierStatus.REGISTERED
            ? reception.accept(clerk, code, dossier.version())
            : null;
    long version = receipt == null ? dossier.version() : receipt.version();
    processing.requestSupplement(clerk, code, version, "Bổ sung bản chụp tờ khai rõ nét hơn");
    return new Registered(code);
  }

  /** The smallest file the store recognises as a PDF, kept until the dossier takes it. */
  private long scan(Actor clerk) {
    byte[] pdf =
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    return counter.upload(clerk, new ByteArrayInputStream(pdf), "ban-sao.pdf").id();
  }

  /** Done by someone of the current step's unit and role: forwarded, or finished if the last. */
  private Receipt nextStep(Receipt receipt) {
    DossierView dossier = dossiers.dossier(Actor.system("probe"), receipt.code());
    DossierView.Step step =
        dossier.steps().stream()
            .filter(s -> s.state() == StepState.WAITING || s.state() == StepState.IN_PROGRESS)
            .findFirst()
            .orElseThrow();
    int last = dossier.steps().stream().mapToInt(DossierView.Step::position).max().orElseThrow();
    Role role = Role.valueOf(step.performerRole());
    Actor performer =
        Actor.person("probe." + role.name().toLowerCase(), step.unitId(), Set.of(role));
    return step.position() + 1 == last
        ? processing.finish(
            performer,
            receipt.code(),
            receipt.version(),
            List.of(new ResultDetails("Trích lục", "1/2026", null)))
        : processing.forward(performer, receipt.code(), receipt.version(), null, null);
  }
}
