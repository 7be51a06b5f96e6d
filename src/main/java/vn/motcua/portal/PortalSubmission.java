package vn.motcua.portal;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.ApplicantDetails;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Gender;

/**
 * An online dossier as the portal sends it, read by {@code portal.api.PortalJson} with a precise
 * reason for each wrong field.
 *
 * @param portalReference the portal's own identifier of the submission, unique across submissions
 * @param receivingCenterCode the code of the center that is to receive it (see {@code
 *     /api/v1/service-centers})
 */
@Schema(name = "PortalSubmission", description = "An online dossier submitted by the portal")
public record PortalSubmission(
    @Schema(required = true, maxLength = 100, example = "DVCQG-2026-000123") String portalReference,
    @Schema(required = true, pattern = "^\\d\\.\\d{6}$", example = "1.001193") String procedureCode,
    @Schema(required = true, maxLength = 32, example = "TTPVHCC-HONGGAI")
        String receivingCenterCode,
    @Schema(required = true) PortalApplicant applicant,
    @Schema(required = true, maxItems = 50) List<PortalDocument> documents,
    @Schema(
            required = true,
            enumeration = {"AT_CENTER", "POST", "ONLINE"})
        String returnMethod) {

  public PortalSubmission {
    documents = List.copyOf(documents);
  }

  /** Who applies: a citizen by ID number, or an organization by tax code. */
  @Schema(name = "PortalApplicant")
  public record PortalApplicant(
      @Schema(
              required = true,
              enumeration = {"CITIZEN", "ORGANIZATION"})
          String type,
      @Schema(required = true, maxLength = 14, example = "022190001234") String idNumber,
      @Schema(required = true, maxLength = 300) String fullName,
      @Schema(type = SchemaType.STRING, format = "date", example = "1990-05-17")
          LocalDate dateOfBirth,
      @Schema(enumeration = {"MALE", "FEMALE"}) String gender,
      @Schema(maxLength = 20) String phone,
      @Schema(maxLength = 200) String email,
      @Schema(maxLength = 500) String address,
      @Schema(pattern = "^\\d{5}$", example = "22015") String addressUnitCode) {

    /** The applicant as reception records it; its constraints check the ID number. */
    public ApplicantDetails details() {
      return new ApplicantDetails(
          ApplicantType.valueOf(type),
          idNumber,
          fullName,
          dateOfBirth,
          gender == null ? null : Gender.valueOf(gender),
          address,
          addressUnitCode,
          phone,
          email);
    }

    @Override
    public String toString() {
      return "PortalApplicant[type=" + type + ", hidden]";
    }
  }

  /**
   * One document, as a file.
   *
   * @param requirementCode the checklist item's code in the catalog, or its position (1, 2, ...)
   *     when the catalog gives it no code
   * @param content the file's bytes, sent in base64 as {@code contentBase64}
   */
  @Schema(name = "PortalDocument")
  public record PortalDocument(
      @Schema(required = true, maxLength = 40, example = "1") String requirementCode,
      @Schema(required = true, maxLength = 255, example = "to-khai.pdf") String fileName,
      @Schema(
              required = true,
              enumeration = {"application/pdf", "image/jpeg", "image/png"})
          String contentType,
      @Schema(
              name = "contentBase64",
              required = true,
              type = SchemaType.STRING,
              format = "byte",
              description = "The file's bytes in base64 (RFC 4648, padded)")
          byte[] content) {

    @Override
    public String toString() {
      return "PortalDocument[" + requirementCode + ", " + contentType + "]";
    }
  }

  @Override
  public String toString() {
    return "PortalSubmission[" + portalReference + ", " + procedureCode + "]";
  }
}
