package vn.motcua.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Screens sign in through a Faces login form ({@code /login.xhtml}); a request for a protected page
 * without a session is redirected there, and a successful login opens the home page.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({
  Role.Names.RECEIVING_CLERK,
  Role.Names.SPECIALIST,
  Role.Names.HEAD,
  Role.Names.SIGNING_LEADER,
  Role.Names.CENTER_DIRECTOR,
  Role.Names.PROVINCIAL_ADMIN,
  Role.Names.AUDITOR
})
@ApplicationScoped
public class SecurityConfiguration {}
