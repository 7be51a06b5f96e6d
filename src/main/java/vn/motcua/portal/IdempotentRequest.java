package vn.motcua.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request the portal may send more than once: its {@code Idempotency-Key} and the SHA-256 (hex)
 * of its body in canonical form, which tells the same request from another under the same key.
 */
public record IdempotentRequest(
    @NotBlank @Size(max = 100) @Pattern(regexp = "[\\x21-\\x7e]+") String key,
    @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String sha256) {}
