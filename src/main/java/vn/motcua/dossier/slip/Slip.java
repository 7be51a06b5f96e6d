package vn.motcua.dossier.slip;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Resolution;

/**
 * The slips printed for one dossier, by their form number in Annex I of Circular 03/2025/TT-VPCP
 * and the name that addresses them ({@code /slips/receipt/{code}.pdf}).
 */
public enum Slip {
  /** 01: receipt and appointment slip, printed again with the new appointment after a pause. */
  RECEIPT("01", "receipt"),
  /** 02: request to supplement or complete the dossier. */
  SUPPLEMENT("02", "supplement"),
  /** 03: refusal to receive (at intake) or to settle (after review), with the reasons. */
  REFUSAL("03", "refusal"),
  /** 04: apology letter with a new appointment. */
  APOLOGY("04", "apology"),
  /** 05: notice to stop processing at the applicant's request. */
  STOP("05", "stop"),
  /** 06: processing control slip, the trail of hand-overs. */
  CONTROL("06", "control");

  private final String form;
  private final String path;

  Slip(String form, String path) {
    this.form = form;
    this.path = path;
  }

  /** The form number, {@code 01} to {@code 06}. */
  public String form() {
    return form;
  }

  /** The name in addresses and file names. */
  public String path() {
    return path;
  }

  /** The template that lays the slip out. */
  String template() {
    return form + "-" + path + ".xhtml";
  }

  /** Whether the dossier had occasion for this slip: a refusal slip only if it was refused. */
  public boolean issuedFor(DossierView dossier) {
    return switch (this) {
      case RECEIPT, CONTROL ->
          dossier.receivedAt() != null && dossier.status() != DossierStatus.NOT_RECEIVED;
      case SUPPLEMENT -> happened(dossier, DossierAction.REQUEST_SUPPLEMENT);
      case REFUSAL ->
          dossier.status() == DossierStatus.NOT_RECEIVED
              || dossier.resolution() == Resolution.REFUSED;
      case APOLOGY -> happened(dossier, DossierAction.APOLOGIZE);
      case STOP -> happened(dossier, DossierAction.STOP);
    };
  }

  /** The slips the dossier had occasion for, in the order of the forms. */
  public static List<Slip> allIssuedFor(DossierView dossier) {
    return Arrays.stream(values()).filter(slip -> slip.issuedFor(dossier)).toList();
  }

  private static boolean happened(DossierView dossier, DossierAction action) {
    return dossier.history().stream().anyMatch(entry -> entry.action() == action);
  }

  public static Optional<Slip> ofPath(String path) {
    return Arrays.stream(values()).filter(slip -> slip.path.equals(path)).findFirst();
  }
}
