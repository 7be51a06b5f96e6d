package vn.motcua.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.logging.Logger;
import vn.motcua.security.AccountService;

/**
 * Ends a session whose account has moved on since its login: signed out elsewhere, disabled, its
 * password reset, its roles or unit changed. The session carries the account's session generation
 * from its login; each request of a signed-in user compares it with the account's (one indexed
 * read), so the end reaches every instance of a cluster at once. An ended session's next request is
 * sent to the login page, a Faces ajax request by a partial-response redirect.
 */
@WebFilter(
    filterName = "SessionGuard",
    urlPatterns = {"*.xhtml", "/documents/*", "/slips/*"},
    asyncSupported = true)
public class SessionGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The session attribute holding the generation the login saw. */
  static final String GENERATION = "motcua.sessionGeneration";

  private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());

  @Inject private AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String username = request.getRemoteUser();
    HttpSession session = request.getSession(false);
    if (username != null && session != null && !alive(username, session)) {
      LOG.info("A session ended by its account's change was refused");
      session.invalidate();
      request.logout();
      String login = request.getContextPath() + "/login.xhtml";
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
      } else {
        response.sendRedirect(login);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean alive(String username, HttpSession session) {
    Object seen = session.getAttribute(GENERATION);
    OptionalInt current = accounts.liveSessionGeneration(username);
    return seen instanceof Integer generation
        && current.isPresent()
        && current.getAsInt() == generation;
  }
}
