package vn.motcua.portal;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents an applicant sends through the portal when asked to supplement (status 5). */
@Schema(name = "PortalSupplement")
public record PortalSupplement(
    @Schema(required = true, minItems = 1, maxItems = 50)
        List<PortalSubmission.PortalDocument> documents) {

  public PortalSupplement {
    documents = List.copyOf(documents);
  }
}
