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
 * The administrator's portal simulator: the mode now, the fault form, the arrivals (newest first)
 * with their filters, and the dialog that shows an arrival's item.
 */
public final class PortalSimulatorPage {

  private static final By ROWS = By.cssSelector("#simulator\\:list_data tr[data-ri]");
  private static final By ITEM = By.id("simulator:item");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private PortalSimulatorPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("simulator:list")));
  }

  public static PortalSimulatorPage open(WebDriver driver, URL base) {
    driver.get(base + "admin/portal-simulator.xhtml");
    return new PortalSimulatorPage(driver);
  }

  /** Follows the home page's link, as an administrator finds the page. */
  public static PortalSimulatorPage fromHome(WebDriver driver) {
    driver.findElement(By.cssSelector("a[id$='portal-simulator-link']")).click();
    return new PortalSimulatorPage(driver);
  }

  /** The mode now, as the page shows it. */
  public String mode() {
    return driver.findElement(By.id("mode-now")).getText();
  }

  /** The bounds of the mode shown (until, calls left, delay). */
  public String modeDetails() {
    return driver.findElement(By.id("simulator:mode-panel")).getText();
  }

  /** Chooses a fault mode by its label, types a number of calls and applies it. */
  public PortalSimulatorPage failFor(String modeLabel, int calls) {
    choose("fault-mode", modeLabel);
    driver
        .findElement(By.xpath("//div[@id='simulator:bound']//label[normalize-space(.)='lần gọi']"))
        .click();
    WebElement amount = driver.findElement(By.id("simulator:amount_input"));
    amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(calls), Keys.ENTER);
    awaitAjax();
    wait.until(d -> d.findElement(By.id("mode-now")).getText().equals(modeLabel));
    return this;
  }

  /** Presses "back to normal" and waits for the mode to show it. */
  public PortalSimulatorPage restore(String normalLabel) {
    driver.findElement(By.id("simulator:restore")).click();
    awaitAjax();
    wait.until(d -> d.findElement(By.id("mode-now")).getText().equals(normalLabel));
    return this;
  }

  /** Types a dossier code in the filter and presses Enter. */
  public PortalSimulatorPage filterByDossier(String code) {
    WebElement field = driver.findElement(By.id("simulator:dossier"));
    field.clear();
    field.sendKeys(code, Keys.ENTER);
    awaitAjax();
    return this;
  }

  public List<String> rowTexts() {
    return driver.findElements(ROWS).stream().map(WebElement::getText).toList();
  }

  /** Waits until the list shows exactly this many rows. */
  public PortalSimulatorPage awaitRowCount(int count) {
    wait.until(d -> rowTexts().size() == count);
    return this;
  }

  /** Opens the item of the row at this index (0: the newest) and returns the text shown. */
  public String showItem(int row) {
    driver.findElements(ROWS).get(row).findElement(By.cssSelector(".mc-show")).click();
    wait.until(ExpectedConditions.attributeContains(ITEM, "aria-hidden", "false"));
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-json"))).getText();
  }

  /** Closes the item's dialog with Escape. */
  public PortalSimulatorPage closeItemWithEscape() {
    driver.findElement(By.id("item-json")).sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(ITEM));
    return this;
  }

  /**
   * Opens a menu and clicks the option with this label, until the menu is closed and shows it (the
   * panel's animation may swallow a click).
   */
  private void choose(String menu, String label) {
    By shown = By.id("simulator:" + menu + "_label");
    By panel = By.id("simulator:" + menu + "_panel");
    By item =
        By.cssSelector(
            "#simulator\\:"
                + menu
                + "_panel li.ui-selectonemenu-item[data-label=\""
                + label
                + "\"]");
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
                d.findElement(By.id("simulator:" + menu)).click();
                return false;
              }
              d.findElements(item).stream()
                  .filter(WebElement::isDisplayed)
                  .findFirst()
                  .ifPresent(WebElement::click);
              return false;
            });
  }

  private void awaitAjax() {
    Ajax.await(wait);
  }
}
