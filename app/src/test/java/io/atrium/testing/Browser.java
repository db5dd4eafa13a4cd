package io.atrium.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Without Chromium the tests are skipped with a clear
 * message, unless {@code -Dbrowser.required=true} (as in CI), where they fail.
 */
public final class Browser {

  private static final List<String> CHROMIUM =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
  private static final List<String> DRIVER =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private Browser() {}

  /** A new browser whose preferred language is the one given (e.g. "fr-FR,fr"). */
  public static WebDriver open(String acceptLanguage) {
    Optional<String> binary = find("CHROME_BIN", CHROMIUM);
    Optional<String> driver = find("CHROMEDRIVER", DRIVER);
    if (binary.isEmpty() || driver.isEmpty()) {
      String why =
          "Chromium and ChromeDriver not found (apt-get install chromium chromium-driver, "
              + "or set CHROME_BIN and CHROMEDRIVER)";
      if (Boolean.getBoolean("browser.required")) {
        fail(why + ", and -Dbrowser.required=true");
      }
      assumeTrue(false, why + ": browser tests skipped");
    }
    var options = new ChromeOptions();
    options.setBinary(binary.get());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=" + acceptLanguage.split(",")[0],
        "--user-data-dir=" + tempProfile());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.get())).build();
    var browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return browser;
  }

  /**
   * How often a wait asks again. WebDriverWait's default, half a second, was most of the time
   * browser tests spent waiting: an answer that came after 60 ms was seen after 500.
   */
  public static final Duration POLL = Duration.ofMillis(100);

  /**
   * Waits until PrimeFaces has no ajax request in flight, no jQuery animation runs (a menu opening,
   * the page scrolling to a form) and the condition holds. An element replaced while the condition
   * reads it (a live page re-rendered by its socket) means "not yet". Asked every 100 ms, a wait
   * that ignored animations clicked a menu again while it opened, and clicked where the page was
   * still scrolling to.
   */
  public static <T> T await(WebDriver browser, Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(20), POLL)
        .ignoring(StaleElementReferenceException.class)
        .until(
            b -> {
              Object idle =
                  ((JavascriptExecutor) b)
                      .executeScript(
                          "return (!window.PrimeFaces || !PrimeFaces.ajax"
                              + " || PrimeFaces.ajax.Queue.isEmpty())"
                              + " && (!window.jQuery || jQuery(':animated').length === 0);");
              return Boolean.TRUE.equals(idle) ? retried(condition, b) : null;
            });
  }

  /**
   * The condition, or null ("not yet") when the element it read was replaced by an ajax update
   * while it read it: Chromium then answers an inspector error rather than a stale element. Or when
   * the element it clicked could not take the click yet: a select menu's option, shown while its
   * panel was still being placed after the form above it redrew, once failed a test so.
   */
  private static <T> T retried(Function<WebDriver, T> condition, WebDriver browser) {
    try {
      return condition.apply(browser);
    } catch (org.openqa.selenium.ElementNotInteractableException e) {
      return null;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return null;
      }
      throw e;
    }
  }

  private static Optional<String> find(String env, List<String> candidates) {
    String configured = System.getenv(env);
    if (configured != null && new File(configured).canExecute()) {
      return Optional.of(configured);
    }
    return candidates.stream().filter(p -> new File(p).canExecute()).findFirst();
  }

  private static String tempProfile() {
    try {
      return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-")
          .toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Saves a screenshot and the page's source under target/browser-evidence, for a failed test. */
  public static void keepEvidence(WebDriver browser, String name) {
    if (browser == null) {
      return;
    }
    try {
      Path folder = Files.createDirectories(Path.of("target", "browser-evidence"));
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
      Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
    } catch (Exception e) {
      System.err.println("No evidence kept for " + name + ": " + e);
    }
  }

  /**
   * Signs in through the form with the demo password and waits for the landing page: the one
   * sign-in of browser tests, also behind {@link SignedInBrowser#signIn}.
   */
  public static void signIn(WebDriver browser, URL base, String workspace, String email) {
    signIn(browser, base, workspace, email, WebSession.DEMO_PASSWORD);
  }

  /**
   * Presses the language switch for the browser's own language (its cookie), unless the test
   * pressed it: tests name the language they read in through the browser's, which a user's profile
   * and tenant now come before.
   */
  private static void pickBrowserLanguage(WebDriver browser) {
    if (browser.manage().getCookieNamed("atrium_lang") != null) {
      return; // the test pressed the switch itself
    }
    String language =
        String.valueOf(((JavascriptExecutor) browser).executeScript("return navigator.language"));
    browser.manage().addCookie(new Cookie("atrium_lang", language.substring(0, 2), "/"));
  }

  /** Signs in through the form and waits until the browser has left the sign-in page. */
  public static void signIn(
      WebDriver browser, URL base, String workspace, String email, String password) {
    browser.get(base + "login.xhtml");
    pickBrowserLanguage(browser);
    browser.findElement(By.id("login:workspace")).sendKeys(workspace);
    browser.findElement(By.id("login:email")).sendKeys(email);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:signIn")).click();
    await(browser, b -> b.getCurrentUrl().contains("login.xhtml") ? null : true);
  }

  /**
   * Picks the option whose label starts with {@code label} in the PrimeFaces select menu {@code
   * id}, opening the menu as often as needed (it may redraw while a page settles).
   */
  public static void choose(WebDriver browser, String id, String label) {
    choose(browser, id, label, b -> b.findElement(By.id(id)).click());
  }

  /**
   * {@link #choose}, opening the menu scrolled to the middle of the window as {@link #click} does:
   * for a menu above the part of a long page in view, which the sticky header would cover.
   */
  public static void chooseCentred(WebDriver browser, String id, String label) {
    choose(browser, id, label, b -> click(b, By.id(id)));
  }

  private static void choose(
      WebDriver browser, String id, String label, Consumer<WebDriver> openMenu) {
    await(
        browser,
        b -> {
          if (b.findElement(By.id(id + "_label")).getText().startsWith(label)) {
            return true;
          }
          b.findElements(By.cssSelector("[id='" + id + "_panel'] .ui-selectonemenu-item")).stream()
              .filter(item -> item.isDisplayed() && item.getText().strip().startsWith(label))
              .findFirst()
              .ifPresentOrElse(WebElement::click, () -> openMenu.accept(b));
          return null;
        });
  }

  /**
   * Clicks the element after scrolling it to the middle of the window, where a person would have
   * it: scrolled only to the top edge, the sticky header would take the click.
   */
  public static void click(WebDriver browser, By element) {
    WebElement target = browser.findElement(element);
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
    target.click();
  }
}
