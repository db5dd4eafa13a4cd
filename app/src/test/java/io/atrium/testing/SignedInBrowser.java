package io.atrium.testing;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium kept open across the ordered steps of a test whose other steps run in the server
 * (which has no Selenium): the test class only passes strings to it, so the server can load that
 * class without Selenium's.
 */
public final class SignedInBrowser {

  private static WebDriver browser;

  private SignedInBrowser() {}

  public static void open(String acceptLanguage) {
    close();
    browser = Browser.open(acceptLanguage);
  }

  /** Signs in with the login form, as {@link Browser#signIn} does, and waits for the landing. */
  public static void signIn(URL base, String workspace, String email, String password) {
    Browser.signIn(browser, base, workspace, email, password);
  }

  public static void get(URL base, String path) {
    browser.get(base + path);
  }

  public static String title() {
    return browser.getTitle();
  }

  /** The visible text of the first element matching, or "" when there is none. */
  public static String text(String css) {
    List<WebElement> found = browser.findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  public static boolean present(String css) {
    return !browser.findElements(By.cssSelector(css)).isEmpty();
  }

  /** Waits, without reloading, until the element's text is the one expected; returns it. */
  public static String awaitText(String css, String expected) {
    try {
      return Browser.await(browser, b -> expected.equals(text(css)) ? expected : null);
    } catch (TimeoutException e) {
      // What the page showed instead: a bare timeout left nothing to go on when CI saw one.
      throw new AssertionError("'%s' reads '%s', not '%s'".formatted(css, text(css), expected), e);
    }
  }

  /** Waits until a field holds the text expected (every key typed has landed); returns it. */
  public static String awaitValue(String css, String expected) {
    try {
      return Browser.await(
          browser,
          b ->
              b.findElements(By.cssSelector(css)).stream()
                  .map(e -> e.getDomProperty("value"))
                  .filter(expected::equals)
                  .findFirst()
                  .orElse(null));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "'%s' holds '%s', not '%s'"
              .formatted(
                  css,
                  browser.findElements(By.cssSelector(css)).stream()
                      .map(f -> f.getDomProperty("value"))
                      .findFirst()
                      .orElse("(no such field)"),
                  expected),
          e);
    }
  }

  /**
   * Waits until nothing matching is shown: a modal dialog that is closing still holds the focus, so
   * keys typed before it has gone land in the dialog, not in the page's field.
   */
  public static void awaitHidden(String css) {
    Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector(css)).stream().noneMatch(WebElement::isDisplayed)
                ? true
                : null);
  }

  /** Waits until an element is shown with some text, and returns the text. */
  public static String awaitVisibleText(String css) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse(null));
  }

  /**
   * Like {@link #awaitVisibleText(String)} for slow server work (a whole tenant imported), waiting
   * up to {@code timeout}; on time-out the failure shows what the page said instead.
   */
  public static String awaitVisibleText(String css, Duration timeout) {
    try {
      return new WebDriverWait(browser, timeout, Browser.POLL)
          .until(
              b ->
                  b.findElements(By.cssSelector(css)).stream()
                      .filter(WebElement::isDisplayed)
                      .map(WebElement::getText)
                      .filter(t -> !t.isBlank())
                      .findFirst()
                      .orElse(null));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "No "
              + css
              + " within "
              + timeout
              + "; the page shows: "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  /** Waits until an element is shown and clicks it. */
  public static void click(String css) {
    Browser.await(
            browser,
            b ->
                b.findElements(By.cssSelector(css)).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null))
        .click();
  }

  /** Waits until an element matching shows exactly this text, and clicks it. */
  public static void click(String css, String text) {
    Browser.await(
            browser,
            b ->
                b.findElements(By.cssSelector(css)).stream()
                    .filter(e -> e.isDisplayed() && text.equals(e.getText().strip()))
                    .findFirst()
                    .orElse(null))
        .click();
  }

  /** Waits until an element exists and types into it (a file input takes a file's path). */
  public static void type(String css, String text) {
    Browser.await(
            browser, b -> b.findElements(By.cssSelector(css)).stream().findFirst().orElse(null))
        .sendKeys(text);
  }

  /** Whether the first checkbox matching is ticked. */
  public static boolean checked(String css) {
    return Browser.await(
            browser, b -> b.findElements(By.cssSelector(css)).stream().findFirst().orElse(null))
        .isSelected();
  }

  /** Waits for the page's ajax to settle and returns the text of the body. */
  public static String pageText() {
    return Browser.await(browser, b -> b.findElement(By.tagName("body")).getText());
  }

  public static void awaitUrlEnding(String end) {
    Browser.await(browser, b -> b.getCurrentUrl().endsWith(end) ? true : null);
  }

  /** A mark left in the page's script state: still there later means the page never reloaded. */
  public static void markPage() {
    ((JavascriptExecutor) browser).executeScript("window.atriumTestMark = 'still here';");
  }

  public static boolean pageStillMarked() {
    return "still here"
        .equals(((JavascriptExecutor) browser).executeScript("return window.atriumTestMark;"));
  }

  public static void close() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }
}
