package vn.motcua.testing;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waiting for PrimeFaces' ajax to be done, instead of sleeping. */
final class Ajax {

  private Ajax() {}

  /** Waits until no PrimeFaces request is queued and no jQuery request is running. */
  static void await(WebDriverWait wait) {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                            + " && (!window.jQuery || jQuery.active === 0);"));
  }
}
