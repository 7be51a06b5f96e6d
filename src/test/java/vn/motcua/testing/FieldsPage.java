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

/** The administrator's fields: the list, the add form and the rename dialog. */
public final class FieldsPage {

  private static final By ROWS = By.cssSelector("#fields\\:list_data tr");
  private static final By EDITOR = By.id("fields:editor");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private FieldsPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("fields:add")));
  }

  public static FieldsPage open(WebDriver driver, URL base) {
    driver.get(base + "admin/fields.xhtml");
    return new FieldsPage(driver);
  }

  /** Adds a field and waits for the page's answer: a message, or an error on a field. */
  public FieldsPage add(String name, String code) {
    type("fields:newName", name);
    type("fields:newCode", code);
    WebElement panel = driver.findElement(By.id("fields:add-panel"));
    driver.findElement(By.id("fields:add")).click();
    wait.until(ExpectedConditions.stalenessOf(panel)); // the answer replaces the form
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#fields\\:messages .ui-messages-info-summary")),
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#fields\\:add-panel .ui-message-error-detail"))));
    return this;
  }

  /** The error shown beside the add form's fields, or "" when none. */
  public String addError() {
    List<WebElement> errors =
        driver.findElements(By.cssSelector("#fields\\:add-panel .ui-message-error-detail"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  /** Every row's text, across the list's pages. */
  public List<String> rowTexts() {
    return driver.findElements(ROWS).stream().map(WebElement::getText).toList();
  }

  /** Renames the row whose text contains {@code name}; waits for the dialog to close. */
  public FieldsPage rename(String name, String newName) {
    driver.findElements(ROWS).stream()
        .filter(r -> r.getText().contains(name))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector(".mc-edit"))
        .click();
    wait.until(ExpectedConditions.attributeContains(EDITOR, "aria-hidden", "false"));
    type("fields:editedName", newName);
    driver.findElement(By.id("fields:save")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(EDITOR));
    return this;
  }

  private void type(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }
}
