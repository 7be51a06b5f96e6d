package vn.motcua.testing;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's staff accounts: the list with its filters, and the dialogs that create an
 * account, edit one and reset its password.
 */
public final class StaffPage {

  /** Rows of accounts; the row saying that none matches has no index. */
  private static final By ROWS = By.cssSelector("#staff\\:list_data tr[data-ri]");

  private static final By CREATOR = By.id("staff:creator");
  private static final By EDITOR = By.id("staff:editor");
  private static final By PASSWORD_DIALOG = By.id("staff:password-dialog");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private StaffPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // Ajax replaces the table under our feet: read it again instead of failing.
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff:list")));
  }

  public static StaffPage open(WebDriver driver, URL base) {
    driver.get(base + "admin/staff.xhtml");
    return new StaffPage(driver);
  }

  /** Types words of a name or login name, presses Enter and waits for the answer. */
  public StaffPage search(String text) {
    WebElement field = driver.findElement(By.id("staff:text"));
    field.clear();
    field.sendKeys(text, Keys.ENTER);
    awaitAjax();
    return this;
  }

  /**
   * Chooses an option of a filter menu ({@code unit-filter}, {@code role-filter}, {@code
   * enabled-filter}) by its label; the next search applies it.
   */
  public StaffPage filter(String menu, String label) {
    choose(menu, label);
    return this;
  }

  public List<String> rowTexts() {
    return driver.findElements(ROWS).stream().map(WebElement::getText).toList();
  }

  /** Waits until the list shows exactly this many rows. */
  public StaffPage awaitRowCount(int count) {
    wait.until(d -> rowTexts().size() == count);
    return this;
  }

  /** Waits until a row shows every one of these texts. */
  public StaffPage awaitRow(String... parts) {
    wait.until(
        d -> rowTexts().stream().anyMatch(row -> List.of(parts).stream().allMatch(row::contains)));
    return this;
  }

  /** Opens the dialog that creates an account. */
  public StaffPage startCreate() {
    driver.findElement(By.id("staff:new")).click();
    awaitOpen(CREATOR);
    return this;
  }

  public StaffPage username(String username) {
    type(By.id("staff:username"), username);
    return this;
  }

  public StaffPage fullName(String fullName) {
    type(By.id("staff:fullName"), fullName);
    return this;
  }

  /** Chooses a unit in the create dialog. */
  public StaffPage unit(String name) {
    choose("unit", name);
    return this;
  }

  /** Ticks a role, by its label, in the create dialog. */
  public StaffPage role(String label) {
    driver
        .findElement(By.id("staff:roles"))
        .findElement(By.xpath(".//label[normalize-space(.)='" + label + "']"))
        .click();
    return this;
  }

  public StaffPage password(String password) {
    type(By.cssSelector("#staff\\:password input, input#staff\\:password"), password);
    return this;
  }

  /** Creates the account and waits for the dialog to close. */
  public StaffPage create() {
    driver.findElement(By.id("staff:create")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(CREATOR));
    return this;
  }

  /** Creates, expecting a refusal; returns the message shown next to {@code field}. */
  public String createRefused(String field) {
    driver.findElement(By.id("staff:create")).click();
    awaitAjax();
    return fieldMessage(field);
  }

  /** Opens the editor of the row that shows {@code username}. */
  public StaffPage edit(String username) {
    row(username).findElement(By.cssSelector(".mc-edit")).click();
    awaitOpen(EDITOR);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(EDITOR, username));
    return this;
  }

  public StaffPage editFullName(String fullName) {
    type(By.id("staff:edit-fullName"), fullName);
    return this;
  }

  /**
   * Saves the editor, expecting a refusal; returns the message the dialog shows above its fields.
   */
  public String saveRefused() {
    driver.findElement(By.id("staff:save")).click();
    awaitAjax();
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#staff\\:editor .ui-messages-error-summary")))
        .getText();
  }

  /** Opens the password dialog of the row that shows {@code username}. */
  public StaffPage startPasswordReset(String username) {
    row(username).findElement(By.cssSelector(".mc-reset")).click();
    awaitOpen(PASSWORD_DIALOG);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(PASSWORD_DIALOG, username));
    return this;
  }

  /** Types the new password in the open password dialog. */
  public StaffPage newPassword(String password) {
    type(By.cssSelector("#staff\\:new-password input, input#staff\\:new-password"), password);
    return this;
  }

  /** Ticks "reset the second factor too" in the open password dialog (a lost phone). */
  public StaffPage secondFactorToo() {
    driver.findElement(By.cssSelector("#staff\\:second-factor-too .ui-chkbox-box")).click();
    return this;
  }

  /** Resets the password and waits for the dialog to close. */
  public StaffPage resetPassword() {
    driver.findElement(By.id("staff:reset")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(PASSWORD_DIALOG));
    return this;
  }

  /** Resets, expecting a refusal; returns the message shown next to the password. */
  public String resetPasswordRefused() {
    driver.findElement(By.id("staff:reset")).click();
    awaitAjax();
    return fieldMessage("new-password");
  }

  /** Clicks the disable (or enable) button of the row that shows {@code username}. */
  public StaffPage toggleEnabled(String username) {
    row(username).findElement(By.cssSelector(".mc-toggle")).click();
    awaitAjax();
    return this;
  }

  /** Whether the disable (or enable) button of that row can be clicked. */
  public boolean canToggleEnabled(String username) {
    return row(username).findElement(By.cssSelector(".mc-toggle")).isEnabled();
  }

  /** The information or error shown above the list. */
  public String message() {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#staff\\:messages .ui-messages-info-summary")))
        .getText();
  }

  private String fieldMessage(String field) {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#staff\\:" + field + "-message .ui-message-error-detail")))
        .getText();
  }

  /**
   * Opens a menu, types the label in its filter if it has one, and clicks the option with this
   * label, until the menu is closed and shows it. Typing in the filter highlights an option and
   * shows its label before it is chosen; the panel's animation may swallow a click.
   */
  private void choose(String menu, String label) {
    By shown = By.id("staff:" + menu + "_label");
    By panel = By.id("staff:" + menu + "_panel");
    By filter = By.id("staff:" + menu + "_filter");
    By item =
        By.cssSelector(
            "#staff\\:" + menu + "_panel li.ui-selectonemenu-item[data-label=\"" + label + "\"]");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              if (!d.findElement(panel).isDisplayed()) {
                if (d.findElement(shown).getText().equals(label)) {
                  return true;
                }
                d.findElement(By.id("staff:" + menu)).click();
                return false;
              }
              List<WebElement> filters = d.findElements(filter);
              if (!filters.isEmpty() && !label.equals(filters.get(0).getDomProperty("value"))) {
                filters.get(0).clear();
                filters.get(0).sendKeys(label);
                return false;
              }
              d.findElements(item).stream()
                  .filter(WebElement::isDisplayed)
                  .findFirst()
                  .ifPresent(WebElement::click);
              return false;
            });
  }

  private WebElement row(String username) {
    return wait.until(
        d ->
            d.findElements(ROWS).stream()
                .filter(
                    r ->
                        r.findElements(By.cssSelector(".mc-username")).stream()
                            .anyMatch(u -> u.getText().equals(username)))
                .findFirst()
                .orElse(null));
  }

  private void type(By locator, String text) {
    WebElement field = driver.findElement(locator);
    field.clear();
    field.sendKeys(text);
  }

  private void awaitOpen(By dialog) {
    wait.until(ExpectedConditions.attributeContains(dialog, "aria-hidden", "false"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(dialog));
  }

  /** Waits until PrimeFaces has no ajax request queued or running. */
  private void awaitAjax() {
    Ajax.await(wait);
  }
}
