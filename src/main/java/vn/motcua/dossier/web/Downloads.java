package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** How a generated document is sent. */
final class Downloads {

  static final String PDF = "application/pdf";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Downloads() {}

  /** A generated document as a page's {@code p:fileDownload} hands it over. */
  static StreamedContent file(String fileName, String contentType, byte[] content) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(contentType)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  /**
   * Sends a generated document, named for the person who saves it (not caching and not sniffing are
   * every response's, {@code SecurityHeaders}).
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
    response.getOutputStream().write(content);
  }
}
