package vn.motcua.dossier.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.document.FileInfo;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.security.web.CurrentUser;
import vn.motcua.shared.problem.BusinessException;

/**
 * Serves a dossier's scanned document to staff who may read that dossier, as a download: {@code GET
 * /documents/{code}/{documentId}}. Anyone else gets a 404 and not a byte of it. The type is the one
 * the file store recognised from the content, never the uploader's claim; an attachment with {@code
 * nosniff} is never rendered in MotCua's origin, whatever a file holds.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PATH =
      Pattern.compile("/(" + Dossier.CODE_PATTERN + ")/(\\d{1,18})");

  @Inject private DossierService dossiers;
  @Inject private FileStore files;
  @Inject private CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileInfo file;
    try {
      file =
          dossiers.documentFile(currentUser.actor(), path.group(1), Long.parseLong(path.group(2)));
    } catch (BusinessException e) {
      response.sendError(e.kind().status());
      return;
    }
    response.setContentType(file.contentType());
    response.setContentLengthLong(file.size());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.originalName(), StandardCharsets.UTF_8).replace("+", "%20"));
    try (InputStream content = files.open(file.id())) {
      content.transferTo(response.getOutputStream());
    }
  }
}
