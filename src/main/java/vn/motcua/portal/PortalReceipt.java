package vn.motcua.portal;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the portal gets back for a submission: the dossier's code and its first status. */
@Schema(name = "PortalReceipt")
@JsonbPropertyOrder({"code", "status", "statusCode", "registeredAt"})
public record PortalReceipt(
    @Schema(example = "000.00.12.H22-261125-0042") String code,
    @Schema(example = "REGISTERED") String status,
    @Schema(description = "The portal's status code (1-10)", example = "1") int statusCode,
    @Schema(description = "ISO-8601, Vietnam time") OffsetDateTime registeredAt) {}
