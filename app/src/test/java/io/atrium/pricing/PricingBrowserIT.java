package io.atrium.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The three pages of the pricing rules in Chromium, as lumiere's Super Admin uses them in this
 * class's copy of lumiere: each saves, and bad input shows a message beside its field (a negative
 * price, a grid line without a commitment length, a centre that has a grid, a zero discount).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PricingBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  /** This class's copy of lumiere: the tests change its pricing rules. */
  private static String workspace;

  private WebDriver signedIn(String language) throws Exception {
    if (workspace == null) {
      workspace = ImportedTenants.copyOf(base, "lumiere");
    }
    WebDriver browser = browsers.open(language);
    Browser.signIn(browser, base, workspace, "admin@lumiere.test");
    return browser;
  }

  @Test
  void aCentresReferencePriceIsRefusedBelowZeroThenSaved() throws Exception {
    WebDriver b = signedIn("en-GB,en");
    b.get(base + "pricing/centres.xhtml");
    assertEquals("Prices per centre · Atrium", b.getTitle());
    Browser.choose(b, "priceForm:centre", "PAR1");
    type(b, "priceForm:price_input", "-5");
    b.findElement(By.id("priceForm:save")).click();
    assertEquals(
        "The amount cannot be negative.",
        Browser.await(b, x -> textOf(x, "[id='priceForm:price'] ~ .ui-message, .ui-message")));

    type(b, "priceForm:price_input", "45");
    b.findElement(By.id("priceForm:save")).click();
    Browser.await(b, x -> messages(x).contains("Reference price of PAR1") ? true : null);
    String row = b.findElement(By.id("centresForm:centres")).getText();
    assertTrue(row.contains("45.00 EUR"), row);
  }

  @Test
  void aGridNeedsACommitmentLengthAndACentreHasOneGridAtMost() throws Exception {
    WebDriver b = signedIn("fr-FR,fr");
    String name = "Grille " + UUID.randomUUID().toString().substring(0, 6);
    b.get(base + "pricing/grid.xhtml");
    type(b, "form:name", name);
    checkCentre(b, "form:centreIds", "PAR1");
    type(b, "form:lines:0:coefficient_input", "2");
    b.findElement(By.id("form:save")).click();
    assertEquals(
        "Indiquez la durée d’engagement de cette ligne.",
        Browser.await(
            b, x -> textOf(x, "[id='form:lines:0:months'] ~ .ui-message, td .ui-message")));

    // The copy's PAR1 already has the demo grid: a centre has one grid at most.
    Browser.choose(b, "form:lines:0:months", "12 mois");
    b.findElement(By.id("form:save")).click();
    String taken =
        Browser.await(
            b,
            x ->
                x.findElements(By.cssSelector(".ui-message")).stream()
                    .map(WebElement::getText)
                    .filter(text -> text.contains("a déjà la grille"))
                    .findFirst()
                    .orElse(null));
    assertTrue(
        taken.startsWith("PAR1 · ") && taken.contains("a déjà la grille Grille bureaux 2026"),
        taken);

    checkCentre(b, "form:centreIds", "PAR1");
    b.findElement(By.id("form:save")).click();
    Browser.await(b, x -> x.getCurrentUrl().contains("grid.xhtml?id=") ? true : null);
    assertTrue(messages(b).contains("Grille " + name + " enregistrée."), messages(b));

    b.get(base + "pricing/grids.xhtml");
    String list = b.findElement(By.id("gridsForm:grids")).getText();
    assertTrue(list.contains(name) && list.contains("Grille bureaux 2026"), list);
  }

  @Test
  void aDiscountIsRefusedAtZeroThenAddedAndDeactivated() throws Exception {
    WebDriver b = signedIn("fr-FR,fr");
    String name = "Remise " + UUID.randomUUID().toString().substring(0, 6);
    b.get(base + "pricing/discounts.xhtml");
    assertEquals("Réductions · Atrium", b.getTitle());
    b.findElement(By.id("discountsForm:new")).click();
    Browser.await(b, x -> x.findElement(By.id("discountDialog")).isDisplayed() ? true : null);
    type(b, "discountForm:name", name);
    type(b, "discountForm:percent_input", "0");
    Browser.choose(b, "discountForm:roleId", "Commercial");
    checkCentre(b, "discountForm:centreIds", "PAR1");
    b.findElement(By.id("discountForm:save")).click();
    assertEquals(
        "Le pourcentage doit être supérieur à 0 et au plus 100, avec 2 décimales au plus.",
        Browser.await(b, x -> textOf(x, "#discountForm .ui-message")));

    type(b, "discountForm:percent_input", "12");
    b.findElement(By.id("discountForm:save")).click();
    Browser.await(
        b, x -> messages(x).contains("Réduction " + name + " enregistrée.") ? true : null);
    WebElement row = rowOf(b, name);
    assertTrue(row.getText().contains("12 %") && row.getText().contains("Actif"), row.getText());

    row.findElement(By.cssSelector("button[id$=':deactivate']")).click();
    Browser.await(b, x -> visible(x, ".ui-confirmdialog-yes")).click();
    Browser.await(b, x -> rowOf(x, name).getText().contains("Inactif") ? true : null);
  }

  private static WebElement rowOf(WebDriver b, String name) {
    return b.findElements(By.cssSelector("[id='discountsForm:discounts'] tbody tr")).stream()
        .filter(tr -> tr.getText().contains(name))
        .findFirst()
        .orElseThrow();
  }

  private static void checkCentre(WebDriver b, String id, String code) {
    b.findElements(By.cssSelector("[id='" + id + "'] label")).stream()
        .filter(label -> label.getText().startsWith(code))
        .findFirst()
        .orElseThrow()
        .click();
  }

  private static void type(WebDriver b, String id, String text) {
    WebElement input = Browser.await(b, x -> visibleById(x, id));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  private static WebElement visibleById(WebDriver b, String id) {
    return b.findElements(By.id(id)).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  private static WebElement visible(WebDriver b, String css) {
    return b.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  /**
   * The first shown, non-empty text of the elements matching css (empty message holders skipped).
   */
  private static String textOf(WebDriver b, String css) {
    return b.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getText().strip())
        .filter(text -> !text.isEmpty())
        .findFirst()
        .orElse(null);
  }

  private static String messages(WebDriver b) {
    return b.findElement(By.id("messages")).getText();
  }
}
