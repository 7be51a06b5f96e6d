package vn.motcua.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import vn.motcua.security.AccountService;
import vn.motcua.security.LoginThrottle;
import vn.motcua.security.SecondFactorCredential;
import vn.motcua.security.SecondFactors;
import vn.motcua.shared.web.FacesMessages;

/**
 * The login form: checks the credentials through Jakarta Security and opens the home page. For an
 * account that must have a second factor, a right password leads to a second step on the same view
 * ({@link LoginStep}), which asks for the code of the person's authenticator app, or first enrols
 * the app with a QR code.
 */
@Named
@RequestScoped
public class LoginBacking {

  static final String LOGINS = "motcua.logins";
  // Soteria's own name (LoginToContinueInterceptor); SessionSecurityIT fails if it ever changes.
  private static final String SOTERIA_LOGIN_IN_PROGRESS =
      "org.glassfish.soteria.caller_initiated_authentication";
  private static final Logger LOG = Logger.getLogger(LoginBacking.class.getName());

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;
  @Inject private AccountService accounts;
  @Inject private LoginStep step;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  private MetricRegistry metrics;

  @NotBlank
  @Size(max = 64)
  private String username;

  @NotBlank
  @Size(max = 128)
  private String password;

  @Size(max = 12)
  private String code;

  public void login() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    if (step.getNeed() != null) {
      if (!step.hasPassword()) {
        // The view outlived its password (another instance of a cluster took the session over).
        step.forget();
        FacesMessages.error("login.restart");
        return;
      }
      username = step.username();
      password = step.password();
    }
    var credential =
        step.getNeed() == null
            ? new UsernamePasswordCredential(username.strip(), new Password(password))
            : new SecondFactorCredential(
                username.strip(),
                password,
                code == null ? "" : code.strip(),
                step.enrolmentSecret());
    // A new session id before login: a session id fixed by someone else is worth nothing after it.
    // Changed first because a successful login may redirect, which commits the response.
    request.getSession();
    request.changeSessionId();
    // A new authentication, then the home page. Letting Soteria continue to the page first asked
    // for loses the caller's roles on Payara 6 (the continued request has no groups).
    AuthenticationStatus status =
        securityContext.authenticate(
            request, response, withParams().credential(credential).newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> {
        step.forget();
        signedIn();
        faces.responseComplete();
      }
      case SUCCESS -> {
        step.forget();
        signedIn();
        external.redirect(external.getRequestContextPath() + "/home.xhtml");
      }
      default -> {
        forgetAbandonedLogin(request);
        boolean blocked = request.getAttribute(LoginThrottle.REFUSED_AS_BLOCKED) != null;
        var needed = (SecondFactors.Need) request.getAttribute(SecondFactors.NEEDED);
        if (needed != null && !blocked) {
          secondStep(needed);
          return;
        }
        step.forget();
        LOG.info(blocked ? "Login refused: blocked after failures" : "Login refused");
        count(blocked ? "blocked" : "refused");
        FacesMessages.error(blocked ? "login.blocked" : "login.failed");
      }
    }
  }

  /** Shows the second step, or says its code was wrong. */
  private void secondStep(SecondFactors.Need needed) {
    boolean codeRefused = step.getNeed() != null;
    step.ask(needed, username.strip(), password);
    code = null;
    if (codeRefused) {
      LOG.info("Login refused: wrong second factor");
      count("refused");
      FacesMessages.errorAt("login:code", FacesMessages.text("login.code.wrong"));
    }
  }

  /**
   * Soteria marks the session when a login starts and clears the mark only when one succeeds. Left
   * behind after a failure, the mark makes every later request for a protected page a "continued"
   * login without credentials, which the container answers with an empty page instead of sending
   * the caller to this form.
   */
  private static void forgetAbandonedLogin(HttpServletRequest request) {
    var session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SOTERIA_LOGIN_IN_PROGRESS);
    }
  }

  private void signedIn() {
    // The session lives as long as the account's session generation stays what it is now.
    String name = username.strip();
    accounts
        .liveSessionGeneration(name)
        .ifPresent(
            generation ->
                ((HttpServletRequest) external.getRequest())
                    .getSession()
                    .setAttribute(SessionGuard.GENERATION, generation));
    count("success");
    LOG.info(() -> "Login: " + username.strip());
  }

  /** Login outcomes for operators: a burst of refusals is a guessing attack. */
  private void count(String outcome) {
    metrics.counter(LOGINS, new Tag("outcome", outcome)).inc();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
