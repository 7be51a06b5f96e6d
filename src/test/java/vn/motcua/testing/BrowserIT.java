package vn.motcua.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test shares: the WAR on Payara Micro once per class, a browser per test, and
 * signing in as a demo account. A subclass holds only its tests and page objects.
 */
@MotcuaIT
@RunAsClient
public abstract class BrowserIT {

  /** The password of every demo account (README). */
  protected static final String DEMO_PASSWORD = "demo-MotCua-2026";

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.motcua(
        OnlineDossierProbe.class,
        OnlineDossierProbe.Asked.class,
        OnlineDossierProbe.Registered.class);
  }

  @ArquillianResource protected URL base;

  @RegisterExtension protected final BrowserSession session = new BrowserSession();

  protected WebDriver browser;

  @BeforeEach
  void openTheSessionsBrowser() {
    browser = session.driver();
  }

  /** Signs in on the login page as a demo account; lands on the home page. */
  protected HomePage signInAs(String username) {
    return LoginPage.open(browser, base, "home.xhtml").loginAs(username, DEMO_PASSWORD);
  }
}
