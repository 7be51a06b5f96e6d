package vn.motcua.testing;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A center's online intake queue: the list, an opened dossier, and the clerk's decision. */
public final class OnlineIntakePage {

  private static final By ROWS = By.cssSelector("#intake\\:queue_data tr[data-ri]");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private OnlineIntakePage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:queue")));
  }

  public static OnlineIntakePage open(WebDriver driver, URL base) {
    driver.get(base + "reception/online.xhtml");
    return new OnlineIntakePage(driver);
  }

  /** The codes the queue's first page shows. */
  public List<String> codes() {
    return driver.findElements(ROWS).stream()
        .map(row -> row.findElement(By.cssSelector(".mc-code")).getText())
        .toList();
  }

  /** Pages forward until the dossier shows, then opens it. */
  public OnlineIntakePage openDossier(String code) {
    while (!codes().contains(code)) {
      WebElement next = driver.findElement(By.cssSelector("#intake\\:queue .ui-paginator-next"));
      if (next.getAttribute("class").contains("ui-state-disabled")) {
        throw new AssertionError(code + " is not in the queue");
      }
      next.click();
      Ajax.await(wait);
    }
    WebElement row =
        driver.findElements(ROWS).stream()
            .filter(r -> r.getText().contains(code))
            .findFirst()
            .orElseThrow();
    row.findElement(By.cssSelector(".mc-open")).click();
    wait.until(ExpectedConditions.textToBe(By.id("opened-code"), code));
    return this;
  }

  public String applicantName() {
    return driver.findElement(By.id("applicant-name")).getText();
  }

  public OnlineIntakePage accept() {
    driver.findElement(By.id("intake:accept")).click();
    Ajax.await(wait);
    return this;
  }

  public OnlineIntakePage refuse(String reasons) {
    WebElement field = driver.findElement(By.id("intake:reasons"));
    field.clear();
    field.sendKeys(reasons);
    driver.findElement(By.id("intake:refuse")).click();
    Ajax.await(wait);
    return this;
  }

  public String appointment() {
    return driver.findElement(By.id("decided-appointment")).getText();
  }

  public String refusalSlipLink() {
    return driver.findElement(By.id("intake:refusal-slip")).getAttribute("href");
  }

  public String reasonsError() {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#intake\\:reasons-message .ui-message-error-detail")))
        .getText();
  }

  public String messages() {
    return driver.findElement(By.id("intake:messages")).getText();
  }
}
