package io.atrium.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The contract pages in Chromium, as lumiere's Super Admin uses them in this class's copy of
 * lumiere: a contract made with a priced line and saved, its signature recorded, and its deposit
 * and first-month invoices in its Invoices tab (in French); a draft cancelled with its reason, and
 * a draft without a start date refused beside the field (in English).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractsBrowserIT {

  private static final Pattern NUMBER = Pattern.compile("F-\\d{4}-\\d{6}");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

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
  void aContractIsMadeSignedAndShowsItsTwoInvoices() throws Exception {
    WebDriver b = signedIn("fr-FR,fr");
    b.get(base + "contracts/list.xhtml");
    assertEquals("Contrats · Atrium", b.getTitle());
    Axe.check(b);
    b.findElement(By.id("contractsForm:new")).click();
    Browser.await(b, x -> x.getTitle().startsWith("Nouveau contrat") ? true : null);
    draft(b, "Studio Kaolin");
    type(b, "form:depositAmount_input", "1300");
    Browser.choose(b, "form:newItem", "BUREAU-PRIVE");
    Browser.choose(b, "form:newSpace", "Bureau 102");
    b.findElement(By.id("form:addLine")).click();
    Browser.await(b, x -> text(x, "form:lines").contains("Bureau 102") ? true : null);
    assertTrue(
        text(b, "form:breakdownLines").contains("650,00 EUR"), text(b, "form:breakdownLines"));
    b.findElement(By.id("form:save")).click();
    Browser.await(b, x -> x.getCurrentUrl().contains("contract.xhtml?id=") ? true : null);
    assertTrue(messages(b).matches("(?s).*Contrat C-\\d{4}-\\d{4} enregistré\\..*"), messages(b));
    assertEquals("Brouillon", b.findElement(By.id("status")).getText());
    Axe.check(b);

    b.findElement(By.id("head:sign")).click();
    Browser.await(b, x -> x.findElement(By.id("signDialog")).isDisplayed() ? true : null);
    Axe.check(b);
    type(b, "signForm:signatoryName", "Léa Fontaine");
    b.findElement(By.id("signForm:confirmSign")).click();
    Browser.await(b, x -> "Actif".equals(statusOf(x)) ? true : null);
    assertTrue(messages(b).contains("Signature enregistrée. Factures émises : F-"), messages(b));
    assertEquals("Léa Fontaine · Papier", b.findElement(By.id("signatory")).getText());

    b.findElements(By.cssSelector("#tabs .ui-tabs-nav li")).stream()
        .filter(tab -> tab.getText().contains("Factures"))
        .findFirst()
        .orElseThrow()
        .click();
    String invoices = Browser.await(b, x -> visibleText(x, "tabs:invoices"));
    Matcher numbers = NUMBER.matcher(invoices);
    assertTrue(numbers.find() && numbers.find(), invoices);
    assertTrue(invoices.contains("Facture de dépôt de garantie"), invoices);
    assertTrue(invoices.contains("300,00 EUR"), invoices);
  }

  @Test
  void aDraftNeedsAStartDateAndIsCancelledWithItsReason() throws Exception {
    WebDriver b = signedIn("en-GB,en");
    b.get(base + "contracts/contract.xhtml");
    assertEquals("Deposit", b.findElement(By.id("form:depositLabel")).getText().strip());
    Browser.choose(b, "form:centre", "PAR1");
    assertEquals(
        "Deposit (EUR)",
        Browser.await(
            b,
            x -> {
              String label = x.findElement(By.id("form:depositLabel")).getText().strip();
              return label.contains("(") ? label : null;
            }),
        "the centre's currency once it is chosen, no empty brackets before");
    Browser.choose(b, "form:companyId", "Studio Kaolin");
    b.findElement(By.id("form:save")).click();
    String refused =
        Browser.await(
            b,
            x ->
                x
                    .findElements(
                        By.cssSelector("[id='form:startDate'] ~ .ui-message, .field .ui-message"))
                    .stream()
                    .map(WebElement::getText)
                    .filter(t -> !t.isBlank())
                    .findFirst()
                    .orElse(null));
    assertTrue(refused.contains("Start date"), refused);

    draft(b, "Studio Kaolin");
    Browser.choose(b, "form:newItem", "DOMICILIATION");
    b.findElement(By.id("form:addLine")).click();
    // The line is described in the operator's language, as its invoices will print it; the
    // grid's 12-month rate takes 5 EUR off the 45 EUR business address.
    Browser.await(b, x -> text(x, "form:lines").contains("Domiciliation") ? true : null);
    assertTrue(text(b, "form:lines").contains("40.00 EUR"), text(b, "form:lines"));
    b.findElement(By.id("form:save")).click();
    Browser.await(b, x -> x.getCurrentUrl().contains("contract.xhtml?id=") ? true : null);

    b.findElement(By.id("head:cancel")).click();
    Browser.await(b, x -> x.findElement(By.id("cancelDialog")).isDisplayed() ? true : null);
    b.findElement(By.id("cancelForm:confirmCancel")).click();
    Browser.await(
        b,
        x -> text(x, "cancelDialog").contains("Say why the contract is cancelled.") ? true : null);
    type(b, "cancelForm:reason", "The client chose another place");
    b.findElement(By.id("cancelForm:confirmCancel")).click();
    Browser.await(b, x -> "Cancelled".equals(statusOf(x)) ? true : null);
    assertTrue(b.getPageSource().contains("The client chose another place"), "the reason is shown");
  }

  /** The terms of a draft for the company at Paris from 14 November 2026, committed 12 months. */
  private static void draft(WebDriver b, String company) {
    Browser.choose(b, "form:centre", "PAR1");
    Browser.choose(b, "form:companyId", company);
    type(b, "form:startDate_input", "14/11/2026");
    b.findElement(By.id("form:startDate_input")).sendKeys(Keys.ESCAPE);
    Browser.choose(b, "form:commitmentMonths", "12");
  }

  private static String statusOf(WebDriver b) {
    return b.findElements(By.id("status")).stream().map(WebElement::getText).findFirst().orElse("");
  }

  private static String text(WebDriver b, String id) {
    return b.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
  }

  private static String visibleText(WebDriver b, String id) {
    return b.findElements(By.id(id)).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .filter(t -> t.contains("F-"))
        .findFirst()
        .orElse(null);
  }

  private static void type(WebDriver b, String id, String text) {
    WebElement input =
        Browser.await(
            b,
            x ->
                x.findElements(By.id(id)).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  private static String messages(WebDriver b) {
    return b.findElement(By.id("messages")).getText();
  }
}
