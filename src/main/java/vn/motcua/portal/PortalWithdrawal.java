package vn.motcua.portal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant withdraws the dossier through the portal, with a reason. */
@Schema(name = "PortalWithdrawal")
public record PortalWithdrawal(@Schema(required = true, maxLength = 2000) String reason) {}
