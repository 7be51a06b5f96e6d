package vn.motcua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a page hands over: a link fetched in the browser's session, or a file it downloaded. */
public final class Downloads {

  private Downloads() {}

  /** A GET of the address with the browser's session cookies: what the user would open. */
  public static HttpResponse<byte[]> fetch(WebDriver browser, String url) {
    String cookies =
        browser.manage().getCookies().stream()
            .map(Cookie::toString)
            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", cookies)
            .timeout(Duration.ofSeconds(60))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The one file the browser has finished downloading whose name ends so; waits for it. */
  public static byte[] file(WebDriver browser, String suffix) {
    Path folder = Browser.downloads(browser);
    Path file =
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .until(
                driver -> {
                  try (Stream<Path> files = Files.list(folder)) {
                    return files
                        .filter(p -> p.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
                  } catch (IOException e) {
                    return null;
                  }
                });
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
