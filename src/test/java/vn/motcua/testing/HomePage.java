package vn.motcua.testing;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The home page of a signed-in user: a greeting and one card per role. */
public final class HomePage {

  private final WebDriver driver;

  HomePage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
  }

  public String greeting() {
    return driver.findElement(By.id("greeting")).getText();
  }

  public String signedInUser() {
    return driver.findElement(By.id("current-user")).getText();
  }

  public String unit() {
    return driver.findElement(By.id("current-unit")).getText();
  }

  public List<String> roleTitles() {
    return driver.findElements(By.cssSelector(".mc-role-card .ui-card-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Signs out and lands on the login page. */
  public LoginPage logout(URL base) {
    driver.findElement(By.id("shell:logout")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("/login.xhtml"));
    return LoginPage.open(driver, base, "home.xhtml");
  }
}
