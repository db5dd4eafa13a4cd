package io.atrium.shared.push;

import io.atrium.testing.Browser;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A receptionist's reception dashboard, with the bell in its top bar, open in Chromium. Only JDK
 * types cross its surface, so {@link LivePushesBrowserIT}, which also runs in the server (where
 * Selenium is not), can hold one.
 */
final class LivePage implements AutoCloseable {

  private static final By NAMES = By.cssSelector("#dashboard\\:visitors .visitor-name");
  private static final By BELL_COUNT = By.cssSelector("#bell\\:count .bell-count");

  private final WebDriver browser;

  private LivePage(WebDriver browser) {
    this.browser = browser;
  }

  static LivePage dashboard(URL base, String workspace, String email, String password) {
    var page = new LivePage(Browser.open("en-GB,en"));
    try {
      Browser.signIn(page.browser, base, workspace, email, password);
      page.browser.get(base + "reception/dashboard.xhtml");
      return page;
    } catch (RuntimeException e) {
      page.close();
      throw e;
    }
  }

  /** The only visitor's name, once it is the one expected. */
  String visitor(String expected) {
    return Browser.await(browser, b -> visitorIs(b, expected));
  }

  /** The same, waited for no longer than the deadline. */
  String visitorWithin(Duration deadline, String expected) {
    return within(deadline, b -> visitorIs(b, expected));
  }

  /** The bell's unread count; empty when nothing is unread. */
  String bellCount() {
    return Browser.await(browser, LivePage::count);
  }

  String bellCountWithin(Duration deadline, String expected) {
    return within(deadline, b -> count(b).equals(expected) ? expected : null);
  }

  /** Leaves a mark in the page's window that a reload would wipe out. */
  void mark() {
    ((JavascriptExecutor) browser).executeScript("window.atriumTestMark = 'still here';");
  }

  Object markLeft() {
    return ((JavascriptExecutor) browser).executeScript("return window.atriumTestMark;");
  }

  void keepEvidence(String name) {
    Browser.keepEvidence(browser, name);
  }

  @Override
  public void close() {
    browser.quit();
  }

  private static String count(WebDriver browser) {
    List<WebElement> count = browser.findElements(BELL_COUNT);
    return count.isEmpty() ? "" : count.get(0).getText();
  }

  private static String visitorIs(WebDriver browser, String expected) {
    List<String> names = browser.findElements(NAMES).stream().map(WebElement::getText).toList();
    return names.size() == 1 && names.get(0).equals(expected) ? expected : null;
  }

  private <T> T within(Duration deadline, Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, deadline, Duration.ofMillis(50))
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }
}
