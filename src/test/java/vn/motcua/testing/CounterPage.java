package vn.motcua.testing;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A receiving clerk's counter: the procedure autocomplete, the applicant look-up, the checklist
 * with its scans, and the receipt. Driven on the keyboard where a clerk would be.
 */
public final class CounterPage {

  private static final By CHECKBOXES = By.cssSelector("[id$=':received'] .ui-chkbox-box");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private CounterPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // Ajax replaces parts of the form under our feet: read them again instead of failing.
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("counter:procedure_input")));
  }

  public static CounterPage open(WebDriver driver, URL base) {
    driver.get(base + "reception/counter.xhtml");
    return new CounterPage(driver);
  }

  /** Types words, waits for the suggestions, and picks the one showing {@code code} by keyboard. */
  public CounterPage procedure(String words, String code) {
    WebElement field = driver.findElement(By.id("counter:procedure_input"));
    field.sendKeys(words);
    By suggestion =
        By.cssSelector("#counter\\:procedure_panel li.ui-autocomplete-item[data-item-value]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(suggestion));
    List<String> values =
        driver.findElements(suggestion).stream()
            .map(li -> li.getAttribute("data-item-value"))
            .toList();
    int index = values.indexOf(code);
    if (index < 0) {
      throw new AssertionError(code + " not among the suggestions " + values);
    }
    for (int i = 0; i < index; i++) {
      field.sendKeys(Keys.ARROW_DOWN);
    }
    field.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("procedure-name")));
    awaitAjax();
    return this;
  }

  /** The codes the autocomplete suggests for these words. */
  public List<String> suggestions(String words) {
    WebElement field = driver.findElement(By.id("counter:procedure_input"));
    field.clear();
    field.sendKeys(words);
    By suggestion =
        By.cssSelector("#counter\\:procedure_panel li.ui-autocomplete-item[data-item-value]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(suggestion));
    return driver.findElements(suggestion).stream()
        .map(li -> li.getAttribute("data-item-value"))
        .toList();
  }

  public String procedureName() {
    return driver.findElement(By.id("procedure-name")).getText();
  }

  /** Types the ID number and presses Enter: the look-up fills the applicant. */
  public CounterPage lookUp(String idNumber) {
    WebElement field = driver.findElement(By.id("counter:idNumber"));
    field.clear();
    field.sendKeys(idNumber, Keys.ENTER);
    awaitAjax();
    return this;
  }

  public String value(String field) {
    return driver.findElement(By.id("counter:" + field)).getAttribute("value");
  }

  public CounterPage type(String field, String text) {
    WebElement input = driver.findElement(By.id("counter:" + field));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Presses "all documents received". */
  public CounterPage receiveAllDocuments() {
    driver.findElement(By.id("counter:receive-all")).click();
    awaitAjax();
    return this;
  }

  /** Ticks the document in this row (from 0) as received. */
  public CounterPage tick(int row) {
    driver.findElements(CHECKBOXES).get(row).click();
    awaitAjax();
    return this;
  }

  /** Uploads a file as the scan of the document in this row (from 0). */
  public CounterPage upload(int row, Path file) {
    WebElement input = driver.findElement(By.id("counter:checklist:" + row + ":upload_input"));
    input.sendKeys(file.toAbsolutePath().toString());
    // The upload starts a moment after the file is chosen: wait for its answer, kept or refused.
    wait.until(
        d ->
            !scan(row).isEmpty()
                || !d.findElements(By.cssSelector("#counter\\:messages .ui-messages-error"))
                    .isEmpty());
    awaitAjax();
    return this;
  }

  /** The file name shown as the scan of this row, or empty. */
  public String scan(int row) {
    List<WebElement> shown = driver.findElements(By.id("counter:checklist:" + row + ":file"));
    return shown.isEmpty() ? "" : shown.get(0).getText();
  }

  /** Presses Receive; returns the dossier code shown big. */
  public String receive() {
    driver.findElement(By.id("counter:receive")).click();
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code")))
        .getText();
  }

  /** Presses Receive expecting a refusal; waits for the answer. */
  public CounterPage receiveRefused() {
    driver.findElement(By.id("counter:receive")).click();
    awaitAjax();
    return this;
  }

  /** Prints the guidance slip of the missing documents (a download). */
  public CounterPage guidanceSlip() {
    driver.findElement(By.id("counter:guidance-slip")).click(); // a plain submit: the file
    return this;
  }

  public String appointment() {
    return driver.findElement(By.id("receipt-appointment")).getText();
  }

  /** Where the receipt slip's link leads. */
  public String slipLink() {
    return driver.findElement(By.id("counter:receipt-slip")).getAttribute("href");
  }

  /** The messages at the top of the page. */
  public String messages() {
    return driver.findElement(By.id("counter:messages")).getText();
  }

  /** The error next to a field, waiting for it. */
  public String fieldError(String field) {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#counter\\:" + field + "-message .ui-message-error-detail")))
        .getText();
  }

  public String missing() {
    return driver.findElement(By.id("counter:missing")).getText();
  }

  private void awaitAjax() {
    Ajax.await(wait);
  }
}
