package vn.motcua.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.shared.config.Settings;

/**
 * The language of the screens for this session: Vietnamese unless configured otherwise or switched
 * to English. Holds one string, so the session stays small when replicated across the cluster.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private String language;

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public String getLanguage() {
    if (language == null) {
      language = Settings.DEFAULT_LOCALE.value(ConfigProvider.getConfig());
    }
    return language;
  }

  /** Switches the language and reloads the current page in it. */
  public void switchTo(String newLanguage) throws IOException {
    language = "en".equals(newLanguage) ? "en" : "vi";
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(getLocale());
    var external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId());
  }
}
