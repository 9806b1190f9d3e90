package dk.nordjylland.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * One person at the Camunda Tasklist in a browser of their own, logged in once for the whole walk (a login costs
 * seconds): finds a task in a filter's list by the line a person reads, claims it, and opens its screen with
 * "Åbn opgaven".
 */
final class Tasklist implements AutoCloseable {

  static final By CLAIM = By.cssSelector("button.claim");
  static final By OPEN_SCREEN = By.cssSelector("a.external-form");
  static final By TASK_LINES = By.cssSelector("li.task h4.task a");
  static final By SEARCH = By.cssSelector("[cam-widget-search] input.main-field");
  static final By SEARCH_VALUE = By.cssSelector("[cam-widget-search] input[ng-model='formData.editValue']");

  final String user;
  final Browser browser;
  private final String baseUrl;

  private Tasklist(String baseUrl, String user, Browser browser) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.browser = browser;
  }

  /** A browser of the person's own, logged in to the Tasklist. */
  static Tasklist logIn(String baseUrl, String user) {
    return logIn(baseUrl, user, loginPage -> { });
  }

  /** A browser of the person's own, logged in to the Tasklist after a look at the login page. */
  static Tasklist logIn(String baseUrl, String user, Consumer<Browser> atLoginPage) {
    Browser browser = Browser.start(baseUrl);
    browser.openLoginPage("tasklist");
    atLoginPage.accept(browser);
    browser.logIn("tasklist", user);
    browser.visible(filter("Mine opgaver"));
    return new Tasklist(baseUrl, user, browser);
  }

  /** The Tasklist's start page, the filter list on the left. */
  void home() {
    browser.driver.get(baseUrl + "/camunda/app/tasklist/default/");
    try {
      browser.visible(filter("Mine opgaver"));
    } catch (TimeoutException stillStarting) {
      // Seen on a loaded 2-core CI machine: the Tasklist's Angular app still on its splash screen after 20 s, where a
      // person reloads. The second load must show the filters, or the walk fails here.
      System.err.println("Tasklist still loading after 20 s for " + user + "; reloading once");
      browser.driver.navigate().refresh();
      browser.visible(filter("Mine opgaver"));
    }
  }

  /** Shows a filter's tasks, searched on the meeting (the process instance's business key) when one is given. */
  void showFilter(String filterName, String businessKey) {
    browser.click(filter(filterName));
    if (businessKey != null) {
      searchByBusinessKey(businessKey);
    }
  }

  /** The task lines the list shows now (task names that name the forum and the meeting). */
  List<String> lines() {
    return browser.driver.findElements(TASK_LINES).stream().map(WebElement::getText).toList();
  }

  /** Opens the task whose line in the shown list reads {@code line}, as a person clicks it. */
  void openFromList(String line) {
    browser.click(By.xpath("//li[contains(@class,'task')]//h4[contains(@class,'task')]/a[normalize-space(.)="
        + Browser.xpathLiteral(line) + "]"));
    browser.until(d -> d.findElement(By.cssSelector(".names h2.task")).getText().equals(line));
  }

  /** Takes the opened task ("Klaim"), unless it is the person's already. */
  void claim() {
    if (!browser.driver.findElements(CLAIM).stream().filter(WebElement::isDisplayed).toList().isEmpty()) {
      browser.click(CLAIM);
      browser.gone(CLAIM);
    }
  }

  /** "Åbn opgaven": the task's own screen, in the same window (the receipt leads back). */
  Screen openScreen() {
    WebElement link = browser.visible(OPEN_SCREEN);
    assertThat(link.getText()).contains("Åbn opgaven");
    // Our button on Camunda's page, readable: Camunda's own rule once made it white on white, which axe-core only
    // lists for review (a 1:1 contrast may be meant), so the colours are compared here.
    String text = link.getCssValue("color");
    String background = link.getCssValue("background-color");
    assertThat(background).as("'Åbn opgaven': text %s on %s", text, background).isNotEqualTo(text)
        .isNotEqualTo("rgba(255, 255, 255, 1)");
    assertThat(Accessibility.seriousViolations(browser.driver, "a.external-form")).as("axe-core on 'Åbn opgaven'")
        .isEmpty();
    browser.click(OPEN_SCREEN);
    browser.visible(Screen.HEADING);
    return new Screen(browser);
  }

  /** Opens the task from the filter's list by its line, claims it and opens its screen. */
  Screen work(String filterName, String businessKey, String line) {
    home();
    showFilter(filterName, businessKey);
    openFromList(line);
    claim();
    return openScreen();
  }

  /** Adds the search "Procesinstansens forretningsnøgle = ..." to the task list. */
  void searchByBusinessKey(String businessKey) {
    browser.click(SEARCH);
    browser.click(By.xpath("//*[@cam-widget-search]//ul[contains(@class,'dropdown-menu')]"
        + "//li[normalize-space(.)='Procesinstansens forretningsnøgle']//a"));
    enterSearchValue(businessKey);
  }

  /**
   * Types the value of the search just added. Its field usually opens by itself; when the widget closes it
   * again (a race inside Camunda's search widget), a click on the "??" opens it.
   */
  void enterSearchValue(String value) {
    By valueToEdit = By.cssSelector("[cam-widget-search] .search-label.invalid .value-field .view-value");
    browser.until(d -> {
      try {
        for (WebElement editor : d.findElements(SEARCH_VALUE)) {
          if (editor.isDisplayed()) {
            editor.sendKeys(value + Keys.ENTER);
            return true;
          }
        }
        for (WebElement closed : d.findElements(valueToEdit)) {
          if (closed.isDisplayed()) {
            closed.click();
          }
        }
      } catch (WebDriverException e) {
        // re-rendered by Angular meanwhile: look again
      }
      return false;
    });
    browser.gone(By.cssSelector("[cam-widget-search] .search-label.invalid"));
  }

  static By filter(String name) {
    return By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text())="
        + Browser.xpathLiteral(name) + "]");
  }

  @Override
  public void close() {
    browser.close();
  }
}
