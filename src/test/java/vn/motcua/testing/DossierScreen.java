package vn.motcua.testing;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A dossier's page, or the "not found" it shows for a dossier of another unit. */
public final class DossierScreen {

  private final WebDriver driver;

  DossierScreen(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("code")),
                ExpectedConditions.visibilityOfElementLocated(By.id("not-found"))));
  }

  public static DossierScreen open(WebDriver driver, URL base, String code) {
    driver.get(base + "work/dossier.xhtml?code=" + code);
    return new DossierScreen(driver);
  }

  public boolean found() {
    return driver.findElements(By.id("not-found")).isEmpty();
  }

  public String code() {
    return driver.findElement(By.id("code")).getText();
  }

  public String applicantName() {
    return driver.findElement(By.id("applicant-name")).getText();
  }

  /** Each step's row as it reads. */
  public List<String> steps() {
    return driver.findElements(By.cssSelector("#dossier\\:steps_data tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The history, newest first, as the timeline reads. */
  public String history() {
    return driver.findElement(By.id("history")).getText();
  }
}
