package vn.motcua.testing;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The work inbox: role, filters, tabs with counts, rows, and a head's bulk assignment. */
public final class InboxPage {

  private static final By ROWS = By.cssSelector("#inbox\\:list_data tr[data-ri]");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private InboxPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox:list")));
  }

  public static InboxPage open(WebDriver driver, URL base) {
    driver.get(base + "work/inbox.xhtml");
    return new InboxPage(driver);
  }

  /** The count a tab shows (ALL, MINE, DUE_SOON, OVERDUE). */
  public long count(String tab) {
    return Long.parseLong(
        driver.findElement(By.cssSelector(".mc-tab-" + tab + " .mc-count")).getText().strip());
  }

  public InboxPage tab(String tab) {
    driver.findElement(By.cssSelector(".mc-tab-" + tab)).click();
    Ajax.await(wait);
    return this;
  }

  /** Chooses the role whose inbox to show, by its label. */
  public InboxPage role(String label) {
    choose("role", label);
    Ajax.await(wait);
    return this;
  }

  private void choose(String menu, String label) {
    Menus.choose(driver, "inbox:" + menu, label);
  }

  /** The row of a dossier, paging forward until it shows. */
  public Optional<WebElement> row(String code) {
    while (true) {
      Optional<WebElement> row =
          driver.findElements(ROWS).stream().filter(r -> r.getText().contains(code)).findFirst();
      if (row.isPresent()) {
        return row;
      }
      List<WebElement> next =
          driver.findElements(By.cssSelector("#inbox\\:list .ui-paginator-next"));
      if (next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
        return Optional.empty();
      }
      next.get(0).click();
      Ajax.await(wait);
    }
  }

  /** Ticks the row of a dossier for a bulk action. */
  public InboxPage select(String code) {
    row(code)
        .orElseThrow(() -> new AssertionError(code + " is not in the inbox"))
        .findElement(By.cssSelector(".ui-chkbox-box"))
        .click();
    Ajax.await(wait);
    return this;
  }

  /** Gives the selected rows to a colleague, chosen by full name. */
  public InboxPage assignTo(String fullName) {
    choose("assignee", fullName);
    driver.findElement(By.id("inbox:assign")).click();
    Ajax.await(wait);
    return this;
  }

  /** Follows the code of a dossier's row to its page. */
  public DossierScreen openDossier(String code) {
    row(code)
        .orElseThrow(() -> new AssertionError(code + " is not in the inbox"))
        .findElement(By.cssSelector(".mc-dossier-link"))
        .click();
    return new DossierScreen(driver);
  }

  public String messages() {
    return driver.findElement(By.id("inbox:messages")).getText();
  }
}
