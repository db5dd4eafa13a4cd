package io.atrium.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
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
 * The whole sales cycle in Chromium, as a Super Admin of each demo operator works it in a copy of
 * the demo: a contract made for a client company with an office and its grid price, signed; its
 * first-month invoice, with its taxes (French VAT at lumiere, in French; CGST + SGST of Karnataka
 * at banyan, in English), opened from the contract; the payment recorded from the invoice for what
 * is due; the invoice then paid, on the staff page and in the company administrator's client space.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesCycleBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  /** A demo operator's cycle: who sells what to whom, and the words of the pages it reads. */
  record Cycle(
      String demo,
      String language,
      String staff,
      String centre,
      String company,
      String companyAdmin,
      String item,
      String space,
      String numberPattern,
      String invoiceKind,
      List<String> taxes,
      String absentTax,
      String active,
      String paid,
      String recorded) {}

  @Test
  void lumiereSellsAnOfficeToStudioKaolinInFrenchAndIsPaid() throws Exception {
    run(
        new Cycle(
            "lumiere",
            "fr-FR,fr",
            "admin@lumiere.test",
            "PAR1",
            "Studio Kaolin",
            "admin@kaolin.test",
            "BUREAU-PRIVE",
            "Bureau 102",
            "F-\\d{4}-\\d{6}",
            "Facture",
            List.of("TVA 20 %"),
            "CGST",
            "Actif",
            "Payée",
            "Le paiement est enregistré."));
  }

  @Test
  void banyanSellsACabinToChaiLabsWithGstAndIsPaid() throws Exception {
    run(
        new Cycle(
            "banyan",
            "en-GB,en",
            "admin@banyan.test",
            "BLR1",
            "Chai Labs",
            "admin@chailabs.test",
            "PRIVATE-CABIN",
            "Cabin 2",
            "I29/\\d{4}/\\d{6}",
            "Invoice",
            List.of("CGST 9 %", "SGST 9 %"),
            "IGST",
            "Active",
            "Paid",
            "The payment is recorded."));
  }

  private void run(Cycle c) throws Exception {
    String workspace = ImportedTenants.copyOf(base, c.demo());
    WebDriver b = browsers.open(c.language());
    Browser.signIn(b, base, workspace, c.staff());

    b.get(base + "contracts/contract.xhtml");
    Browser.choose(b, "form:centre", c.centre());
    Browser.choose(b, "form:companyId", c.company());
    // A whole past month, so the first invoice is a full month whatever the day of the run.
    type(b, "form:startDate_input", "01/11/2026");
    b.findElement(By.id("form:startDate_input")).sendKeys(Keys.ESCAPE);
    Browser.choose(b, "form:commitmentMonths", "12");
    Browser.choose(b, "form:newItem", c.item());
    Browser.choose(b, "form:newSpace", c.space());
    b.findElement(By.id("form:addLine")).click();
    Browser.await(b, x -> text(x, "form:lines").contains(c.space()) ? true : null);
    b.findElement(By.id("form:save")).click();
    Browser.await(b, x -> x.getCurrentUrl().contains("contract.xhtml?id=") ? true : null);

    b.findElement(By.id("head:sign")).click();
    Browser.await(b, x -> x.findElement(By.id("signDialog")).isDisplayed() ? true : null);
    type(b, "signForm:signatoryName", "Signatory " + c.demo());
    b.findElement(By.id("signForm:confirmSign")).click();
    Browser.await(b, x -> c.active().equals(text(x, "status")) ? true : null);

    WebElement firstMonth =
        Browser.await(
            b,
            x ->
                x.findElements(By.cssSelector("[id='tabs:invoices_data'] tr")).stream()
                    .filter(
                        tr ->
                            tr.findElements(By.tagName("td")).stream()
                                .anyMatch(td -> td.getText().strip().equals(c.invoiceKind())))
                    .flatMap(tr -> tr.findElements(By.cssSelector("a.invoice-number")).stream())
                    .filter(a -> a.getText().matches(c.numberPattern()))
                    .findFirst()
                    .orElse(null));
    String number = firstMonth.getText();
    firstMonth.click();
    Browser.await(b, x -> number.equals(text(x, "number")) ? true : null);
    Axe.check(b);

    String amounts = text(b, "content");
    for (String tax : c.taxes()) {
      assertTrue(amounts.contains(tax), tax + " in " + amounts);
    }
    assertFalse(amounts.contains(c.absentTax()), c.absentTax() + " is not charged: " + amounts);
    BigDecimal taxes =
        b.findElements(By.cssSelector("dd[class*='tax-']")).stream()
            .map(dd -> amount(dd.getText()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal gross = amount(text(b, "gross"));
    assertEquals(0, taxes.compareTo(amount(text(b, "taxTotal"))), "the taxes add up: " + amounts);
    assertEquals(0, gross.compareTo(amount(text(b, "due"))), "nothing paid yet: " + amounts);
    String invoicePage = b.getCurrentUrl();

    Browser.click(b, By.id("recordInvoicePayment"));
    Browser.await(b, x -> x.getCurrentUrl().contains("payments/record.xhtml") ? true : null);
    assertEquals(
        0,
        gross.compareTo(amount(b.findElement(By.id("form:amount_input")).getAttribute("value"))));
    b.findElement(By.id("form:reference")).sendKeys("TRANSFER " + number);
    b.findElement(By.id("form:save")).click();
    Browser.await(b, x -> x.getCurrentUrl().contains("payments/list.xhtml") ? true : null);
    assertTrue(text(b, "messages").contains(c.recorded()), text(b, "messages"));

    b.get(invoicePage);
    assertEquals(c.paid(), text(b, "paymentState").strip());
    assertEquals(0, BigDecimal.ZERO.compareTo(amount(text(b, "due"))), text(b, "due"));

    WebDriver client = browsers.open(c.language());
    Browser.signIn(client, base, workspace, c.companyAdmin());
    client.get(base + "portal/company.xhtml");
    String row =
        Browser.await(
            client,
            x ->
                x.findElements(By.cssSelector("[id='myInvoicesForm:invoices'] tr")).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.contains(number))
                    .findFirst()
                    .orElse(null));
    assertTrue(row.contains(c.paid()), "the client sees it paid: " + row);
  }

  private static final Pattern AMOUNT = Pattern.compile("-?[\\d\\s\\u00a0\\u202f.,]*\\d");

  /** An amount as a page prints it, in either language: "1 234,56 EUR" or "1,234.56 INR". */
  private static BigDecimal amount(String printed) {
    Matcher found = AMOUNT.matcher(printed);
    if (!found.find()) {
      throw new AssertionError("no amount in " + printed);
    }
    String digits = found.group().replaceAll("[\\s\\u00a0\\u202f]", "");
    int decimal = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
    String whole = digits.substring(0, decimal).replaceAll("[.,]", "");
    return new BigDecimal(whole + "." + digits.substring(decimal + 1));
  }

  private static String text(WebDriver b, String id) {
    return b.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
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
}
