package vn.motcua.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.motcua.shared.problem.BusinessException;

/**
 * Messages for the user in their language, from the screen bundle ({@code msg}): at the top of the
 * page, or next to a field. A business refusal shows the text kept for its code ({@code
 * refusal.<code>}), never the English message meant for logs and integrators.
 */
public final class FacesMessages {

  private FacesMessages() {}

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** An error shown next to the field with this client id. */
  public static void errorAt(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** A business refusal at the top of the page, in the user's language. */
  public static void refused(BusinessException e) {
    error(refusalKey(e.code()));
  }

  /** The bundle key for a refusal code, or the general one when the code has no text of its own. */
  public static String refusalKey(String code) {
    String key = "refusal." + code;
    return has(key) ? key : "refusal.other";
  }

  public static String text(String key, Object... arguments) {
    String pattern = bundle().getString(key);
    return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
  }

  private static boolean has(String key) {
    try {
      bundle().getString(key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
