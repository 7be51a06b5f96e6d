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

/**
 * The administrator's portal outbox: the counts per state (each a button that filters the list),
 * the dossier code filter, the messages, a message's payload and its retry.
 */
public final class PortalOutboxPage {

  private static final By ROWS = By.cssSelector("#outbox\\:list_data tr[data-ri]");
  private static final By PAYLOAD_DIALOG = By.id("outbox:payload-dialog");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private PortalOutboxPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox:list")));
  }

  public static PortalOutboxPage open(WebDriver driver, URL base) {
    driver.get(base + "admin/portal-outbox.xhtml");
    return new PortalOutboxPage(driver);
  }

  /** The text of the count button of a state, e.g. "Đã dừng: 1". */
  public String count(String stateLabel) {
    return countButton(stateLabel).getText();
  }

  /** Clicks the count of a state: the list shows that state's messages. */
  public PortalOutboxPage showState(String stateLabel) {
    countButton(stateLabel).click();
    Ajax.await(wait);
    return this;
  }

  /** Types (the start of) a dossier code and presses Enter. */
  public PortalOutboxPage searchCode(String code) {
    WebElement field = driver.findElement(By.id("outbox:code-filter"));
    field.clear();
    field.sendKeys(code, Keys.ENTER);
    Ajax.await(wait);
    return this;
  }

  public List<String> rowTexts() {
    return driver.findElements(ROWS).stream().map(WebElement::getText).toList();
  }

  /** Waits until the row of this message shows every one of these texts; returns its text. */
  public String awaitRow(long id, String... parts) {
    return wait.until(
        d -> {
          WebElement row = row(id);
          return row != null && List.of(parts).stream().allMatch(row.getText()::contains)
              ? row.getText()
              : null;
        });
  }

  /** Opens the payload of a message; returns the text the dialog shows. */
  public String payload(long id) {
    wait.until(d -> row(id)).findElement(By.cssSelector(".mc-show")).click();
    wait.until(ExpectedConditions.attributeContains(PAYLOAD_DIALOG, "aria-hidden", "false"));
    String text =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payload"))).getText();
    driver.findElement(By.id("payload")).sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(PAYLOAD_DIALOG));
    return text;
  }

  /** Clicks the retry button of a message; returns the information shown. */
  public String retry(long id) {
    wait.until(d -> row(id)).findElement(By.cssSelector(".mc-retry")).click();
    Ajax.await(wait);
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#outbox\\:messages .ui-messages-info-summary")))
        .getText();
  }

  private WebElement countButton(String stateLabel) {
    return wait.until(
        d ->
            d.findElements(By.cssSelector("#outbox\\:counts button")).stream()
                .filter(b -> b.getText().startsWith(stateLabel + ":"))
                .findFirst()
                .orElse(null));
  }

  private WebElement row(long id) {
    return driver.findElements(ROWS).stream()
        .filter(
            r ->
                r.findElements(By.cssSelector(".mc-outbox-id")).stream()
                    .anyMatch(c -> c.getText().equals(Long.toString(id))))
        .findFirst()
        .orElse(null);
  }
}
