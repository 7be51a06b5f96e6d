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
  private final WebDriverWait wait;

  DossierScreen(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.until(
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

  /** The actions offered, by their code (START_STEP, FORWARD...). */
  public List<String> actions() {
    return driver.findElements(By.cssSelector(".mc-action")).stream()
        .map(
            button ->
                List.of(button.getAttribute("class").split(" ")).stream()
                    .filter(c -> c.startsWith("mc-action-"))
                    .findFirst()
                    .orElseThrow()
                    .substring("mc-action-".length()))
        .toList();
  }

  /** Opens the dialog of an action (by its code). */
  public DossierScreen act(String action) {
    driver.findElement(By.cssSelector(".mc-action-" + action)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-name")));
    return this;
  }

  public DossierScreen note(String text) {
    WebElement field = driver.findElement(By.id("dossier:note"));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  public DossierScreen result(String name, String number) {
    driver.findElement(By.id("dossier:resultName")).sendKeys(name);
    driver.findElement(By.id("dossier:resultNumber")).sendKeys(number);
    return this;
  }

  /** Types the new appointment of an apology (dd/MM/yyyy HH:mm). */
  public DossierScreen appointment(String dateTime) {
    WebElement field = driver.findElement(By.id("dossier:appointment_input"));
    field.clear();
    field.sendKeys(dateTime);
    return this;
  }

  /** Ticks a document of the checklist in the supplement's dialog (numbered from 1). */
  public DossierScreen supplied(int position) {
    driver
        .findElement(By.cssSelector("label[for='dossier:supplied:" + (position - 1) + "']"))
        .click();
    return this;
  }

  /** Chooses whom to give the step to, by the label the menu shows. */
  public DossierScreen assignee(String label) {
    Menus.choose(driver, "dossier:assignee", label);
    return this;
  }

  /** Where the link to one of the dossier's slips leads (receipt, refusal, apology, ...). */
  public String slipLink(String slip) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("slip-" + slip)))
        .getAttribute("href");
  }

  /** Uploads the signed result's file in the finish dialog; waits until its name shows. */
  public DossierScreen resultFile(java.nio.file.Path file) {
    driver
        .findElement(By.id("dossier:resultUpload_input"))
        .sendKeys(file.toAbsolutePath().toString());
    wait.until(d -> !d.findElement(By.id("result-file-name")).getText().isBlank());
    return this;
  }

  /** Confirms the dialog and waits for the answer. */
  public DossierScreen confirm() {
    driver.findElement(By.id("dossier:perform")).click();
    Ajax.await(wait);
    return this;
  }

  public String messages() {
    return driver.findElement(By.id("dossier:messages")).getText();
  }

  public String noteError() {
    return fieldError("note");
  }

  /** The error next to a field of the dialog, waiting for it. */
  public String fieldError(String field) {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#dossier\\:" + field + "-message .ui-message-error-detail")))
        .getText();
  }

  public String status() {
    return driver.findElement(By.id("status")).getText();
  }

  /** The history, newest first, as the timeline reads. */
  public String history() {
    return driver.findElement(By.id("history")).getText();
  }
}
