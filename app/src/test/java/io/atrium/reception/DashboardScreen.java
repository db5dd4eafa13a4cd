package io.atrium.reception;

import io.atrium.testing.Browser;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The reception dashboard as a receptionist at the browser sees it. Only JDK types cross its
 * surface, so {@link DashboardPagingBrowserIT}, which also runs in the server (where Selenium is
 * not), can hold one.
 */
final class DashboardScreen implements AutoCloseable {

  private static final By NAMES = By.cssSelector("#dashboard\\:visitors .visitor-name");

  private final WebDriver browser;

  private DashboardScreen(WebDriver browser) {
    this.browser = browser;
  }

  /** Signs in through the sign-in page, in English, and opens the dashboard. */
  static DashboardScreen open(URL base, String workspace, String email, String password) {
    var screen = new DashboardScreen(Browser.open("en-GB,en"));
    Browser.signIn(screen.browser, base, workspace, email, password);
    screen.browser.get(base + "reception/dashboard.xhtml");
    return screen;
  }

  String title() {
    return browser.getTitle();
  }

  /** The visitor names the table shows, once its first row is {@code first}. */
  List<String> namesFrom(String first) {
    return Browser.await(
        browser,
        b -> {
          List<String> names = b.findElements(NAMES).stream().map(WebElement::getText).toList();
          return !names.isEmpty() && names.get(0).equals(first) ? names : null;
        });
  }

  /** Leaves a mark in the page's window that a reload would wipe out. */
  void mark() {
    ((JavascriptExecutor) browser).executeScript("window.atriumTestMark = 'still here';");
  }

  Object markLeft() {
    return ((JavascriptExecutor) browser).executeScript("return window.atriumTestMark;");
  }

  void nextPage() {
    browser.findElement(By.cssSelector("#dashboard\\:visitors .ui-paginator-next")).click();
  }

  /** The first row's host link: its text, then (after following it) the page's title and URL. */
  String firstHostLink() {
    return browser.findElement(By.cssSelector("#dashboard\\:visitors tbody td a")).getText();
  }

  String followFirstHostLink() {
    browser.findElement(By.cssSelector("#dashboard\\:visitors tbody td a")).click();
    Browser.await(browser, b -> b.getTitle().startsWith("Visitor history") ? true : null);
    return browser.getCurrentUrl();
  }

  /**
   * Types a day in the day field as a receptionist would and leaves the field: the page reloads on
   * that day. Returns what the field then shows.
   */
  String typeDay(String typed) {
    WebElement day = browser.findElement(By.id("day"));
    // Selected and typed over, not cleared: clearing is a change, which reloads the page at once.
    day.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed, Keys.TAB);
    String address = "day=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
    return Browser.await(
        browser,
        b ->
            b.getCurrentUrl().contains(address)
                ? b.findElement(By.id("day")).getAttribute("value")
                : null);
  }

  /** Follows the "next day" link and returns what the day field then shows. */
  String nextDay() {
    String before = browser.getCurrentUrl();
    browser.findElement(By.id("nextDay")).click();
    return Browser.await(
        browser,
        b ->
            b.getCurrentUrl().equals(before)
                ? null
                : b.findElement(By.id("day")).getAttribute("value"));
  }

  String dayShown() {
    return browser.findElement(By.id("day")).getAttribute("value");
  }

  int rowsShown() {
    return browser.findElements(NAMES).size();
  }

  void keepEvidence(String name) {
    Browser.keepEvidence(browser, name);
  }

  @Override
  public void close() {
    browser.quit();
  }
}
