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

/** The administrator's procedure editor: its tabs, its row inputs, save, and the history. */
public final class ProcedureEditorPage {

  private static final By SAVE = By.id("procedure:save");
  private static final By TOTAL = By.cssSelector(".mc-budget-total");
  private static final By MESSAGES =
      By.cssSelector(
          "#procedure\\:messages .ui-messages-info-summary,"
              + " #procedure\\:messages .ui-messages-error-summary");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private ProcedureEditorPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.elementToBeClickable(SAVE));
  }

  public static ProcedureEditorPage open(WebDriver driver, URL base, String code) {
    driver.get(base + "admin/procedure.xhtml?code=" + code);
    return new ProcedureEditorPage(driver);
  }

  /** Opens the procedure from the list, found by words of its name typed without diacritics. */
  public static ProcedureEditorPage find(WebDriver driver, URL base, String words, String code) {
    driver.get(base + "admin/procedures.xhtml");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.id("procedures:text")));
    text.sendKeys(words, Keys.ENTER);
    By row =
        By.xpath("//tbody[@id='procedures:list_data']/tr[td[1][normalize-space()='" + code + "']]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    driver.findElement(row).findElement(By.cssSelector("a.mc-procedure-link")).click();
    return new ProcedureEditorPage(driver);
  }

  /** An empty editor for a new procedure. */
  public static ProcedureEditorPage openNew(WebDriver driver, URL base) {
    driver.get(base + "admin/procedure.xhtml");
    return new ProcedureEditorPage(driver);
  }

  /** Types into a field of the general tab, by its id. */
  public ProcedureEditorPage typeGeneral(String id, String value) {
    WebElement field = driver.findElement(By.cssSelector("[id$=':" + id + "']"));
    field.clear();
    field.sendKeys(value);
    return this;
  }

  /** The error shown under a field of the general tab, or "" when none. */
  public String generalError(String id) {
    WebElement field = driver.findElement(By.cssSelector("[id$=':" + id + "']"));
    List<WebElement> errors =
        field.findElements(
            By.xpath("./following-sibling::span[contains(@class,'mc-field-error')]"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  public String heading() {
    return driver.findElement(By.id("heading")).getText();
  }

  /** Shows a tab by its title. */
  public ProcedureEditorPage tab(String title) {
    By header = By.xpath("//*[@role='tab'][normalize-space()='" + title + "']");
    driver.findElement(header).click();
    wait.until(d -> "true".equals(d.findElement(header).getAttribute("aria-selected")));
    return this;
  }

  /** Whether a tab's title is marked as holding an error. */
  public boolean tabMarked(String title) {
    return driver
        .findElement(By.xpath("//li[*[@role='tab'][normalize-space()='" + title + "']]"))
        .getAttribute("class")
        .contains("mc-tab-error");
  }

  /** Types into an input of a row: {@code table} steps, fees..., {@code input} its id. */
  public ProcedureEditorPage type(String table, int row, String input, String value) {
    WebElement field = input(table, row, input);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(value, Keys.TAB);
    return this;
  }

  /** Types a step's budget in hours and waits for the total to follow. */
  public ProcedureEditorPage stepBudget(int row, String hours, String expectedTotal) {
    type("steps", row, "budget_input", hours);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(TOTAL, expectedTotal));
    return this;
  }

  public String budgetTotal() {
    return driver.findElement(TOTAL).getText();
  }

  /** Adds a row to a table with its footer button and waits for it. */
  public ProcedureEditorPage addRow(String table) {
    int before = rows(table).size();
    driver.findElement(By.cssSelector("[id$=':" + table + ":add']")).click();
    wait.until(d -> rows(table).size() == before + 1);
    return this;
  }

  /** The text of the error shown in a row's cell, or "" when none. */
  public String rowError(String table, int row, String input) {
    WebElement cell = input(table, row, input).findElement(By.xpath("./ancestor::td[1]"));
    List<WebElement> errors = cell.findElements(By.cssSelector(".mc-field-error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  /** Saves and returns the message the page shows. */
  public String save() {
    List<WebElement> old = driver.findElements(MESSAGES);
    driver.findElement(SAVE).click();
    if (!old.isEmpty()) {
      wait.until(ExpectedConditions.stalenessOf(old.get(0)));
    }
    return wait.until(ExpectedConditions.visibilityOfElementLocated(MESSAGES)).getText();
  }

  /** The rows of the history's change log. */
  public List<String> changes() {
    tab("Lịch sử");
    return driver.findElements(By.cssSelector("[id$=':changes_data'] tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<WebElement> rows(String table) {
    return driver.findElements(By.cssSelector("[id$=':" + table + "_data'] tr[data-ri]"));
  }

  private WebElement input(String table, int row, String input) {
    return driver.findElement(By.cssSelector("[id$=':" + table + ":" + row + ":" + input + "']"));
  }
}
