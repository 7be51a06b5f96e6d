package vn.motcua.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.portal.sync.PortalExchanges;
import vn.motcua.shared.problem.Problem;

/**
 * Logs every call to the portal API once it is answered, refusals by the token check or the
 * exception mappers included: the portal's message id (its Idempotency-Key; one of ours for a
 * read), the SHA-256 of the body as received, the status and the problem type. The body itself is
 * never kept.
 */
@Provider
public class PortalCallLog implements ContainerResponseFilter {

  /** The request property under which the resource leaves the body's bytes it read. */
  static final String PAYLOAD = PortalCallLog.class.getName() + ".payload";

  private static final Logger LOG = Logger.getLogger(PortalCallLog.class.getName());
  private static final byte[] NONE = new byte[0];

  @Inject private PortalExchanges exchanges;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("v1/portal/") && !path.startsWith("/v1/portal/")) {
      return;
    }
    String key = request.getHeaderString(PortalDossierResource.IDEMPOTENCY_KEY);
    String messageId =
        key == null || key.isBlank() || key.length() > 100 ? "motcua-" + UUID.randomUUID() : key;
    byte[] payload = request.getProperty(PAYLOAD) instanceof byte[] bytes ? bytes : NONE;
    int status = response.getStatus();
    String problem =
        response.getEntity() instanceof Problem p ? p.type().replace("/problems/", "") : null;
    try {
      exchanges.inbound(
          messageId,
          "/api/" + path.replaceFirst("^/", ""),
          payload,
          status,
          problem,
          result(status));
    } catch (RuntimeException e) {
      // The answer stands even if the log cannot be written; the operator sees why.
      LOG.log(Level.WARNING, "Cannot log the portal's call " + messageId, e);
    }
  }

  private static String result(int status) {
    if (status < 300) {
      return "ANSWERED";
    }
    return status < 500 ? "REFUSED" : "FAILED";
  }
}
