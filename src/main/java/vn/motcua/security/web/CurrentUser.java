package vn.motcua.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.motcua.organization.OrgUnit;
import vn.motcua.security.AccountService;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.security.UserAccount;

/**
 * The signed-in user as the page template and home page show them, read once per request; and
 * logout.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;
  @Inject private AccountService accounts;
  @Inject private ExternalContext external;

  private UserAccount account;

  public boolean isSignedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getFullName() {
    return account().map(UserAccount::fullName).orElse("");
  }

  /** The unit the user works in, or empty. */
  public String getUnitName() {
    return account().flatMap(UserAccount::unit).map(OrgUnit::name).orElse("");
  }

  /** The user's roles in the order of {@link Role}, as the home page lists them. */
  public List<Role> getRoles() {
    return Arrays.stream(Role.values())
        .filter(role -> securityContext.isCallerInRole(role.name()))
        .toList();
  }

  /**
   * The signed-in user as the services take them; screens pass it to every service call, which
   * checks roles and unit scope against it.
   *
   * @throws IllegalStateException when nobody is signed in (the pages' security constraint prevents
   *     it)
   */
  public Actor actor() {
    return account().map(Actor::of).orElseThrow(() -> new IllegalStateException("Not signed in"));
  }

  public void logout() throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // Every session of the person ends, not only this one (a forgotten one on another desk).
    String username = request.getRemoteUser();
    if (username != null) {
      accounts.endSessions(username);
    }
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  private Optional<UserAccount> account() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    if (account == null) {
      account = accounts.findByUsername(principal.getName()).orElse(null);
    }
    return Optional.ofNullable(account);
  }
}
