package vn.motcua.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** PrimeFaces select menus, as a user picks from them. */
public final class Menus {

  private Menus() {}

  /**
   * Opens the menu (by its client id) and clicks the option with this label, until the menu shows
   * it (the panel's animation may swallow a click).
   */
  public static void choose(WebDriver driver, String menuId, String label) {
    String css = menuId.replace(":", "\\:");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              if (!d.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                d.findElement(By.id(menuId)).click();
              }
              d.findElement(By.cssSelector("#" + css + "_panel li[data-label=\"" + label + "\"]"))
                  .click();
              return d.findElement(By.id(menuId + "_label")).getText().equals(label);
            });
  }
}
