package vn.motcua.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** MotCua's REST API, versioned under {@code /api/v1}; described at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "MotCua API",
            version = "from the build",
            description =
                "One-stop system of a Vietnamese province for administrative procedures: catalog,"
                    + " dossiers and the National Public Service Portal integration. Errors are"
                    + " RFC 9457 problem details (application/problem+json). Times are ISO-8601"
                    + " with offset, in Asia/Ho_Chi_Minh unless stated.",
            contact = @Contact(name = "MotCua")),
    tags = {@Tag(name = "system", description = "Facts about this MotCua installation")})
@SecurityScheme(
    securitySchemeName = "portal-jwt",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "Signed RS256 by the National Public Service Portal: iss the portal, aud motcua, groups"
            + " [portal]")
public class RestApplication extends Application {}
