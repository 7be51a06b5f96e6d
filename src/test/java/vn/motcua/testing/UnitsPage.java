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

/** The administrator's list of units and the dialog that edits one. */
public final class UnitsPage {

  private static final By ROWS = By.cssSelector("#units\\:list_data tr");
  private static final By EDITOR = By.id("units:editor");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private UnitsPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // Ajax replaces the table under our feet: read it again instead of failing.
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("units:list")));
  }

  public static UnitsPage open(WebDriver driver, URL base) {
    driver.get(base + "admin/units.xhtml");
    return new UnitsPage(driver);
  }

  /** Types words of a name and presses Enter; waits for the list to show only matching rows. */
  public UnitsPage search(String name) {
    WebElement field = driver.findElement(By.id("units:name"));
    field.clear();
    field.sendKeys(name, Keys.ENTER);
    wait.until(d -> rowTexts().stream().allMatch(text -> text.contains(name)));
    return this;
  }

  public List<String> rowTexts() {
    return driver.findElements(ROWS).stream().map(WebElement::getText).toList();
  }

  /** Waits until a row shows every one of these texts. */
  public UnitsPage awaitRow(String... parts) {
    wait.until(
        d -> rowTexts().stream().anyMatch(row -> List.of(parts).stream().allMatch(row::contains)));
    return this;
  }

  /** Opens the editor of the row whose text contains {@code name}. */
  public UnitsPage edit(String name) {
    WebElement row =
        driver.findElements(ROWS).stream()
            .filter(r -> r.getText().contains(name))
            .findFirst()
            .orElseThrow();
    row.findElement(By.cssSelector(".mc-edit")).click();
    wait.until(ExpectedConditions.attributeContains(EDITOR, "aria-hidden", "false"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(EDITOR, name));
    return this;
  }

  /**
   * Opens a reception point under the center named {@code center}; waits for the answer: the dialog
   * closes, or shows an error.
   */
  public UnitsPage openReceptionPoint(
      String code, String name, String center, String electronicId) {
    driver.findElement(By.id("units:open")).click();
    By opener = By.id("units:opener");
    wait.until(ExpectedConditions.attributeContains(opener, "aria-hidden", "false"));
    type("units:newCode", code);
    type("units:newName", name);
    driver.findElement(By.id("units:newParent")).click();
    WebElement filter =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("units:newParent_filter")));
    filter.sendKeys(center);
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#units\\:newParent_panel li[data-label='" + center + "']")))
        .click();
    type("units:newElectronicId", electronicId);
    WebElement body = driver.findElement(By.id("units:opener-body"));
    driver.findElement(By.id("units:openSave")).click();
    wait.until(ExpectedConditions.stalenessOf(body));
    return this;
  }

  /** The error the opening dialog shows beside a field, or "" when none. */
  public String openerError() {
    List<WebElement> errors =
        driver.findElements(By.cssSelector("#units\\:opener .ui-message-error-detail"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  /**
   * Closes the unit of the row whose text contains {@code name}, confirming; returns the message.
   */
  public String close(String name) {
    WebElement messages = driver.findElement(By.id("units:messages"));
    driver.findElements(ROWS).stream()
        .filter(r -> r.getText().contains(name))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector(".mc-close"))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    wait.until(ExpectedConditions.stalenessOf(messages)); // the answer replaces the messages
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(
                    "#units\\:messages .ui-messages-info-summary,"
                        + " #units\\:messages .ui-messages-error-summary")))
        .getText();
  }

  private void type(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  public UnitsPage phone(String phone) {
    WebElement field = driver.findElement(By.id("units:phone"));
    field.clear();
    field.sendKeys(phone);
    return this;
  }

  /** Saves and waits for the dialog to close. */
  public UnitsPage save() {
    driver.findElement(By.id("units:save")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(EDITOR));
    return this;
  }

  /** Saves, expecting a refusal; returns the message the dialog shows. */
  public String saveRefused() {
    driver.findElement(By.id("units:save")).click();
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(
                    "#units\\:editor .ui-message-error-detail, #units\\:editor .ui-messages-error-summary")))
        .getText();
  }
}
