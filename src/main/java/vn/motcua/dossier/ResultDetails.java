package vn.motcua.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A result document the agency issued: its name, its number, perhaps its signed file. */
public record ResultDetails(
    @NotBlank @Size(max = 1000) String name, @Size(max = 60) String number, Long fileId)
    implements Serializable {}
