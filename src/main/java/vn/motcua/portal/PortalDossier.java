package vn.motcua.portal;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dossier the portal submitted, as the portal may see it: where it stands, when it is due, what
 * happened to it and what it resulted in. No personal data beyond what the portal sent. Every field
 * is written, a null one too: the portal reads a null date as "not yet".
 */
@JsonbNillable
@Schema(name = "PortalDossier")
@JsonbPropertyOrder({
  "code",
  "procedureCode",
  "status",
  "statusCode",
  "registeredAt",
  "receivedAt",
  "dueAt",
  "history",
  "results"
})
public record PortalDossier(
    String code,
    String procedureCode,
    @Schema(example = "PROCESSING") String status,
    @Schema(description = "The portal's status code (1-10)", example = "4") int statusCode,
    OffsetDateTime registeredAt,
    @Schema(description = "Null until a center accepts it") OffsetDateTime receivedAt,
    @Schema(description = "The appointment; null until received") OffsetDateTime dueAt,
    List<Event> history,
    List<Result> results) {

  /** One entry of the dossier's history: the status it left the dossier in. */
  @JsonbNillable
  @Schema(name = "PortalDossierEvent")
  @JsonbPropertyOrder({"at", "statusCode", "unit", "note"})
  public record Event(OffsetDateTime at, int statusCode, String unit, String note) {}

  /** A result document the agency issued. */
  @JsonbNillable
  @Schema(name = "PortalDossierResult")
  @JsonbPropertyOrder({"name", "number"})
  public record Result(String name, String number) {}
}
