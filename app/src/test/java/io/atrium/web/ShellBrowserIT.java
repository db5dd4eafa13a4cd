package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.format.Formats;
import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The shell as a person sees it in Chromium: languages, sign-in form, menu, error page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver browser;

  private String label(String forId) {
    return browser.findElement(By.cssSelector("label[for='" + forId + "']")).getText();
  }

  @Test
  void theLoginPageSwitchesFromEnglishToFrenchAndRemembersIt() {
    browser = browsers.open("en-GB,en");
    browser.get(base + "login.xhtml");
    assertEquals("Sign in · Atrium", browser.getTitle());
    assertTrue(label("login:workspace").startsWith("Workspace"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));

    browser.findElement(By.id("language:fr")).click();
    Browser.await(browser, b -> b.getTitle().startsWith("Connexion") ? true : null);
    assertTrue(label("login:workspace").startsWith("Espace de travail"));
    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));

    browser.navigate().refresh();
    assertEquals("Connexion · Atrium", browser.getTitle(), "the choice survives a new request");
    Browser.signIn(browser, base, "banyan", "admin@banyan.test");
    assertEquals("Tableau de bord · Atrium", browser.getTitle(), "the choice survives sign-in");
    // The first centre's day (BLR1), written as every page writes dates for a French reader.
    String today = Formats.of(Locale.FRENCH, "IN").date(LocalDate.now(ZoneId.of("Asia/Kolkata")));
    assertEquals(today, browser.findElement(By.id("today")).getText(), "dates in French");
  }

  @Test
  void aFrenchBrowserGetsFrenchPagesWithoutChoosing() {
    browser = browsers.open("fr-FR,fr");
    browser.get(base + "login.xhtml");
    assertEquals("Connexion · Atrium", browser.getTitle());
  }

  @Test
  void anIncompleteSignInShowsAMessageUnderEachMissingFieldInTheUsersLanguage() {
    browser = browsers.open("fr-FR,fr");
    browser.get(base + "login.xhtml");
    browser.findElement(By.id("login:signIn")).click();
    var messages =
        Browser.await(
            browser,
            b -> {
              var shown = b.findElements(By.cssSelector(".field .ui-message-error"));
              return shown.size() == 3 ? shown : null;
            });
    WebElement message = messages.get(0);
    assertTrue(message.getText().contains("obligatoire"), message.getText());
    Axe.check(browser); // fields in error stay named and announced
  }

  @Test
  void aFormSentAfterTheSessionExpiredReloadsThePageWithANotice() {
    browser = browsers.open("en-US,en");
    browser.get(base + "login.xhtml");
    browser.findElement(By.id("login:workspace")).sendKeys("lumiere");
    browser.manage().deleteAllCookies(); // what a session timeout leaves behind
    browser.findElement(By.id("login:signIn")).click();
    WebElement notice =
        Browser.await(
            browser, b -> b.findElements(By.id("expiredNotice")).stream().findFirst().orElse(null));
    assertTrue(notice.getText().contains("reloaded"), notice.getText());
    assertEquals("Sign in · Atrium", browser.getTitle());
    assertEquals("", browser.findElement(By.id("login:workspace")).getAttribute("value"));
  }

  @Test
  void aSuperAdminSeesEveryBuiltModuleInTheMenuAndNoOther() {
    browser = browsers.open("en-US,en");
    Browser.signIn(browser, base, "lumiere", "admin@lumiere.test");
    var menu = browser.findElement(By.id("sidemenu"));
    assertTrue(menu.getText().contains("Helpdesk tickets"));
    assertFalse(menu.getText().contains("Mail and parcels"), "a module not built is not shown");
    assertEquals(
        Arrays.stream(Module.values()).filter(Module::isAvailable).count(),
        menu.findElements(By.cssSelector(".menu-item")).size());
    assertTrue(menu.findElements(By.cssSelector(".menu-item.disabled")).isEmpty());
    assertTrue(
        browser.findElement(By.id("tenantName")).getText().contains("Ateliers Lumière"),
        "the operator in the top bar");
  }

  @Test
  void aTechnicianSeesOnlyTheModulesTheirRoleReads() {
    browser = browsers.open("en-US,en");
    Browser.signIn(browser, base, "lumiere", "tech@lumiere.test");
    String menu = browser.findElement(By.id("sidemenu")).getText();
    assertTrue(menu.contains("Helpdesk tickets"), menu);
    assertFalse(menu.contains("Invoices"), menu);
    assertFalse(menu.contains("Staff"), menu);
  }

  @Test
  void aMissingPageShowsTheNotFoundPageAndNoStackTrace() {
    browser = browsers.open("en-US,en");
    Browser.signIn(browser, base, "lumiere", "cm@lumiere.test");
    browser.get(base + "no-such-page.xhtml");
    assertEquals("Page not found · Atrium", browser.getTitle());
    String text = browser.findElement(By.tagName("body")).getText();
    assertTrue(text.contains("Back to the dashboard"), text);
    assertFalse(text.contains("Exception"), text);
    assertFalse(text.contains("at io.atrium"), text);
  }
}
