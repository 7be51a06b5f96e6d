package vn.motcua.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles MotCua declares: the staff roles of the screens and the national portal's role on its
 * API. How callers authenticate (form login on the screens, the portal's bearer token on its API)
 * is {@code vn.motcua.security.internal.CallerAuthentication}, the application's one mechanism.
 */
@DeclareRoles({
  Role.Names.RECEIVING_CLERK,
  Role.Names.SPECIALIST,
  Role.Names.HEAD,
  Role.Names.SIGNING_LEADER,
  Role.Names.CENTER_DIRECTOR,
  Role.Names.PROVINCIAL_ADMIN,
  Role.Names.AUDITOR,
  PortalCaller.ROLE
})
@ApplicationScoped
public class SecurityConfiguration {}
