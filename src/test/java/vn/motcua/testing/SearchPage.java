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

  public List<String> codes() {
    return driver.findElements(By.cssSelector("#search\\:list_data tr .mc-code")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
