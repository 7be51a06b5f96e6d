package vn.motcua.testing;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page as a user sees it. */
public final class LoginPage {

  private final WebDriver driver;
  private final WebDriverWait wait;

  private LoginPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
  }

  /** Opens a protected page and expects to be sent to the login page. */
  public static LoginPage open(WebDriver driver, URL base, String page) {
    driver.get(base + page);
    return new LoginPage(driver);
  }

  public String title() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** Types the credentials and presses Enter, as a clerk at the counter would. */
  public HomePage loginAs(String username, String password) {
    submit(username, password);
    return new HomePage(driver);
  }

  /**
   * Submits wrong credentials and returns the error shown by the page that answers (not the one an
   * earlier failure left, which stays on screen until the answer replaces the whole page).
   */
  public String failLogin(String username, String password) {
    return refusal(
        () -> submit(username, password), "#login\\:messages .ui-messages-error-summary");
  }

  /** Types a right password of an account with a second factor: its second step appears. */
  public LoginPage passwordOfSecondFactorAccount(String username, String password) {
    submit(username, password);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:code")));
    return this;
  }

  /** The enrolment's secret as the page shows it for typing by hand, without its spaces. */
  public String enrolmentSecret() {
    return driver.findElement(By.id("enrol-secret")).getText().replace(" ", "");
  }

  public boolean showsEnrolmentQrCode() {
    return driver.findElement(By.id("enrol-qr")).getAttribute("src").startsWith("data:image/png");
  }

  /** Types the authenticator app's code and presses Enter; lands on the home page. */
  public HomePage code(String code) {
    typeCode(code);
    return new HomePage(driver);
  }

  /** Types a code the server must refuse; returns the message shown at the field. */
  public String wrongCode(String code) {
    return refusal(
        () -> typeCode(code), "#login .ui-message-error-detail, #login .ui-message-error");
  }

  /**
   * Submits, waits for the page that answers and returns the message it shows (not the one an
   * earlier refusal left). A mark on the current document: the answer is a new document, without
   * it. (Waiting for the old element to go stale trips over Chrome's "node does not belong to the
   * document".)
   */
  private String refusal(Runnable submission, String messageSelector) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.motcuaPreviousPage = true;");
    submission.run();
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js.executeScript(
                    "return window.motcuaPreviousPage === undefined"
                        + " && document.readyState === 'complete';")));
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(messageSelector)))
        .getText();
  }

  private void typeCode(String code) {
    WebElement field = driver.findElement(By.id("login:code"));
    field.clear();
    field.sendKeys(code, Keys.ENTER);
  }

  public LoginPage switchToEnglish() {
    WebElement english = driver.findElement(By.id("shell:lang-en"));
    english.click();
    wait.until(ExpectedConditions.stalenessOf(english));
    return new LoginPage(driver);
  }

  private void submit(String username, String password) {
    WebElement user = driver.findElement(By.id("login:username"));
    user.clear();
    user.sendKeys(username);
    WebElement pass =
        driver.findElement(By.cssSelector("#login\\:password input, input#login\\:password"));
    pass.clear();
    pass.sendKeys(password);
    pass.sendKeys(Keys.ENTER);
  }
}
