package vn.motcua.dossier.slip;

import java.util.Arrays;
import java.util.Optional;

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

  public static Optional<Slip> ofPath(String path) {
    return Arrays.stream(values()).filter(slip -> slip.path.equals(path)).findFirst();
  }
}
