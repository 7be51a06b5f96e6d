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
 * when served over TLS, and a Content-Security-Policy chosen by the kind of answer. Pages, API
 * answers and documents carry citizens' personal data, so nothing but the static resources (styles,
 * scripts, images, fonts) may be cached.
 *
 * <p>A page's script policy is not set here: it needs the nonce of the page, which PrimeFaces makes
 * while rendering and sends in a second header, the whole page policy ({@code
 * primefaces.CSP_POLICY} in {@code web.xml}). A browser enforces both headers; this one holds only
 * directives that the page policy repeats word for word, so on a page the two together mean exactly
 * the page policy, and an answer Faces never renders (a redirect) still forbids framing.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Pages and their resources: what {@code primefaces.CSP_POLICY} also says. */
  static final String PAGE_POLICY =
      "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** REST answers are data, never a document to render: nothing may load or run in them. */
  static final String API_POLICY =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /**
   * Slips (PDF) are shown by the browser's own viewer, and scans (PDF, JPEG, PNG, their type
   * decided from the bytes) are downloads, both sent with nosniff: Chromium's PDF viewer is a page
   * with inline styles and an embedded plugin, which {@code default-src 'none'} leaves blank. Only
   * framing is forbidden.
   */
  static final String FILE_POLICY = "frame-ancestors 'none'";

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
    apply(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers on an answer given before this filter runs: the authentication mechanism's
   * refusals.
   */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    // The path as the container decoded and mapped it, not as typed: "/%61pi/..." is "/api/...".
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", policy(path));
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (!path.startsWith(RESOURCES) || path.contains(DYNAMIC)) {
      response.setHeader("Cache-Control", "no-store");
    }
  }

  static String policy(String path) {
    if (path.startsWith("/api/")) {
      return API_POLICY;
    }
    if (path.startsWith("/documents/") || path.startsWith("/slips/")) {
      return FILE_POLICY;
    }
    return PAGE_POLICY;
  }
}
