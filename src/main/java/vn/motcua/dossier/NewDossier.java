package vn.motcua.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A dossier as it is handed in: at a counter, by post, or online through the portal.
 *
 * @param receivingUnitId the center or reception point that receives it
 * @param returnUnitId the center the applicant chose for the result; null for the receiving one
 * @param subjectAddressUnitCode the commune-level unit where the subject is (land, works), for
 *     procedures whose competent commune follows the subject
 * @param sets how many sets of documents were handed in
 * @param copies how many copies of the result are asked for (fees per copy)
 * @param documents how each item of the procedure's checklist was provided
 */
public record NewDossier(
    @NotBlank @Pattern(regexp = "\\d\\.\\d{6}", message = "must be a procedure code like 1.001193")
        String procedureCode,
    @NotNull Channel channel,
    @NotNull Long receivingUnitId,
    Long returnUnitId,
    @NotNull ReturnMethod returnMethod,
    @NotNull @Valid ApplicantDetails applicant,
    @Valid ProxyDetails proxy,
    @Pattern(regexp = "\\d{5}", message = "must be a 5-digit administrative unit code")
        String subjectAddressUnitCode,
    @Min(1) @Max(20) int sets,
    @Min(1) @Max(100) int copies,
    @NotNull @Size(max = 100) List<@NotNull @Valid ProvidedDocument> documents) {}
