package vn.motcua.portal.sync.internal;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/** Tells {@link ThisApplication} its root from the first request served. */
@WebListener
public class ThisApplicationListener implements ServletRequestListener {

  @Inject private ThisApplication application;

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (event.getServletRequest() instanceof HttpServletRequest request) {
      application.learn(request);
    }
  }
}
