package vn.motcua.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.security.internal.TotpCodes;
import vn.motcua.testing.Browser;
import vn.motcua.testing.BrowserIT;
import vn.motcua.testing.LoginPage;
import vn.motcua.testing.SearchPage;
import vn.motcua.testing.StaffPage;
import vn.motcua.testing.TestDatabase;

/**
 * Guessing passwords is slowed per login name and per address; a session gets a new id at login,
 * and ends everywhere when its person signs out, or when the account is disabled.
 */
class SessionSecurityIT extends BrowserIT {

  private static final TotpCodes TOTP = new TotpCodes();
  private static final String WRONG = "Tên đăng nhập hoặc mật khẩu không đúng.";
  private static final String BLOCKED =
      "Đăng nhập tạm thời bị chặn vì đã nhập sai nhiều lần. Vui lòng thử lại sau ít phút.";

  @Test
  void fiveFailuresInARowBlockTheNameEvenForTheRightPasswordUntilTheBlockEnds()
      throws SQLException {
    String name = copyOfDirector("it.guess");
    LoginPage login = LoginPage.open(browser, base, "home.xhtml");
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(login.failLogin(name, "wrong password " + attempt)).isEqualTo(WRONG);
    }
    assertThat(login.failLogin(name, "wrong password 5")).isEqualTo(BLOCKED);
    assertThat(login.failLogin(name, DEMO_PASSWORD))
        .as("right password, still blocked")
        .isEqualTo(BLOCKED);
    assertThat(blockedMinutes("account:" + name)).isEqualTo(1);

