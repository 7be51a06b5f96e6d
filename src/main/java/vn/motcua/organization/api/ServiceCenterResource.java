package vn.motcua.organization.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.organization.AdministrativeUnit;
import vn.motcua.organization.FeeAccount;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrganizationService;

/** Where citizens and businesses can submit dossiers: public, for portals, kiosks and maps. */
@Path("/v1/service-centers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "organization", description = "Service centers and reception points of the province")
public class ServiceCenterResource {

  /** A place that receives dossiers. */
  @Schema(description = "A service center or reception point")
  public record ServiceCenter(
      @Schema(description = "MotCua's code of the unit", example = "TTPVHCC-MAO-KHE") String code,
      @Schema(
              description = "Electronic identifier used in dossier codes",
              example = "000.20.01.H22")
          String electronicId,
      String name,
      @Schema(description = "PROVINCIAL_CENTER, COMMUNE_CENTER or RECEPTION_POINT")
          OrgUnit.Kind type,
      @Schema(description = "For a reception point, the code of its center") String parentCode,
      @Schema(description = "For a commune center, the commune-level unit it serves") Unit unit,
      String address,
      String phone,
      String openingHours,
      @Schema(description = "Where fees for dossiers received here are paid") Account feeAccount,
      @Schema(description = "False while the seeded details await an administrator's confirmation")
          boolean confirmed) {}

  /** A commune-level unit. */
  public record Unit(String code, String name, AdministrativeUnit.Kind kind) {}

  /** A bank account. */
  public record Account(String bank, String number, String holder) {}

  @Inject private OrganizationService organization;

  @GET
  @Operation(
      summary = "All service centers and reception points",
      description =
          "The provincial center, one center per commune-level unit and the reception points under"
              + " the special-zone centers. Any of them may receive a non-territorial procedure.")
  public List<ServiceCenter> all() {
    return organization.serviceCenters().stream().map(ServiceCenterResource::toRecord).toList();
  }

  private static ServiceCenter toRecord(OrgUnit unit) {
    AdministrativeUnit admin = unit.administrativeUnit();
    FeeAccount account = unit.feeAccount();
    return new ServiceCenter(
        unit.code(),
        unit.electronicId(),
        unit.name(),
        unit.kind(),
        unit.parent() == null ? null : unit.parent().code(),
        admin == null ? null : new Unit(admin.code(), admin.name(), admin.kind()),
        unit.address(),
        unit.phone(),
        unit.openingHours(),
        account == null ? null : new Account(account.bank(), account.number(), account.holder()),
        unit.confirmed());
  }
}
