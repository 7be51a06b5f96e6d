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

/** A center director's search of the center's dossiers. */
public final class SearchPage {

  private final WebDriver driver;
  private final WebDriverWait wait;

  private SearchPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:list")));
  }

  public static SearchPage open(WebDriver driver, URL base) {
    driver.get(base + "center/search.xhtml");
    return new SearchPage(driver);
  }

  /** Types into a criterion's field (code, applicant, procedure) and presses Enter. */
  public SearchPage by(String field, String text) {
    WebElement input = driver.findElement(By.id("search:" + field));
    input.clear();
    input.sendKeys(text, Keys.ENTER);
    Ajax.await(wait);
    return this;
  }

  /** Sets the period of reception, both days in (dd/MM/yyyy). */
  public SearchPage period(String from, String to) {
    for (var field : List.of(List.of("from", from), List.of("to", to))) {
      WebElement input = driver.findElement(By.id("search:" + field.get(0) + "_input"));
      input.clear();
      input.sendKeys(field.get(1), Keys.TAB);
    }
    return this;
  }

  /** Presses the tracking book's button of a format ({@code pdf} or {@code xlsx}). */
  public SearchPage trackingBook(String format) {
    // A plain submit, not ajax: the answer is the file, or the page again with a message.
    driver.findElement(By.id("search:book-" + format)).click();
    return this;
  }

  /** The error messages above the list, waiting for them. */
  public String messages() {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search\\:messages .ui-messages-error")))
        .getText();
  }

  public List<String> codes() {
    return driver.findElements(By.cssSelector("#search\\:list_data tr .mc-code")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
