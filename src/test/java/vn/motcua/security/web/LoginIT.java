package vn.motcua.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.BrowserSession;
import vn.motcua.testing.HomePage;
import vn.motcua.testing.LoginPage;
import vn.motcua.testing.ManagementPort;

/** Signing in and out in a real browser, in Vietnamese and in English. */
@RunAsClient
class LoginIT extends BrowserIT {

  @Test
  void clerkSignsInAndSeesTheirHomePage() {
    LoginPage login = LoginPage.open(browser, base, "home.xhtml");
    assertThat(login.title()).isEqualTo("Đăng nhập");

    HomePage home = login.loginAs("clerk", DEMO_PASSWORD);

    assertThat(home.greeting()).isEqualTo("Xin chào, Nguyễn Thị Lan");
    assertThat(home.signedInUser()).contains("Nguyễn Thị Lan");
    assertThat(home.roleTitles()).containsExactly("Cán bộ tiếp nhận");
    assertThat(home.unit()).isEqualTo("Trung tâm Phục vụ hành chính công phường Hồng Gai");
    assertThat(home.currentUrl()).endsWith("/home.xhtml");
  }

  @Test
  void aMissingPageIsExplainedNotDumped() {
    LoginPage.open(browser, base, "home.xhtml").loginAs("clerk", DEMO_PASSWORD);

    browser.get(base + "no-such-page.xhtml");

    assertThat(browser.findElement(By.id("error-title")).getText())
        .isEqualTo("Không tìm thấy trang yêu cầu.");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain("Exception", "at org.", "at java.", "404");
  }

  @Test
  void wrongPasswordIsRefusedWithAMessage() throws Exception {
    LoginPage login = LoginPage.open(browser, base, "home.xhtml");

    String error = login.failLogin("clerk", "not-the-password");

    assertThat(error).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
    assertThat(applicationMetrics())
        .containsPattern("motcua_logins_total\\{[^}]*outcome=\"refused\"[^}]*\\} [1-9]");
  }

  @Test
  void unknownUserGetsTheSameMessage() {
    LoginPage login = LoginPage.open(browser, base, "home.xhtml");

    assertThat(login.failLogin("nobody", DEMO_PASSWORD))
        .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
  }

  @Test
  void englishCanBeChosen() {
    LoginPage login = LoginPage.open(browser, base, "home.xhtml").switchToEnglish();
    assertThat(login.title()).isEqualTo("Sign in");

    HomePage home = login.loginAs("admin", DEMO_PASSWORD);

    assertThat(home.greeting()).isEqualTo("Welcome, Đỗ Văn Hùng");
    assertThat(home.roleTitles()).containsExactly("Provincial administrator");
  }

  @Test
  void logoutEndsTheSession() {
    HomePage home = LoginPage.open(browser, base, "home.xhtml").loginAs("director", DEMO_PASSWORD);

    LoginPage again = home.logout(base);

    assertThat(again.title()).isEqualTo("Đăng nhập");
  }

  @Test
  void theBrowserRunsOnlyScriptsCarryingThePagesNonce() {
    signInAs("clerk");
    JavascriptExecutor page = (JavascriptExecutor) browser;

    @SuppressWarnings("unchecked")
    List<String> nonces =
        (List<String>) page.executeScript("return [...document.scripts].map(s => s.nonce);");
    assertThat(nonces).isNotEmpty().doesNotContain("").containsOnly(nonces.get(0));

    // What an injected piece of markup or script would try: none of it may run. A script with
    // the nonce runs; eval in it does not, once out of the test's own script (the driver runs
    // that through DevTools, which lets eval through while it runs).
    Object ran =
        page.executeScript(
            """
            const inline = document.createElement('script');
            inline.textContent = 'window.mcInline = true';
            document.body.appendChild(inline);
            const button = document.createElement('button');
            button.setAttribute('onclick', 'window.mcHandler = true');
            document.body.appendChild(button);
            button.click();
            const nonced = document.createElement('script');
            nonced.nonce = document.scripts[0].nonce;
            nonced.textContent = "window.mcNonced = true; setTimeout(function () {"
                + " try { eval('true'); window.mcEval = 'ran'; } catch (e) { window.mcEval = e.name; }"
                + " });";
            document.body.appendChild(nonced);
            return [!!window.mcInline, !!window.mcHandler, !!window.mcNonced];
            """);
    assertThat(ran).isEqualTo(List.of(false, false, true));
    Object evaluated =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(driver -> page.executeScript("return window.mcEval;"));
    assertThat(evaluated).isEqualTo("EvalError");
    // The console says so, as it would for a screen that breaks the policy (BrowserSession).
    // Chromium logs no refusal of an eval whose EvalError is caught; an uncaught one is logged.
    assertThat(BrowserSession.policyRefusals(browser))
        .hasSize(2)
        .anySatisfy(message -> assertThat(message).contains("inline script"))
        .anySatisfy(message -> assertThat(message).contains("inline event handler"));
  }

  private String applicationMetrics() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(ManagementPort.uri("/metrics?scope=application")).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