    endBlock("account:" + name);
    login.loginAs(name, DEMO_PASSWORD);
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM login_throttle WHERE key = ?", "account:" + name))
        .as("a success clears the name's count")
        .isZero();
  }

  @Test
  void aNameThatDoesNotExistIsBlockedExactlyLikeOneThatDoes() throws SQLException {
    String ghost = "it.ghost" + ThreadLocalRandom.current().nextInt(1_000_000);
    LoginPage login = LoginPage.open(browser, base, "home.xhtml");
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(login.failLogin(ghost, "guess " + attempt)).isEqualTo(WRONG);
    }
    assertThat(login.failLogin(ghost, "guess 5")).isEqualTo(BLOCKED);
  }

  @Test
  void anAddressThatFailedTooOftenIsBlockedWhateverNameItTries() throws SQLException {
    LoginPage login = LoginPage.open(browser, base, "home.xhtml");
    String ghost = "it.probe" + ThreadLocalRandom.current().nextInt(1_000_000);
    login.failLogin(ghost, "whatever");
    String address =
        (String)
            TestDatabase.value(
                "SELECT key FROM login_throttle WHERE key LIKE 'address:%'"
                    + " ORDER BY last_failure DESC LIMIT 1");
    try {
      // As if the address had just reached its allowance (200 in the tests' configuration).
      TestDatabase.execute("UPDATE login_throttle SET failures = 199 WHERE key = ?", address);
      assertThat(login.failLogin(ghost + "x", "whatever")).isEqualTo(BLOCKED);
      assertThat(login.failLogin("clerk", DEMO_PASSWORD))
          .as("a real account with its right password, from the blocked address")
          .isEqualTo(BLOCKED);
    } finally {
      TestDatabase.execute("DELETE FROM login_throttle WHERE key = ?", address);
    }
    login.loginAs("clerk", DEMO_PASSWORD);
  }

  @Test
  void afterAFailedLoginAProtectedPageStillLeadsToTheLoginForm() throws SQLException {
    String name = copyOfDirector("it.typo");
    LoginPage login = LoginPage.open(browser, base, "home.xhtml");
    assertThat(login.failLogin(name, "a typo in the password")).isEqualTo(WRONG);

    // The person leaves the form and comes back through a bookmark: the form again, not a blank.
    LoginPage.open(browser, base, "center/search.xhtml").loginAs(name, DEMO_PASSWORD);
    SearchPage.open(browser, base);
  }

  @Test
  void anAccountWithASecondFactorSignsInWithItsAppsCodeAndEachCodeServesOnce() throws SQLException {
    String name = copyOfDirector("it.totp");
    String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    TestDatabase.execute("UPDATE app_user SET totp_secret = ? WHERE username = ?", secret, name);

    LoginPage login =
        LoginPage.open(browser, base, "home.xhtml")
            .passwordOfSecondFactorAccount(name, DEMO_PASSWORD);
    assertThat(browser.findElement(By.id("code-intro")).getText()).contains("mã xác thực");
    String stale = TOTP.code(secret, TotpCodes.stepAt(Instant.now()) - 4);
    assertThat(login.wrongCode(stale)).startsWith("Mã xác thực không đúng");
    String code = TOTP.code(secret, TotpCodes.stepAt(Instant.now()));
    login.code(code).logout(base);

    // The same code again, seen over a shoulder: refused, whatever step it is now.
    login =
        LoginPage.open(browser, base, "home.xhtml")
            .passwordOfSecondFactorAccount(name, DEMO_PASSWORD);
    assertThat(login.wrongCode(code)).startsWith("Mã xác thực không đúng");
    assertThat(
            TestDatabase.number(
                "SELECT failures FROM login_throttle WHERE key = ?", "account:" + name))
        .as("a wrong code counts as a failed login (the success in between cleared the first)")
        .isEqualTo(1);
  }

  @Test
  void anAccountThatMustHaveASecondFactorEnrolsItsAppAtItsNextLogin() throws SQLException {
    String name = copyOfDirector("it.enrol");
    TestDatabase.execute(
        "UPDATE app_user SET second_factor_required = true WHERE username = ?", name);

    LoginPage login =
        LoginPage.open(browser, base, "home.xhtml")
            .passwordOfSecondFactorAccount(name, DEMO_PASSWORD);
    assertThat(login.showsEnrolmentQrCode()).isTrue();
    String secret = login.enrolmentSecret();
    login.code(TOTP.code(secret, TotpCodes.stepAt(Instant.now())));

    assertThat(TestDatabase.value("SELECT totp_secret FROM app_user WHERE username = ?", name))
        .as("the app's secret is kept: the next login asks for its code")
        .isEqualTo(secret);
  }

  @Test
  void theSessionIdChangesAtLoginAndItsCookieIsHttpOnlyAndSameSite() {
    LoginPage login = LoginPage.open(browser, base, "home.xhtml");
    Cookie before = browser.manage().getCookieNamed("JSESSIONID");
    login.loginAs("clerk", DEMO_PASSWORD);
    Cookie after = browser.manage().getCookieNamed("JSESSIONID");

    assertThat(before).isNotNull();
    assertThat(after.getValue()).isNotEqualTo(before.getValue());
    assertThat(after.isHttpOnly()).isTrue();
    assertThat(after.getSameSite()).isEqualTo("Lax");
  }

  @Test
  void signingOutEndsThePersonsSessionsInOtherBrowsersToo() throws SQLException {
    String name = copyOfDirector("it.twice");
    WebDriver other = Browser.open();
    try {
      LoginPage.open(other, base, "home.xhtml").loginAs(name, DEMO_PASSWORD);
      LoginPage.open(browser, base, "home.xhtml").loginAs(name, DEMO_PASSWORD).logout(base);

      other.get(base + "center/search.xhtml");
      awaitLoginPage(other);
    } finally {
      other.quit();
    }
  }

  @Test
  void disablingAnAccountEndsItsSessionsAtTheirNextRequest() throws SQLException {
    String name = copyOfDirector("it.leaver");
    WebDriver other = Browser.open();
    try {
      LoginPage.open(other, base, "home.xhtml").loginAs(name, DEMO_PASSWORD);
      other.get(base + "center/search.xhtml");
      assertThat(other.getCurrentUrl()).contains("/center/search.xhtml");

      signInAs("admin");
      StaffPage.open(browser, base).search(name).awaitRow(name).toggleEnabled(name);

      other.navigate().refresh();
      awaitLoginPage(other);
    } finally {
      other.quit();
    }
  }

  private static void awaitLoginPage(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
  }

  /** A new center director of Hồng Gai with the demo password, for this test alone. */
  private static String copyOfDirector(String prefix) throws SQLException {
    String name = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
    TestDatabase.execute(
        "INSERT INTO app_user (id, username, password_hash, full_name, unit_id)"
            + " SELECT nextval('app_user_seq'), ?, password_hash, 'Người Kiểm Thử', unit_id"
            + " FROM app_user WHERE username = 'director'",
        name);
    TestDatabase.execute(
        "INSERT INTO app_user_role (user_id, role) SELECT id, 'CENTER_DIRECTOR' FROM app_user"
            + " WHERE username = ?",
        name);
    return name;
  }

  private static long blockedMinutes(String key) throws SQLException {
    return Math.round(
        TestDatabase.number(
                "SELECT extract(epoch FROM blocked_until - last_failure)::int FROM login_throttle"
                    + " WHERE key = ?",
                key)
            / 60.0);
  }

  /** As if the block's minute had passed. */
  private static void endBlock(String key) throws SQLException {
    TestDatabase.execute(
        "UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE key = ?", key);
  }
}
