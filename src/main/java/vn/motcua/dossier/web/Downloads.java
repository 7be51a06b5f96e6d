package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The headers every generated document is sent with. */
final class Downloads {

  private Downloads() {}

  /**
   * Sends a generated document: never cached (it carries personal data), never sniffed into
   * something else, named for the person who saves it.
   */
  static void send(
      HttpServletResponse response,
      String contentType,
      String disposition,
      String fileName,
      byte[] content)
      throws IOException {
    response.setContentType(contentType);
    response.setContentLength(content.length);
    response.setHeader("Content-Disposition", disposition + "; filename=\"" + fileName + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(content);
  }
}
