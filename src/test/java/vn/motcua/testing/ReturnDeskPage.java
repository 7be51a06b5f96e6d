package vn.motcua.testing;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The result return desk: a search that takes a scanner's text, the results, the hand-over. */
public final class ReturnDeskPage {

  private final WebDriver driver;
  private final WebDriverWait wait;

  private ReturnDeskPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:text")));
  }

  public static ReturnDeskPage open(WebDriver driver, URL base) {
    driver.get(base + "reception/return.xhtml");
    return new ReturnDeskPage(driver);
  }

  /** Types (or a scanner types) into the focused search field, then Enter. */
  public ReturnDeskPage scan(String text) {
    WebElement field =
        wait.withMessage("the search field has the focus, for the scanner")
            .until(
                d -> {
                  WebElement active = d.switchTo().activeElement();
                  return "desk:text".equals(active.getAttribute("id")) ? active : null;
                });
    field.clear();
    field.sendKeys(text, Keys.ENTER);
    Ajax.await(wait);
    return this;
  }

  public List<String> codes() {
    return driver.findElements(By.cssSelector("#desk\\:rows_data tr .mc-code")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public ReturnDeskPage choose(String code) {
    driver.findElements(By.cssSelector("#desk\\:rows_data tr")).stream()
        .filter(row -> row.getText().contains(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not found"))
        .findElement(By.cssSelector(".mc-choose"))
        .click();
    Ajax.await(wait);
    return this;
  }

  public ReturnDeskPage identityChecked() {
    driver.findElement(By.cssSelector("#desk\\:identity .ui-chkbox-box")).click();
    return this;
  }

  public ReturnDeskPage handOver() {
    driver.findElement(By.id("desk:hand-over")).click();
    Ajax.await(wait);
    return this;
  }

  public String identityError() {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#desk\\:identity-message .ui-message-error-detail")))
        .getText();
  }

  public String messages() {
    return driver.findElement(By.id("desk:messages")).getText();
  }
}
