package vn.motcua.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.security.PortalCaller;

/**
 * The application's one authentication mechanism (Jakarta Security allows one): who calls decides
 * by where. The national portal's API ({@value PortalCaller#API_PATH}) accepts only the portal's
 * bearer token ({@link PortalTokenAuthentication}): no session, no redirect, no form. Everything
 * else is the staff's form login ({@link StaffFormLogin}), where a bearer token means nothing. The
 * path is the one the container decoded and mapped, as its security constraints see it.
 *
 * <p>The two are separate beans so that the form login's session interceptors (remembering the
 * login in the session, sending to the login page) never run on the portal's requests.
 */
@ApplicationScoped
public class CallerAuthentication implements HttpAuthenticationMechanism {

  @Inject private StaffFormLogin staff;
  @Inject private PortalTokenAuthentication portal;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return isPortalApi(request)
        ? portal.validateRequest(request, response, context)
        : staff.validateRequest(request, response, context);
  }

  /** Whether the request is for the portal's API, by its decoded and mapped path. */
  static boolean isPortalApi(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.equals(PortalCaller.API_PATH) || path.startsWith(PortalCaller.API_PATH + "/");
  }
}
