package dk.nordjylland.governance.browser;

import static org.junit.jupiter.api.Assertions.fail;

import dk.nordjylland.governance.support.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium (packages chromium and chromium-driver), driven by Selenium through the
 * system's chromedriver: nothing is downloaded at test time. The browser speaks Danish, lives in
 * Copenhagen and starts with a fresh profile every time.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("governance.browser.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("governance.browser.chromedriver", "/usr/bin/chromedriver"));
  /** Where the screenshots of the main screens go (shown in the README). */
  static final Path SCREENSHOTS = Path.of(System.getProperty("governance.screenshots", "target/screenshots"));
  /** Where a failing test leaves a screenshot and the page's HTML. */
  static final Path FAILURES = Path.of("target", "browser-failures");
  static final String PASSWORD = "test";

  /** The screenshots in docs/ are 1280 px wide. */
  static final int WIDTH = 1280;
  static final int HEIGHT = 900;
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** Selenium 4.31 knows no DevTools protocol for Debian's newer Chromium and says so on every start; we use none. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private static final By LOGIN_FORM = By.cssSelector("form[name=signinForm]");
  static final By LOGIN_USER = By.cssSelector("form[name=signinForm] input[type=text]");
  static final By LOGIN_PASSWORD = By.cssSelector("form[name=signinForm] input[type=password]");
  static final By LOGIN_BUTTON = By.cssSelector("form[name=signinForm] button[type=submit]");
  private static final By NOTIFICATION_CLOSE = By.cssSelector(".page-notifications .close");

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final String baseUrl;
  private final Path profile;

  private Browser(String baseUrl) throws IOException {
    SELENIUM_LOG.setLevel(Level.SEVERE);
    this.baseUrl = baseUrl;
    this.profile = Files.createTempDirectory("governance-chromium-");
    // Both paths are given, so Selenium Manager finds nothing to download.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--lang=da-DK", "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
    // The Tasklist takes the browser's first language: Danish.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", Clock.ZONE.getId()))
        .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /**
   * Fails (never skips) when the browser or its driver is missing: on CI (CI=true) the browser tests
   * must run, and .ci/run installs both; on a developer's machine the message says what to install.
   */
  static void requireInstalled() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(CHROMIUM)) {
      missing.add("Chromium (" + CHROMIUM + ", Debian package chromium)");
    }
    if (!Files.isExecutable(CHROMEDRIVER)) {
      missing.add("ChromeDriver (" + CHROMEDRIVER + ", Debian package chromium-driver)");
    }
    if (!missing.isEmpty()) {
      boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
      fail("The browser tests need " + String.join(" and ", missing) + ", which "
          + (missing.size() == 1 ? "is" : "are") + " missing. Install them with "
          + "`apt-get update && apt-get install -y chromium chromium-driver` (.ci/run does this on a fresh "
          + "machine), or point -Dgovernance.browser.chromium / -Dgovernance.browser.chromedriver at them."
          + (ci ? " CI=true: on CI the browser tests must run, so this is a failure, not a skip." : ""));
    }
  }

  static Browser start(String baseUrl) {
    requireInstalled();
    try {
      return new Browser(baseUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the login page of a Camunda web app (tasklist, cockpit) as nobody. */
  void openLoginPage(String app) {
    driver.manage().deleteAllCookies(); // the session of whoever was logged in before
    driver.get("about:blank");
    driver.get(baseUrl + "/camunda/app/" + app + "/default/#/login");
    visible(LOGIN_PASSWORD);
  }

  /** Opens a link (as from a mail) as nobody: the web app asks for the login first. */
  void openAsNobody(String url) {
    driver.manage().deleteAllCookies();
    driver.get("about:blank");
    driver.get(url);
    visible(LOGIN_PASSWORD);
  }

  /** Opens an address of this server (e.g. a link of our API) in the browser as it is: same cookies, same login. */
  void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Logs in to a Camunda web app with the login form. */
  void logIn(String app, String user) {
    if (driver.findElements(LOGIN_FORM).isEmpty()) {
      openLoginPage(app);
    }
    type(LOGIN_USER, user);
    type(LOGIN_PASSWORD, PASSWORD);
    click(LOGIN_BUTTON);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(LOGIN_FORM));
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** The first of the matching elements that is shown (a folded panel may hold a field of the same label first). */
  WebElement firstVisible(By by) {
    return wait.until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  void gone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  <T> T until(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  void type(By by, String text) {
    WebElement field = visible(by);
    field.clear();
    field.sendKeys(text);
  }

  /** Replaces a field's text the way a person does (select all, type): form-js does not see Selenium's clear(). */
  void retype(By by, String text) {
    WebElement field = visible(by);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  /** Clicks an element once it is clickable; a notification lying over it is closed first. */
  void click(By by) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
    scrollIntoView(element);
    try {
      element.click();
    } catch (ElementClickInterceptedException e) {
      closeNotifications();
      wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }
  }

  /**
   * Folds out a {@code <details>} by a click on its summary, as often as needed: a click while the page still lays
   * itself out can miss it.
   */
  void unfold(By summary) {
    until(d -> {
      WebElement element = d.findElement(summary);
      WebElement details = element.findElement(By.xpath(".."));
      if (details.getDomAttribute("open") == null) {
        scrollIntoView(element);
        element.click();
      }
      return details.getDomAttribute("open") != null;
    });
  }

  void scrollIntoView(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  void scrollToTop(String cssSelector) {
    ((JavascriptExecutor) driver).executeScript(
        "var e = document.querySelector(arguments[0]); if (e) { e.scrollTop = 0; }", cssSelector);
  }

  /** Closes the notifications in the corner (they lie over the form's buttons). */
  void closeNotifications() {
    for (WebElement close : driver.findElements(NOTIFICATION_CLOSE)) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    gone(NOTIFICATION_CLOSE);
  }

  /** Chooses a value of a form-js select by its label. */
  void select(By selectField, String optionLabel) {
    click(selectField);
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + optionLabel + "']"));
  }

  /** A string as an XPath literal, also when it holds an apostrophe. */
  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  /** Saves a screenshot of the window for the README. */
  void screenshot(String name) {
    // The mouse leaves whatever it hovers (tooltips), animations settle.
    new Actions(driver).moveToLocation(1, 1).perform();
    settle();
    save(SCREENSHOTS.resolve(name + ".png"));
  }

  /** A screenshot with the element at the top of the window (the part of a long screen the picture is about). */
  void screenshotFrom(String name, By top) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", visible(top));
    screenshot(name);
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
  }

  /** Leaves a screenshot and the page's HTML of a failed test in target/browser-failures. */
  void keepFailure(String name) {
    try {
      save(FAILURES.resolve(name + ".png"));
      Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource());
    } catch (RuntimeException | IOException e) {
      // the test's own failure is the one to report
    }
  }

  private void save(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A moment for Angular's and form-js' animations (fades, collapsing lists) before a screenshot. */
  static void settle() {
    try {
      Thread.sleep(400);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary profile left behind is no failure
      }
    }
  }
}
