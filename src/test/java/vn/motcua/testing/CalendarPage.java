package vn.motcua.testing;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator's calendar year view. */
public final class CalendarPage {

  private static final By TITLE = By.cssSelector("#calendar h1");
  private static final By EDITOR = By.id("calendar:editor");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private CalendarPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // Ajax replaces the year under our feet: read it again instead of failing.
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.visibilityOfElementLocated(TITLE));
  }

  /** The calendar page the browser is on. */
  public static CalendarPage current(WebDriver driver) {
    return new CalendarPage(driver);
  }

  public static CalendarPage open(WebDriver driver, URL base) {
    driver.get(base + "admin/calendar.xhtml");
    return new CalendarPage(driver);
  }

  public int year() {
    String title = driver.findElement(TITLE).getText();
    return Integer.parseInt(title.substring(title.length() - 4));
  }

  /** Steps to {@code year} with the previous/next buttons. */
  public CalendarPage showYear(int year) {
    while (year() != year) {
      String before = driver.findElement(TITLE).getText();
      driver.findElement(By.id(year() < year ? "calendar:next" : "calendar:previous")).click();
      wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(TITLE, before)));
    }
    return this;
  }

  /** The style of a day's cell: mc-day-off, mc-day-makeup, mc-day-weekend or mc-day-working. */
  public String dayStyle(LocalDate date) {
    return day(date).findElement(By.xpath("..")).getAttribute("class");
  }

  /** Makes a day an exception with this name, typing it and pressing Enter. */
  public CalendarPage setDay(LocalDate date, String name) {
    String style = dayStyle(date);
    openEditor(date);
    WebElement field = driver.findElement(By.id("calendar:name"));
    field.clear();
    field.sendKeys(name, Keys.ENTER);
    return awaitStyleChangeFrom(date, style);
  }

  /** Gives a day back to its week. */
  public CalendarPage removeDay(LocalDate date) {
    String style = dayStyle(date);
    openEditor(date);
    driver.findElement(By.id("calendar:remove")).click();
    return awaitStyleChangeFrom(date, style);
  }

  /** Submits an empty name and returns the message shown next to the field. */
  public String saveWithoutName(LocalDate date) {
    openEditor(date);
    driver.findElement(By.id("calendar:name")).clear();
    driver.findElement(By.id("calendar:save")).click();
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#calendar\\:editor .ui-message-error")))
        .getText();
  }

  private void openEditor(LocalDate date) {
    day(date).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(EDITOR));
    wait.until(ExpectedConditions.attributeContains(EDITOR, "aria-hidden", "false"));
  }

  private CalendarPage awaitStyleChangeFrom(LocalDate date, String style) {
    wait.until(d -> !dayStyle(date).equals(style));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(EDITOR));
    return this;
  }

  private WebElement day(LocalDate date) {
    return driver.findElement(By.cssSelector("a[data-date='" + date + "']"));
  }
}
