package vn.motcua.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A unit the administrator opens: a reception point under a center (it receives dossiers, so it
 * needs an electronic identifier), or a provincial department or vertical agency. Centers and
 * commune committees follow the administrative map and are not opened here.
 */
public record NewUnit(
    @NotNull OrgUnit.Kind kind,
    @NotNull
        @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*", message = "upper-case words and dashes")
        @Size(max = 32)
        String code,
    @NotBlank @Size(max = 200) String name,
    Long parentId,
    @Pattern(regexp = "000\\.[0-9]{2}\\.[0-9]{2}\\.H22", message = "000.NN.NN.H22")
        String electronicId,
    @Size(max = 300) String address,
    @Pattern(regexp = "\\d{8,15}", message = "8 to 15 digits") String phone)
    implements Serializable {}
