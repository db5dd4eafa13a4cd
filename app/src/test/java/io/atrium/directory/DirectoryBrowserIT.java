package io.atrium.directory;

import static io.atrium.directory.DemoDirectory.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.util.List;
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

/**
 * The French product document's first two steps in Chromium, in French: create a company with the
 * "+" button (a missing field is named), find it in the list, add a user from its Members tab, and
 * "Activer le compte".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver browser;

  @Test
  void aCompanyIsCreatedInFrenchThenGetsAUserWhoseAccountIsActivated() throws Exception {
    createAddActivate();
  }

  private void createAddActivate() throws Exception {
    String name = "Atelier Vermeil " + RUN;
    String contactEmail = "margaux." + RUN + "@vermeil.test";
    String userEmail = "bruno." + RUN + "@vermeil.test";
    browser = browsers.open("fr-FR,fr");
    Browser.signIn(browser, base, "lumiere", "admin@lumiere.test");
    browser.get(base + "directory/companies/list.xhtml");
    assertEquals("Entreprises · Atrium", browser.getTitle());

    browser.findElement(By.id("companiesForm:new")).click();
    Browser.await(browser, b -> b.findElement(By.id("createDialog")).isDisplayed() ? true : null);
    type("createForm:contactName", "Margaux Lefèvre");
    type("createForm:contactEmail", contactEmail);
    Browser.choose(browser, "createForm:homeCentre", "LYO1");
    browser.findElement(By.id("createForm:save")).click();
    WebElement missing = Browser.await(browser, b -> messageOf("createForm:name"));
    assertEquals("Nom est obligatoire.", missing.getText());
    assertTrue(browser.findElement(By.id("createDialog")).isDisplayed(), "the dialog stays open");
    Axe.check(browser); // the field in error, inside the dialog

    type("createForm:name", name);
    browser.findElement(By.id("createForm:save")).click();
    Browser.await(browser, b -> b.findElement(By.id("createDialog")).isDisplayed() ? null : true);
    String created = browser.findElement(By.id("messages")).getText();
    assertTrue(created.contains("Entreprise " + name + " créée"), created);

    type("companiesForm:companies:search", "vermeil " + RUN);
    WebElement row =
        Browser.await(
            browser,
            b -> {
              var rows = b.findElements(By.cssSelector("a.company-name"));
              return rows.size() == 1 && rows.get(0).getText().equals(name) ? rows.get(0) : null;
            });
    row.click();
    Browser.await(browser, b -> b.getTitle().startsWith(name) ? true : null);
    assertTrue(
        browser
            .findElement(By.id("tabs:details:mainContact"))
            .getText()
            .contains("Margaux Lefèvre"),
        "the contact is the main contact");

    browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Membres']")).click();
    WebElement newUser = Browser.await(browser, b -> visible("tabs:membersForm:newMember"));
    assertEquals("Créer un nouvel utilisateur", newUser.getText());
    newUser.click();
    Browser.await(browser, b -> b.findElement(By.id("memberDialog")).isDisplayed() ? true : null);
    type("memberForm:fullName", "Bruno Lemaire");
    type("memberForm:email", userEmail);
    browser.findElement(By.id("memberForm:save")).click();
    WebElement user =
        Browser.await(
            browser,
            b ->
                b.findElements(By.cssSelector("a.member-name")).stream()
                    .filter(a -> a.isDisplayed() && a.getText().equals("Bruno Lemaire"))
                    .findFirst()
                    .orElse(null));
    user.click();
    Browser.await(browser, b -> b.getTitle().startsWith("Bruno Lemaire") ? true : null);

    WebElement activate = browser.findElement(By.id("head:activate"));
    assertEquals("Activer le compte", activate.getText());
    activate.click();
    String sent =
        Browser.await(
            browser,
            b -> {
              String text = b.findElement(By.id("messages")).getText();
              return text.isBlank() ? null : text;
            });
    assertTrue(sent.contains("E-mail d’activation envoyé à " + userEmail), sent);
    long memberId =
        Long.parseLong(URI.create(browser.getCurrentUrl()).getQuery().replaceAll("\\D", ""));
    long tenant = new DemoDirectory(new Api(base.toURI())).tenantId("lumiere");
    assertEquals(1, DirectoryApiIT.activationLinks(tenant, memberId), "the link is stored");

    browser.findElement(By.id("head:disable")).click();
    Browser.await(browser, b -> visibleIn(By.cssSelector(".ui-confirmdialog-yes"))).click();
    Browser.await(browser, b -> badge().equals("Désactivé") ? true : null);
    assertTrue(
        browser.findElements(By.id("head:activate")).isEmpty(), "no activation while disabled");
    browser.findElement(By.id("head:enable")).click();
    Browser.await(browser, b -> badge().equals("Invité") ? true : null);
  }

  @Test
  void aManagerInvitesAColleagueFromTheirSpaceWithARoleNoHigherThanTheirOwn() {
    invite();
  }

  private void invite() {
    String email = "zoe." + RUN + "@brique.test";
    browser = browsers.open("en-GB,en");
    Browser.signIn(browser, base, "lumiere", "manager@brique.test");
    browser.findElement(By.id("myCompany")).click();
    Browser.await(browser, b -> b.getTitle().equals("My company · Atrium") ? true : null);
    assertEquals("Brique Rouge Architectes", browser.findElement(By.id("companyName")).getText());

    browser.findElement(By.id("membersForm:invite")).click();
    Browser.await(browser, b -> b.findElement(By.id("inviteDialog")).isDisplayed() ? true : null);
    browser.findElement(By.id("inviteForm:role")).click();
    List<String> roles =
        Browser.await(
            browser,
            b -> {
              var items = b.findElements(By.cssSelector("[id='inviteForm:role_items'] li"));
              return !items.isEmpty() && items.stream().allMatch(WebElement::isDisplayed)
                  ? items.stream().map(WebElement::getText).toList()
                  : null;
            });
    assertEquals(List.of("Manager", "User"), roles, "no Administrator for a manager");
    Browser.choose(browser, "inviteForm:role", "User");
    type("inviteForm:fullName", "Zoé Marchand");
    type("inviteForm:email", email);
    browser.findElement(By.id("inviteForm:send")).click();
    String sent =
        Browser.await(
            browser,
            b -> {
              String text = b.findElement(By.id("messages")).getText();
              return text.isBlank() ? null : text;
            });
    assertTrue(sent.contains("Invitation sent to " + email), sent);
    String members = browser.findElement(By.id("membersForm:members")).getText();
    assertTrue(members.contains(email) && members.contains("Invited"), members);
  }

  private String badge() {
    return browser.findElement(By.cssSelector("[id='head:status'] .badge")).getText();
  }

  private WebElement visibleIn(By selector) {
    return browser.findElements(selector).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Picks the item starting with the label in a PrimeFaces select, until the select shows it: a
   * click that lands while the panel is still opening is tried again.
   */

  /** The error shown under an input of the a:field tag, once there is one. */
  private WebElement messageOf(String inputId) {
    return browser
        .findElements(
            By.xpath(
                "//input[@id='"
                    + inputId
                    + "']/ancestor::div[contains(@class,'field')]"
                    + "//*[contains(@class,'ui-message-error')]"))
        .stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  private WebElement visible(String id) {
    var element = browser.findElement(By.id(id));
    return element.isDisplayed() ? element : null;
  }
}
