package io.atrium.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The catalogue in Chromium, in French, in a copy of the French operator whose community manager
 * may read the catalogue but not change it: the super admin creates an item, sets its price from
 * today and finds it in the history and in the list; the community manager opens an item and finds
 * no Save and no price form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBrowserIT {

  private static String workspace;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void tenant() throws Exception {
    if (workspace == null) {
      workspace =
          ImportedTenants.copyOf(
              base,
              "lumiere",
              manifest ->
                  manifest.replaceFirst(
                      "inventory:read, statistics:read]",
                      "inventory:read, statistics:read, catalog:read]"));
    }
  }

  @Test
  void aManagerCreatesAnItemInFrenchPricesItAndSeesItInTheHistoryAndTheList() {
    WebDriver staff = browsers.open("staff", "fr-FR,fr");
    Browser.signIn(staff, base, workspace, "admin@lumiere.test");
    staff.get(base + "catalogue/list.xhtml");
    assertEquals("Catalogue de services · Atrium", staff.getTitle());
    staff.findElement(By.id("catalogueForm:new")).click();
    Browser.await(staff, b -> b.getTitle().startsWith("Nouvel article") ? true : null);
    staff.findElement(By.id("form:save")).click();
    Browser.await(
        staff, b -> b.findElements(By.cssSelector(".ui-message-error")).isEmpty() ? null : true);
    Axe.check(staff); // fields in error stay named
    staff.get(base + "catalogue/edit.xhtml"); // a fresh form, scrolled to its top
    Browser.await(staff, b -> b.getTitle().startsWith("Nouvel article") ? true : null);

    type(staff, "form:code", "bureau-b1");
    Browser.choose(staff, "form:kind", "Service principal");
    Browser.choose(staff, "form:serviceType", "Bureau privatif");
    Browser.choose(staff, "form:unit", "mois");
    type(staff, "form:nameFr", "Bureau privatif 4 postes");
    type(staff, "form:nameEn", "Private office for 4");
    Browser.choose(staff, "form:vatCategory", "S ·");
    type(staff, "form:taxRate_input", "20");
    type(staff, "form:creditHours_input", "4");
    staff
        .findElement(
            By.xpath(
                "//*[@id='form:centreIds']//label[starts-with(normalize-space(.),'PAR1')]"
                    + "/preceding-sibling::div[1]//div[contains(@class,'ui-chkbox-box')]"))
        .click();
    staff.findElement(By.id("form:save")).click();
    Browser.await(staff, b -> b.getCurrentUrl().contains("edit.xhtml?id=") ? true : null);
    assertTrue(messages(staff).contains("Article BUREAU-B1 enregistré."), messages(staff));

    String today =
        LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    type(staff, "priceForm:from_input", today);
    staff.findElement(By.id("priceForm:from_input")).sendKeys(Keys.ESCAPE);
    type(staff, "priceForm:unitPrice_input", "1250");
    staff.findElement(By.id("priceForm:setPrice")).click();
    Browser.await(
        staff, b -> messages(b).contains("Nouveau prix enregistré pour PAR1") ? true : null);
    String history = staff.findElement(By.id("history")).getText();
    assertTrue(history.contains("250,00 EUR"), history);
    assertTrue(history.contains("Hélène Garnier"), history);
    assertTrue(history.contains("en vigueur"), history);
    staff.navigate().refresh(); // the editor as it opens, with its history and the price form
    Browser.await(
        staff, b -> b.findElement(By.id("history")).getText().contains("EUR") ? true : null);
    assertEquals(
        "4,00",
        staff.findElement(By.id("form:creditHours_input")).getAttribute("value"),
        "the option's monthly credit hours are kept");
    Axe.check(staff);

    staff.get(base + "catalogue/list.xhtml");
    WebElement row =
        Browser.await(
            staff,
            b ->
                b.findElements(By.xpath("//tr[.//a[normalize-space(.)='BUREAU-B1']]")).stream()
                    .findFirst()
                    .orElse(null));
    String text = row.getText();
    assertTrue(text.contains("Bureau privatif 4 postes"), text);
    assertTrue(text.contains("PAR1") && text.contains("250,00 EUR"), text);
    assertTrue(text.contains("TVA 20 %"), text);
    assertTrue(text.contains("Actif"), text);
    Axe.check(staff);
  }

  /**
   * The editor saves with a full-page post: its text was read as ISO-8859-1, so saving the coffee's
   * tax rate turned its untouched French name "Café barista" into "CafÃ© barista", and the next
   * save refused the control character that this made.
   */
  @Test
  void savingAnItemKeepsTheAccentsOfItsTexts() {
    WebDriver staff = browsers.open("staff", "fr-FR,fr");
    Browser.signIn(staff, base, workspace, "admin@lumiere.test");
    staff.get(base + "catalogue/list.xhtml");
    Browser.await(
            staff,
            b ->
                b.findElements(By.xpath("//a[normalize-space(.)='CAFE']")).stream()
                    .findFirst()
                    .orElse(null))
        .click();
    Browser.await(staff, b -> b.getCurrentUrl().contains("edit.xhtml?id=") ? true : null);
    assertEquals("Café barista", staff.findElement(By.id("form:nameFr")).getAttribute("value"));
    type(staff, "form:descriptionFr", "Un café préparé à la demande.");
    staff.findElement(By.id("form:save")).click();
    Browser.await(staff, b -> messages(b).contains("Article CAFE enregistré.") ? true : null);
    staff.navigate().refresh();
    Browser.await(
        staff, b -> b.findElement(By.id("history")).getText().contains("EUR") ? true : null);
    assertEquals("Café barista", staff.findElement(By.id("form:nameFr")).getAttribute("value"));
    assertEquals(
        "Un café préparé à la demande.",
        staff.findElement(By.id("form:descriptionFr")).getAttribute("value"));
  }

  @Test
  void aCommunityManagerWithoutTheRightToEditSeesNoSaveAndNoPriceForm() throws Exception {
    Api api = new Api(base.toURI());
    String admin = api.token(workspace, "admin@lumiere.test");
    long kaolin =
        Api.json(api.get("api/companies?q=Kaolin", admin))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long paris =
        Api.json(api.get("api/companies/" + kaolin, admin))
            .getJsonNumber("homeCentreId")
            .longValue();
    var created =
        api.post(
            "api/catalogue",
            admin,
            "{\"code\":\"LOCKER-CM\",\"kind\":\"OPTION\",\"nameEn\":\"Locker\",\"nameFr\":\"Casier\","
                + "\"unit\":\"MONTH\",\"vatCategory\":\"S\",\"taxRate\":\"20\",\"centreIds\":["
                + paris
                + "]}");
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();

    WebDriver cm = browsers.open("cm", "fr-FR,fr");
    Browser.signIn(cm, base, workspace, "cm@lumiere.test");
    cm.get(base + "catalogue/list.xhtml");
    assertTrue(cm.findElements(By.id("catalogueForm:new")).isEmpty(), "no New item");
    cm.get(base + "catalogue/edit.xhtml?id=" + id);
    Browser.await(cm, b -> b.getTitle().startsWith("Casier") ? true : null);
    assertTrue(cm.findElements(By.id("form:save")).isEmpty(), "no Save");
    assertTrue(cm.findElements(By.id("priceForm:setPrice")).isEmpty(), "no price form");
    assertTrue(
        cm.findElement(By.id("form:nameFr")).getAttribute("disabled") != null, "read-only fields");
    assertEquals(
        "Aucun prix pour l’instant : l’article est « sans prix » et ne peut pas être chiffré.",
        cm.findElement(By.id("history"))
            .findElement(By.cssSelector(".ui-datatable-empty-message"))
            .getText());
  }

  private static void type(WebDriver browser, String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static String messages(WebDriver browser) {
    return browser.findElement(By.id("messages")).getText();
  }
}
