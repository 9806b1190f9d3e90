package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A task screen (ADR 0033) in a person's browser, worked the way a person does: fields found by their visible label,
 * choices by their text, the task done with the form's button. Every screen a test opens is checked with axe-core.
 */
final class Screen {

  static final By HEADING = By.cssSelector("main h1");
  /** The button that does the task on most screens. */
  static final String DO_IT = "Udfør opgaven";
  static final By ERROR_SUMMARY = By.cssSelector(".error-summary");
  static final By RECEIPT = By.cssSelector(".done h1");

  private final Browser browser;

  Screen(Browser browser) {
    this.browser = browser;
  }

  String heading() {
    return browser.visible(HEADING).getText();
  }

  String text() {
    return browser.visible(By.tagName("main")).getText();
  }

  /** The text field, text area or select whose label reads {@code label}. */
  WebElement field(String label) {
    WebElement element = browser.firstVisible(labelled(label));
    String forId = element.getAttribute("for");
    if (forId != null && !forId.isBlank()) {
      return browser.driver.findElement(By.id(forId));
    }
    return element.findElement(By.cssSelector("input, textarea, select"));
  }

  void type(String label, String text) {
    WebElement field = field(label);
    browser.scrollIntoView(field);
    field.clear();
    field.sendKeys(text);
  }

  /** Ticks the radio button or checkbox whose label reads {@code label}. */
  void choose(String label) {
    WebElement field = field(label);
    browser.scrollIntoView(field);
    if (!field.isSelected()) {
      field.click();
    }
    assertThat(field.isSelected()).as("'%s' chosen", label).isTrue();
  }

  /** Ticks the radio button or checkbox whose label starts with {@code text} ("Anna Holm" of "Anna Holm, Region …"). */
  void chooseStartingWith(String text) {
    WebElement label = browser.visible(By.xpath("//main//label[starts-with(normalize-space(.), "
        + Browser.xpathLiteral(text) + ")]"));
    WebElement field = label.findElement(By.cssSelector("input"));
    browser.scrollIntoView(field);
    if (!field.isSelected()) {
      field.click();
    }
    assertThat(field.isSelected()).as("'%s' chosen", text).isTrue();
  }

  /** Chooses an option of a select by the text a person reads (a name, never an id). */
  void select(String label, String option) {
    new Select(field(label)).selectByVisibleText(option);
  }

  void upload(String label, Path file) {
    field(label).sendKeys(file.toAbsolutePath().toString());
  }

  /** Chooses the option whose text starts with {@code text} (a person's name without their organisation, ...). */
  void selectStartingWith(String fieldId, String text) {
    Select select = new Select(browser.driver.findElement(By.id(fieldId)));
    WebElement option = select.getOptions().stream().filter(o -> o.getText().strip().startsWith(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no option '" + text + "…' in " + fieldId));
    select.selectByVisibleText(option.getText());
  }

  static By button(String text) {
    return By.xpath("//main//form//button[normalize-space(.)=" + Browser.xpathLiteral(text) + "]");
  }

  /** Posts the form with "Udfør opgaven" and expects the screen back with its refusal. */
  List<String> submitRefused() {
    browser.click(button(DO_IT));
    browser.visible(ERROR_SUMMARY);
    return browser.driver.findElements(By.cssSelector(".error-summary li")).stream().map(WebElement::getText).toList();
  }

  /** The message shown at a field (the id its aria-describedby names), and that the field is marked invalid. */
  String fieldError(String fieldId) {
    WebElement field = browser.driver.findElement(By.id(fieldId));
    String describedBy = field.getAttribute("aria-describedby");
    assertThat(describedBy).as("aria-describedby of %s", fieldId).isNotBlank();
    return browser.driver.findElement(By.id(describedBy)).getText();
  }

  /** Posts the form with "Udfør opgaven" and returns the receipt's line naming the task that was done. */
  String submit() {
    return submit(DO_IT);
  }

  /** Posts the form with the button of that text and returns the receipt's line naming the task that was done. */
  String submit(String buttonText) {
    browser.click(button(buttonText));
    browser.visible(RECEIPT);
    return browser.driver.findElement(By.cssSelector(".done p")).getText();
  }

  /** 0 serious or critical axe-core violations on the page as it is now (also a refused form, a receipt). */
  void assertAccessible(String what) {
    assertThat(Accessibility.seriousViolations(browser.driver)).as("serious or critical axe-core violations on %s",
        what).isEmpty();
  }

  void screenshot(String name) {
    browser.screenshot(name);
  }

  /** A screenshot of the screen from the element on (e.g. the form below a long document). */
  void screenshotFrom(String name, By top) {
    browser.screenshotFrom(name, top);
  }

  private static By labelled(String label) {
    return By.xpath("//main//label[normalize-space(.)=" + Browser.xpathLiteral(label) + "]");
  }
}
