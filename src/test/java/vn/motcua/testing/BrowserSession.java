package vn.motcua.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One browser per test, opened on first use and always closed after the test:
 * {@code @RegisterExtension final BrowserSession browser = new BrowserSession();}
 */
public final class BrowserSession implements AfterEachCallback {

  private WebDriver driver;

  /** The test's browser; opened on the first call. */
  public WebDriver driver() {
    if (driver == null) {
      driver = Browser.open();
    }
    return driver;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }
}
