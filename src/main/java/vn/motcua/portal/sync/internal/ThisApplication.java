package vn.motcua.portal.sync.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/**
 * This instance's own root URL (e.g. {@code http://10.0.0.5:8080/}), learned from the first request
 * it serves: its local address, port and context path. The relay runs with no request at hand, yet
 * a sync URL that is a path ({@code /api/simulator/portal/sync}) names this application. Every
 * message is written by a request (a screen, the inbound API), so an instance knows its root before
 * it has anything of its own to send; Arquillian's random port and a cluster's instances each learn
 * their own.
 */
@ApplicationScoped
public class ThisApplication {

  private volatile URI root;

  /** Remembers the root the request reached, once. */
  void learn(HttpServletRequest request) {
    if (root == null) {
      root =
          root(
              request.getScheme(),
              request.getLocalAddr(),
              request.getLocalPort(),
              request.getContextPath());
    }
  }

  static URI root(String scheme, String address, int port, String contextPath) {
    String host = address;
    if (host.contains(":")) {
      host = "[" + host.replaceFirst("%.*$", "") + "]"; // IPv6, without a zone
    }
    return URI.create(scheme + "://" + host + ":" + port + contextPath + "/");
  }

  /** A configured URL: an absolute one as it is, a path against this application's root. */
  Optional<URI> resolve(String url) {
    if (!url.startsWith("/")) {
      return Optional.of(URI.create(url));
    }
    URI known = root;
    return known == null ? Optional.empty() : Optional.of(known.resolve(url.substring(1)));
  }
}
