package vn.motcua.dossier;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How one item of the procedure's document checklist was provided at reception or in a supplement:
 * {@code requirement} is the item's position in the checklist (1-based); a digitised document names
 * its stored file, a reused one the document of the earlier dossier it comes from.
 */
public record ProvidedDocument(
    @Min(1) int requirement, @NotNull Provision provision, Long fileId, Long reusedFromId) {

  public static ProvidedDocument paper(int requirement, Provision provision) {
    return new ProvidedDocument(requirement, provision, null, null);
  }
}
