package vn.motcua.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.Config;
import vn.motcua.shared.config.Settings;

/**
 * Every session ends after {@code motcua.session.idle-minutes} without a request (web.xml's 30
 * minutes is only the value before this listener runs).
 */
@WebListener
public class SessionIdleTimeout implements HttpSessionListener {

  @Inject private Config config;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event
        .getSession()
        .setMaxInactiveInterval(60 * Integer.parseInt(Settings.SESSION_IDLE.value(config)));
  }
}
