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

/**
 * The auditor's verification of the audit trail: choose what to verify, verify, read the result; or
 * seal the trail now.
 */
public final class AuditChainsPage {

  /** One broken chain as the table shows it. */
  public record Break(String subjectId, int seq, String reason) {}

  private final WebDriver driver;
  private final WebDriverWait wait;

  private AuditChainsPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chains:verify")));
  }

  public static AuditChainsPage open(WebDriver driver, URL base) {
    driver.get(base + "audit/chains.xhtml");
    return new AuditChainsPage(driver);
  }

  /** Verifies one kind of subject ({@code null}: all), optionally one subject of it. */
  public AuditChainsPage verify(String subjectType, String subjectId) {
    if (subjectType != null) {
      Menus.choose(driver, "chains:subjectType", subjectType);
    }
    WebElement id = driver.findElement(By.id("chains:subjectId"));
    id.clear();
    if (subjectId != null) {
      id.sendKeys(subjectId);
    }
    driver.findElement(By.id("chains:verify")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
    Ajax.await(wait);
    return this;
  }

  /** Seals the trail now; returns the message that says which seal was written. */
  public String seal() {
    driver.findElement(By.id("chains:seal")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#chains\\:messages .ui-messages-info")));
    Ajax.await(wait);
    return driver.findElement(By.id("chains:messages")).getText();
  }

  public String summary() {
    return driver.findElement(By.id("summary")).getText();
  }

  /** Whether the summary is shown as a whole trail (green) rather than a broken one. */
  public boolean whole() {
    return driver.findElement(By.id("summary")).getAttribute("class").contains("mc-balanced");
  }

  public List<Break> breaks() {
    return driver.findElements(By.cssSelector("#chains\\:breaks_data tr[data-ri]")).stream()
        .map(
            row ->
                new Break(
                    row.findElement(By.className("mc-break-subject")).getText(),
                    Integer.parseInt(row.findElement(By.className("mc-break-seq")).getText()),
                    row.findElement(By.className("mc-break-reason")).getAttribute("data-reason")))
        .toList();
  }
}
