package io.atrium.spaces;

import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The inventory page as a person at the browser sees it. Only JDK types cross its surface, so
 * {@link InventoryBrowserIT}, which also runs in the server (where Selenium is not), can hold one.
 */
final class InventoryScreen implements AutoCloseable {

  private final WebDriver browser;

  private InventoryScreen(WebDriver browser) {
    this.browser = browser;
  }

  /** Signs in with a browser in this language and opens the inventory. */
  static InventoryScreen open(
      URL base, String workspace, String email, String password, String language) {
    var screen = new InventoryScreen(Browser.open(language));
    Browser.signIn(screen.browser, base, workspace, email, password);
    screen.browser.get(base + "spaces/inventory.xhtml");
    return screen;
  }

  String title() {
    return browser.getTitle();
  }

  String table() {
    return Browser.await(browser, b -> b.findElement(By.id("inventoryForm:assets")).getText());
  }

  String messages() {
    return browser.findElement(By.id("messages")).getText();
  }

  boolean shows(String css) {
    return !browser.findElements(By.cssSelector(css)).isEmpty();
  }

  /** Uploads the text as a CSV file and waits for the page that answers. */
  void importFile(String csv) {
    try {
      Path file = Files.createTempFile("inventory", ".csv");
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      browser
          .findElement(By.cssSelector("#importForm input[type='file']"))
          .sendKeys(file.toString());
      WebElement button = browser.findElement(By.id("importForm:import"));
      button.click();
      Browser.await(
          browser,
          b -> {
            try {
              button.isDisplayed();
              return null; // still the page before the upload
            } catch (StaleElementReferenceException replaced) {
              return true;
            }
          });
      // The answer's page, whole: its messages say what became of the file.
      Browser.await(
          browser,
          b ->
              "complete"
                          .equals(
                              ((JavascriptExecutor) b).executeScript("return document.readyState"))
                      && !b.findElement(By.id("messages")).getText().isBlank()
                  ? true
                  : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The wrong lines listed under the import form, or what the page says instead. */
  String importErrors() {
    return shows(".import-errors")
        ? browser.findElement(By.cssSelector(".import-errors")).getText()
        : "no list of errors on: " + browser.getPageSource();
  }

  /** Adds an asset through the dialog and waits until the table shows its label. */
  void add(String space, String type, String label) {
    if (!browser.findElement(By.id("assetDialog")).isDisplayed()) {
      openAddDialog();
    }
    Browser.choose(browser, "assetForm:spaceId", space);
    type("assetForm:type", type);
    type("assetForm:label", label);
    browser.findElement(By.id("assetForm:save")).click();
    Browser.await(
        browser,
        b -> b.findElement(By.id("inventoryForm:assets")).getText().contains(label) ? true : null);
  }

  /**
   * The critical and serious WCAG 2.1 A/AA violations of this page's own parts: the list with its
   * filters, the import card (when shown) and the dialog (when open). The layout's global messages
   * are the template's, checked by AccessibilityBrowserIT.
   */
  List<String> accessibilityViolations() {
    List<String> violations = new ArrayList<>();
    for (String id : List.of("inventoryForm", "importCard", "assetDialog")) {
      for (WebElement part : browser.findElements(By.id(id))) {
        if (part.isDisplayed()) {
          violations.addAll(Axe.violations(browser, part));
        }
      }
    }
    return violations;
  }

  /** Opens the "Add asset" dialog and leaves it open. */
  void openAddDialog() {
    browser.findElement(By.id("inventoryForm:new")).click();
    Browser.await(browser, b -> b.findElement(By.id("assetDialog")).isDisplayed() ? true : null);
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  @Override
  public void close() {
    browser.quit();
  }
}
