package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The page's global messages, shown after a save and after a refusal, in English and French:
 * axe-core finds no critical or serious violation on the page while the message shows (the other
 * accessibility test opens pages with no message), and the message is still an alert screen readers
 * announce. The Droits page of lumiere's Super Admin gives both without changing anything: its
 * matrix saved as it is, and the Super Admin's own right to edit staff unticked, which is refused;
 * the platform's tenants page refuses an import with no file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagesAccessibilityBrowserIT {

  private static final String OWN_STAFF_EDIT =
      "input[data-role='Super Admin'][data-permission='staff:edit']";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @ParameterizedTest
  @CsvSource({"'en-GB,en', Rights saved.", "'fr-FR,fr', Droits enregistrés."})
  void theSavedMessageIsAnnouncedWithNoSeriousViolation(String languages, String saved) {
    WebDriver browser = rightsPage(languages);
    browser.findElement(By.id("rights:save")).click();
    assertEquals(saved, shown(browser, "info"));
    Axe.check(browser);
    assertAnnounced(browser, saved);
  }

  @ParameterizedTest
  @CsvSource({
    "'en-GB,en', Refused: you would lose the right to manage staff",
    "'fr-FR,fr', Refusé : vous perdriez le droit de gérer le staff"
  })
  void theRefusalIsAnnouncedWithNoSeriousViolation(String languages, String refused) {
    WebDriver browser = rightsPage(languages);
    Browser.await(browser, b -> b.findElement(By.cssSelector(OWN_STAFF_EDIT))).click();
    browser.findElement(By.id("rights:save")).click();
    String shown = shown(browser, "error");
    assertTrue(shown.startsWith(refused), shown);
    Axe.check(browser);
    assertAnnounced(browser, refused);
    browser.navigate().refresh();
    assertTrue(
        Browser.await(browser, b -> b.findElement(By.cssSelector(OWN_STAFF_EDIT))).isSelected(),
        "nothing was saved");
  }

  /** The platform's own layout, and a page drawn whole (no ajax) with its message. */
  @ParameterizedTest
  @CsvSource({
    "'en-GB,en', Choose a manifest file first.",
    "'fr-FR,fr', Choisissez d’abord un fichier manifeste."
  })
  void aPlatformRefusalOnAWholePageIsAnnouncedWithNoSeriousViolation(
      String languages, String refused) {
    WebDriver browser = browsers.open(languages);
    Browser.signIn(browser, base, "platform", "platform@atrium.test");
    browser.get(base + "platform/tenants.xhtml");
    Browser.await(browser, b -> b.findElement(By.id("upload:import"))).click();
    assertEquals(refused, shown(browser, "error"));
    Axe.check(browser);
    assertAnnounced(browser, refused);
  }

  private WebDriver rightsPage(String languages) {
    WebDriver browser = browsers.open(languages);
    Browser.signIn(browser, base, "lumiere", "admin@lumiere.test");
    browser.get(base + "staff/rights.xhtml");
    return browser;
  }

  /** Waits for the global message of this severity and answers its summary. */
  private static String shown(WebDriver browser, String severity) {
    return Browser.await(
        browser,
        b ->
            b
                .findElements(By.cssSelector("#messages .ui-messages-" + severity + "-summary"))
                .stream()
                .filter(WebElement::isDisplayed)
                .map(e -> e.getText().strip())
                .filter(text -> !text.isEmpty())
                .findFirst()
                .orElse(null));
  }

  /** The message is inside an alert (read out as it appears), and its list items are items. */
  private static void assertAnnounced(WebDriver browser, String text) {
    List<WebElement> alerts = browser.findElements(By.cssSelector("#messages [role='alert']"));
    assertTrue(
        alerts.stream().anyMatch(a -> a.getText().contains(text)),
        "no alert says \"" + text + "\"");
    assertEquals(
        0, browser.findElements(By.cssSelector("#messages li[role]")).size(), "items with a role");
  }
}
