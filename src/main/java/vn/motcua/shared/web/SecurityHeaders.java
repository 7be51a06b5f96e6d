package vn.motcua.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries, set before the application writes anything: no type sniffing,
 * no framing by another site (clickjacking), no full address in the Referer sent elsewhere, HSTS
 * when served over TLS. Pages, API answers and documents carry citizens' personal data, so nothing
 * but the static resources (styles, scripts, images, fonts) may be cached. The full
 * Content-Security-Policy with script nonces comes with the security issue; this one only forbids
 * framing.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * Where Faces serves the static resources of the pages: cacheable, they hold no data. PrimeFaces'
   * dynamic content (downloads, charts) shares the path and may hold data: not cached.
   */
  private static final String RESOURCES = "/jakarta.faces.resource/";

  private static final String DYNAMIC = "dynamiccontent";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String uri = request.getRequestURI();
    if (!uri.startsWith(request.getContextPath() + RESOURCES) || uri.contains(DYNAMIC)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
