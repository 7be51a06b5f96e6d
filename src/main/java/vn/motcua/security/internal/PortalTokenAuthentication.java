package vn.motcua.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.motcua.security.PortalCaller;
import vn.motcua.security.internal.PortalTokenCheck.Outcome;
import vn.motcua.security.internal.PortalTokenCheck.Refusal;
import vn.motcua.shared.config.PemPublicKeys;
import vn.motcua.shared.config.Settings;
import vn.motcua.shared.problem.Problem;
import vn.motcua.shared.web.SecurityHeaders;

/**
 * Authenticates a request to the national portal's API by its bearer token ({@link
 * PortalTokenCheck}, with the issuer and keys of the configuration): the caller is the token's
 * {@code sub}, in the portal's role only, for this request only (nothing is kept in a session). Any
 * other request is refused at once with 401, {@code WWW-Authenticate: Bearer} (RFC 6750) and a
 * problem detail that says which check failed: the portal's API has no anonymous route, and a staff
 * session counts for nothing here.
 */
@ApplicationScoped
public class PortalTokenAuthentication {

  private static final Logger LOG = Logger.getLogger(PortalTokenAuthentication.class.getName());

  @Inject private Config config;

  private PortalTokenCheck check;

  @PostConstruct
  void readKeys() {
    check =
        new PortalTokenCheck(
            Settings.PORTAL_JWT_ISSUER.value(config),
            PemPublicKeys.read(Settings.PORTAL_JWT_PUBLIC_KEY.value(config)),
            Clock.systemUTC());
  }

  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Outcome outcome = check.check(request.getHeader("Authorization"));
    if (outcome.isAccepted()) {
      return context.notifyContainerAboutLogin(outcome.caller(), Set.of(PortalCaller.ROLE));
    }
    // The reason only: the token and its claims may carry what a log must not.
    LOG.info(() -> "A request to the portal's API was refused: " + outcome.refusal());
    try {
      refuse(request, response, outcome.refusal());
    } catch (IOException e) {
      throw new AuthenticationException("Could not answer a refused portal request", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * Answers 401 itself, committed, so that the container neither replaces the body with its error
   * page nor adds anything to it.
   */
  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, Refusal refusal)
      throws IOException {
    response.reset();
    SecurityHeaders.apply(request, response);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", challenge(refusal));
    Problem problem =
        Problem.of(
                HttpServletResponse.SC_UNAUTHORIZED,
                refusal == Refusal.MISSING ? "missing-token" : "invalid-token",
                "Unauthorized",
                refusal.detail())
            .withInstance(request.getRequestURI());
    byte[] body = Json.BINDING.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /**
   * RFC 6750 section 3: a request without a token gets the bare challenge, one with a bad token
   * {@code invalid_token} and a description (fixed texts in its allowed characters).
   */
  static String challenge(Refusal refusal) {
    String challenge = "Bearer realm=\"" + PortalCaller.AUDIENCE + "\"";
    return refusal == Refusal.MISSING
        ? challenge
        : challenge + ", error=\"invalid_token\", error_description=\"" + refusal.detail() + "\"";
  }

  /** JSON-B, made at the first refusal (it is thread-safe and costly to make). */
  private static final class Json {
    static final Jsonb BINDING = JsonbBuilder.create();
  }
}
