package io.atrium.audit.web;

import io.atrium.testing.Browser;
import io.atrium.testing.Http;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The audit log as a person at the browser sees it. Only JDK types cross its surface, so {@link
 * AuditLogBrowserIT}, which also runs in the server (where Selenium is not), can hold one.
 */
final class AuditLogScreen implements AutoCloseable {

  private final URL base;
  private final WebDriver browser;

  private AuditLogScreen(URL base, WebDriver browser) {
    this.base = base;
    this.browser = browser;
  }

  /** Signs in through the sign-in page and waits for the dashboard. */
  static AuditLogScreen signIn(URL base, String workspace, String email, String password) {
    var screen = new AuditLogScreen(base, Browser.open("en-GB,en"));
    WebDriver browser = screen.browser;
    Browser.signIn(browser, base, workspace, email, password);
    Browser.await(browser, b -> b.getTitle().startsWith("Dashboard") ? true : null);
    return screen;
  }

  String menu() {
    return browser.findElement(By.id("sidemenu")).getText();
  }

  void openFromTheMenu() {
    browser.findElement(By.linkText("Audit log")).click();
    Browser.await(browser, b -> b.getTitle().startsWith("Audit log") ? true : null);
  }

  void openByAddress() {
    browser.get(base + "audit/log.xhtml");
  }

  String title() {
    return browser.getTitle();
  }

  String source() {
    return browser.getPageSource();
  }

  /**
   * The HTTP status of the log page for this browser's session. Over HTTP/1.1: a signed-in request
   * whose answer is an error page never completes over cleartext HTTP/2 (h2c upgrade, Java's
   * client's default) on this Liberty, whichever page it is.
   */
  int status() {
    var session = browser.manage().getCookieNamed("JSESSIONID");
    return Http.send(
            HttpRequest.newBuilder(URI.create(base + "audit/log.xhtml"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Cookie", session.getName() + "=" + session.getValue())
                .GET())
        .statusCode();
  }

  String table() {
    return browser.findElement(By.id("log:entries")).getText();
  }

  /** Verifies the chain and returns what the page says about it. */
  String verify() {
    browser.findElement(By.id("log:verify")).click();
    return Browser.await(
            browser,
            b ->
                b.findElements(By.cssSelector("#log\\:chain .notice")).stream()
                    .findFirst()
                    .orElse(null))
        .getText();
  }

  /** Filters by person and waits for the table to say so. */
  String searchPerson(String person, String expectedInTable) {
    return searchPerson(person, table -> table.contains(expectedInTable));
  }

  /** Searches by person and waits until the table shows what {@code shown} accepts. */
  String searchPerson(String person, java.util.function.Predicate<String> shown) {
    browser.findElement(By.id("log:person")).sendKeys(person);
    browser.findElement(By.id("log:search")).click();
    return Browser.await(browser, b -> shown.test(table()) ? table() : null);
  }

  @Override
  public void close() {
    browser.quit();
  }
}
