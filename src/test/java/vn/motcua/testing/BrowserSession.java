package vn.motcua.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One browser per test, opened on first use and always closed after the test:
 * {@code @RegisterExtension final BrowserSession browser = new BrowserSession();}. A failed test
 * leaves its last screen and page source in {@code target/it/screens} (every test does with {@code
 * -Dmotcua.screens=all}), because a browser failure is hard to understand from a message.
 *
 * <p>A test whose browser refused anything under the Content-Security-Policy fails, with the
 * console's words: every browser test thereby proves that the screens it walks run under the policy
 * ({@link #policyRefusals(WebDriver)}).
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
    if (driver == null) {
      return;
    }
    List<String> refusals;
    try {
      refusals = policyRefusals(driver);
      if (context.getExecutionException().isPresent()
          || !refusals.isEmpty()
          || "all".equals(System.getProperty("motcua.screens"))) {
        keepScreen(context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
      }
    } finally {
      driver.quit();
      driver = null;
    }
    if (!refusals.isEmpty()) {
      throw new AssertionError(
          "The browser refused under the Content-Security-Policy:\n" + String.join("\n", refusals));
    }
  }

  /**
   * What the browser's console said the Content-Security-Policy refused since the last call (a
   * script without the nonce, an inline handler, an image from elsewhere, an uncaught EvalError).
   * Chromium logs nothing for an eval whose EvalError the page catches.
   */
  public static List<String> policyRefusals(WebDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  private void keepScreen(String name) {
    String file = name.replaceAll("[^A-Za-z0-9_-]", "");
    Path folder = Path.of(System.getProperty("motcua.test.dir", "target/it"), "screens");
    try {
      Files.createDirectories(folder);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(file + ".png"), png);
      Files.writeString(
          folder.resolve(file + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not keep the screen of " + name + ": " + e);
    }
  }
}
