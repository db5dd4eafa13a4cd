package io.atrium.collection;

import io.atrium.testing.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reminders, settings and exports pages as {@link CollectionBrowserIT} drives them, in a
 * browser of its own each time; kept apart so that the test class loads in the server without
 * Selenium. Each returns what the user would read.
 */
final class CollectionScreens {

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private CollectionScreens() {}

  /** Sends the default reminder of the last overdue row; the page's message and the row after. */
  static List<String> sendLastReminder(URL base, String workspace) {
    return session(
        base,
        "en-GB,en",
        workspace,
        browser -> {
          browser.get(base + "collection/reminders.xhtml");
          List<WebElement> buttons = browser.findElements(By.cssSelector("button[id$=':remind']"));
          WebElement last = buttons.get(buttons.size() - 1);
          String number =
              last.findElement(By.xpath("ancestor::tr//span[@class='invoice-number']")).getText();
          last.click();
          Browser.await(
              browser, b -> b.findElement(By.id("send:level")).isDisplayed() ? true : null);
          browser.findElement(By.id("send:confirm")).click();
          String message =
              Browser.await(
                  browser,
                  b ->
                      b.findElements(By.cssSelector(".ui-messages-info-summary")).stream()
                          .map(WebElement::getText)
                          .filter(t -> t.contains(number))
                          .findFirst()
                          .orElse(null));
          String lastReminder =
              browser
                  .findElement(
                      By.xpath(
                          "//tr[.//span[@class='invoice-number' and text()='"
                              + number
                              + "']]//span[contains(@class,'last-reminder')]"))
                  .getText();
          return List.of(number, message, lastReminder);
        });
  }

  /** Saves a new French subject for the friendly reminder; the message and the subject reloaded. */
  static List<String> saveFrenchFriendlySubject(URL base, String workspace, String subject) {
    return session(
        base,
        "fr-FR,fr",
        workspace,
        browser -> {
          browser.get(base + "collection/settings.xhtml");
          WebElement field = friendlyFrench(browser);
          field.clear();
          field.sendKeys(subject);
          browser.findElement(By.id("texts:saveTexts")).click();
          String message =
              Browser.await(
                  browser,
                  b ->
                      b.findElements(By.cssSelector(".ui-messages-info-summary")).stream()
                          .map(WebElement::getText)
                          .findFirst()
                          .orElse(null));
          browser.get(base + "collection/settings.xhtml");
          return List.of(message, friendlyFrench(browser).getAttribute("value"));
        });
  }

  /** Downloads the invoices CSV of the period; its text. */
  static String downloadInvoicesCsv(URL base, String workspace, LocalDate from, LocalDate to) {
    Path downloads;
    try {
      downloads = Files.createTempDirectory("atrium-exports-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return session(
        base,
        "en-GB,en",
        workspace,
        browser -> {
          ((ChromeDriver) browser)
              .executeCdpCommand(
                  "Browser.setDownloadBehavior",
                  Map.of("behavior", "allow", "downloadPath", downloads.toString()));
          browser.get(base + "collection/exports.xhtml");
          type(browser, "exports:from_input", from.format(TYPED));
          type(browser, "exports:to_input", to.format(TYPED));
          browser.findElement(By.id("exports:invoicesCsv")).click();
          Path csv = downloads.resolve("invoices.csv");
          return Browser.await(
              browser, b -> Files.isRegularFile(csv) && size(csv) > 0 ? read(csv) : null);
        });
  }

  private static WebElement friendlyFrench(WebDriver browser) {
    return browser.findElement(
        By.cssSelector(
            "fieldset[data-level='FRIENDLY'][data-language='fr'] input[id$=':subject']"));
  }

  private static void type(WebDriver browser, String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = '';", input);
    input.sendKeys(text);
  }

  private static <T> T session(
      URL base, String language, String workspace, Function<WebDriver, T> work) {
    WebDriver browser = Browser.open(language);
    try {
      Browser.signIn(browser, base, workspace, "admin@lumiere.test");
      return work.apply(browser);
    } catch (RuntimeException | AssertionError failure) {
      Browser.keepEvidence(browser, "CollectionBrowserIT-" + System.currentTimeMillis());
      throw failure;
    } finally {
      browser.quit();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
