package io.atrium.payments;

import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A payments page as a person at the browser sees it. Only JDK types cross its surface, so {@link
 * PaymentsBrowserIT}, which also runs in the server (where Selenium is not), can hold one.
 */
final class PaymentScreen implements AutoCloseable {

  private final WebDriver browser;
  private final URL base;

  private PaymentScreen(WebDriver browser, URL base) {
    this.browser = browser;
    this.base = base;
  }

  /** Signs in with a browser in this language (demo password) and opens the page. */
  static PaymentScreen open(
      URL base, String workspace, String email, String language, String page) {
    var screen = new PaymentScreen(Browser.open(language), base);
    Browser.signIn(screen.browser, base, workspace, email);
    screen.browser.get(base + page);
    return screen;
  }

  void go(String page) {
    browser.get(base + page);
  }

  String title() {
    return browser.getTitle();
  }

  String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  String firstText(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  /** Types the amount for the invoice numbered so in the form's list of open invoices. */
  void share(String number, String amount) {
    WebElement input =
        browser.findElements(By.cssSelector("[id='form:allocations_data'] tr")).stream()
            .filter(tr -> tr.getText().contains(number))
            .findFirst()
            .orElseThrow(() -> new AssertionError(number + " is not offered"))
            .findElement(By.cssSelector("input[id$='share_input']"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(amount);
  }

  boolean hasLink(String href) {
    return !browser.findElements(By.cssSelector("a[href*='" + href + "']")).isEmpty();
  }

  void type(String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
  }

  /** Replaces what a plain text field holds, as a user selecting it and typing over it. */
  void retype(String id, String text) {
    var field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  void click(String id) {
    browser.findElement(By.id(id)).click();
  }

  void awaitUrl(String part) {
    Browser.await(browser, b -> b.getCurrentUrl().contains(part) ? true : null);
  }

  void awaitText(String id, String part) {
    Browser.await(browser, b -> b.findElement(By.id(id)).getText().contains(part) ? true : null);
  }

  /** What axe-core finds wrong in the page's content. */
  List<String> accessibilityViolations() {
    return Axe.violations(browser, browser.findElement(By.id("content")));
  }

  @Override
  public void close() {
    browser.quit();
  }
}
