package vn.motcua.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/**
 * Who a person is, where they work and what they may do, as the administrator sets it.
 *
 * @param unitId the unit the person works in; null only when no role needs a unit ({@link
 *     Role#needsUnit})
 */
public record AccountProfile(
    @NotBlank @Size(max = 200) String fullName, Long unitId, @NotEmpty Set<Role> roles)
    implements Serializable {}
