package vn.motcua.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.motcua.security.SecondFactors;
import vn.motcua.shared.pdf.QrCode;

/**
 * The login's second step, for the view it shows on: what it asks for (a code, or an enrolment
 * first), whose login it is, and the password already checked. The password and the enrolment's
 * secret are {@code transient}: they stay in this server's memory and are never written out with a
 * replicated session; a view that lost them starts the login again.
 */
@Named
@ViewScoped
public class LoginStep implements Serializable {

  private static final long serialVersionUID = 1L;

  private SecondFactors.Need need;
  private String username;
  private transient String password;
  private transient SecondFactors.Enrolment enrolment;

  /** Asks for the second factor; an enrolment keeps the secret it offered on a second try. */
  void ask(SecondFactors.Need needed, String username, String password) {
    this.need = needed;
    this.username = username;
    this.password = password;
    if (needed == SecondFactors.Need.ENROLMENT && enrolment == null) {
      enrolment = SecondFactors.newEnrolment(username);
    }
  }

  /** Back to the first step. */
  void forget() {
    need = null;
    username = null;
    password = null;
    enrolment = null;
  }

  boolean hasPassword() {
    return password != null;
  }

  String username() {
    return username;
  }

  String password() {
    return password;
  }

  String enrolmentSecret() {
    return enrolment == null ? null : enrolment.secret();
  }

  /** What the second step asks for; null on the first step. */
  public SecondFactors.Need getNeed() {
    return need;
  }

  /** The enrolment's QR code, as an image address. */
  public String getEnrolmentQr() {
    return enrolment == null ? null : QrCode.pngDataUri(enrolment.uri());
  }

  /** The enrolment's secret in groups of four, for typing it into an app by hand. */
  public String getEnrolmentSecret() {
    return enrolment == null ? null : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }
}
