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
import vn.motcua.dossier.slip.Slip;
import vn.motcua.dossier.slip.SlipService;
import vn.motcua.security.AccountService;
import vn.motcua.security.Actor;
import vn.motcua.shared.problem.BusinessException;

/**
 * A dossier's slip as PDF, to open in the browser and print: {@code GET
 * /slips/{receipt|supplement|refusal|apology|stop|control}/{code}.pdf}. Printed for staff who may
 * read the dossier; to anyone else, and for a slip the dossier had no occasion for, a 404. Never
 * cached: a slip carries personal data, and a receipt printed again after a pause differs.
 */
@WebServlet("/slips/*")
public class SlipServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PATH =
      Pattern.compile("/([a-z]+)/([0-9A-Za-z.]+-\\d{6}-\\d{4,})\\.pdf");

  @Inject private SlipService slips;
  @Inject private AccountService accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<Slip> slip = path.matches() ? Slip.ofPath(path.group(1)) : Optional.empty();
    if (slip.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Actor actor = accounts.findByUsername(request.getRemoteUser()).map(Actor::of).orElse(null);
    if (actor == null) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String code = path.group(2);
    byte[] pdf;
    try {
      pdf = slips.slip(actor, slip.get(), code);
    } catch (BusinessException e) {
      response.sendError(e.kind().status());
      return;
    }
    Downloads.send(
        response, "application/pdf", "inline", code + "-" + slip.get().path() + ".pdf", pdf);
  }
}
