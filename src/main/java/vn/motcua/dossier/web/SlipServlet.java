package vn.motcua.dossier.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.slip.Slip;
import vn.motcua.dossier.slip.SlipService;
import vn.motcua.security.web.CurrentUser;
import vn.motcua.shared.problem.BusinessException;

/**
 * A dossier's slip as PDF, to open in the browser and print: {@code GET
 * /slips/{receipt|supplement|refusal|apology|stop|control}/{code}.pdf}. Printed for staff who may
 * read the dossier; to anyone else, and for a slip the dossier had no occasion for, a 404. Like
 * every response, never cached ({@code SecurityHeaders}): a slip carries personal data.
 */
@WebServlet("/slips/*")
public class SlipServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PATH =
      Pattern.compile("/([a-z]+)/(" + Dossier.CODE_PATTERN + ")\\.pdf");

  @Inject private SlipService slips;
  @Inject private CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<Slip> slip = path.matches() ? Slip.ofPath(path.group(1)) : Optional.empty();
    if (slip.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String code = path.group(2);
    byte[] pdf;
    try {
      pdf = slips.slip(currentUser.actor(), slip.get(), code);
    } catch (BusinessException e) {
      response.sendError(e.kind().status());
      return;
    }
    Downloads.send(response, Downloads.PDF, "inline", code + "-" + slip.get().path() + ".pdf", pdf);
  }
}
