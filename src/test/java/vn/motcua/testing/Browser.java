package vn.motcua.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: nothing is downloaded. Without them the
 * browser tests say how to install them, and fail under CI.
 */
public final class Browser {

  private static final Path CHROMIUM =
      Path.of(System.getProperty("motcua.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("motcua.chromedriver", "/usr/bin/chromedriver"));

  private static final Map<WebDriver, Path> DOWNLOADS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private Browser() {}

  /** The folder the browser saves downloads into. */
  public static Path downloads(WebDriver driver) {
    return DOWNLOADS.get(driver);
  }

  public static WebDriver open() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String how =
          "Browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": apt-get install chromium chromium-driver (Debian), then run the tests again";
      if ("true".equals(System.getenv("CI"))) {
        fail(how);
      }
      Assumptions.abort(how);
    }
    try {
      // Under target/, so that the build's clean removes the profiles.
      Path profiles = Path.of(System.getProperty("motcua.test.dir", "target/it"), "browser");
      Files.createDirectories(profiles);
      Path profile = Files.createTempDirectory(profiles, "chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,900",
          "--lang=vi",
          "--user-data-dir=" + profile);
      // Files the pages hand over (guidance slip, tracking book) land here without a prompt.
      Path downloads = Files.createDirectories(profile.resolve("downloads"));
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory", downloads.toString(),
              "download.prompt_for_download", false,
              "plugins.always_open_pdf_externally", true));
      // The console, where Chromium reports what the Content-Security-Policy refused
      // (BrowserSession fails a test that met one).
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      // Headless Chromium saves a download a form's answer starts only when told where, over CDP.
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toString()));
      DOWNLOADS.put(driver, downloads);
      return driver;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create a browser profile folder", e);
    }
  }
}
