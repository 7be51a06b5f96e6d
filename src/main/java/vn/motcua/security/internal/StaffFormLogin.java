package vn.motcua.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff's form login on the screens, exactly as
 * {@code @CustomFormAuthenticationMechanismDefinition} made it (Soteria's {@code
 * CustomFormAuthenticationMechanism}): the login form ({@code LoginBacking}) hands its credential
 * to {@code SecurityContext.authenticate}, which lands here and goes to the identity store; any
 * other request does nothing, and Soteria's interceptors keep the login in the session ({@link
 * AutoApplySession}) and send a request for a protected page without one to the login page ({@link
 * LoginToContinue}). Typed to itself only, so that it is not a second mechanism: {@link
 * CallerAuthentication} calls it.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
@Typed(StaffFormLogin.class)
@ApplicationScoped
public class StaffFormLogin implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    return context.doNothing();
  }
}
