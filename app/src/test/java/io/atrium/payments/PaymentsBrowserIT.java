package io.atrium.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.PaymentFixtures;
import io.atrium.testing.TestDatabase;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments in Chromium: the accountant records a transfer in French on the "Record a payment" page
 * and finds it in the list; a company's administrator pays an invoice from the client space with
 * the test gateway, the invoice has nothing left to pay, and associates a SEPA mandate. The server
 * side first makes a copy of the demo under a known workspace, with issued invoices to Studio
 * Kaolin.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentsBrowserIT {

  private static final String WORKSPACE = "lumiere-pay-ui";

  @Deployment
  static WebArchive deployment() {
    // PaymentScreen is loaded, never run, in the server: the test class refers to it.
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Inject PaymentFixtures fixtures;

  @Inject InvoiceFixtures invoices;

  private PaymentScreen screen;

  @AfterEach
  void close() {
    if (screen != null) {
      screen.close();
    }
  }

  @Test
  @Order(1)
  void issueInvoicesToPay() {
    long tenant = fixtures.demoCopy("lumiere", WORKSPACE);
    for (int i = 0; i < 2; i++) {
      invoices.issue(
          tenant, c -> c.getName().equals("Studio Kaolin"), "100", LocalDate.of(2026, 11, 2));
    }
  }

  private long tenant() throws Exception {
    return Api.tenantId(new Api(base.toURI()).token(WORKSPACE, "accounts@lumiere.test"));
  }

  /** The oldest (or newest) issued Kaolin invoice that nothing has paid yet. */
  private long unpaidInvoice(long tenant, String order) {
    return TestDatabase.countFromClient(
        tenant,
        "SELECT i.id FROM invoice i JOIN company c ON c.id = i.company_id"
            + " WHERE c.name = 'Studio Kaolin' AND i.status = 'ISSUED' AND NOT EXISTS"
            + " (SELECT 1 FROM payment_allocation a WHERE a.invoice_id = i.id)"
            + " ORDER BY i.id "
            + order
            + " LIMIT 1");
  }

  @Test
  @Order(2)
  @RunAsClient
  void anAccountantRecordsATransferInFrench() throws Exception {
    long tenant = tenant();
    long kaolin =
        TestDatabase.countFromClient(tenant, "SELECT id FROM company WHERE name = 'Studio Kaolin'");
    long oldest = unpaidInvoice(tenant, "ASC");
    screen =
        PaymentScreen.open(
            base,
            WORKSPACE,
            "accounts@lumiere.test",
            "fr-FR,fr",
            "payments/record.xhtml?company=" + kaolin);
    assertEquals("Enregistrer un paiement · Atrium", screen.title());
    assertEquals(List.of(), screen.accessibilityViolations());

    screen.type("form:amount_input", "150");
    screen.type("form:reference", "VIR KAOLIN");
    screen.type("form:allocations:0:share_input", "120");
    screen.click("form:save");

    screen.awaitUrl("payments/list.xhtml");
    assertTrue(screen.text("messages").contains("Le paiement est enregistré."));
    String amount = screen.firstText(".payment-amount");
    assertTrue(amount.startsWith("150,00") && amount.endsWith("EUR"), amount);
    assertTrue(screen.firstText(".payment-credit").startsWith("30,00"));
    assertEquals(
        120,
        TestDatabase.countFromClient(
            tenant,
            "SELECT coalesce(sum(amount), 0)::bigint FROM payment_allocation WHERE invoice_id = ?",
            oldest));
  }

  @Test
  @Order(3)
  @RunAsClient
  void aMemberPaysAnInvoiceByCardFromTheClientSpace() throws Exception {
    long tenant = tenant();
    long invoice = unpaidInvoice(tenant, "DESC");
    screen =
        PaymentScreen.open(
            base,
            WORKSPACE,
            "admin@kaolin.test",
            "en-GB,en",
            "portal/pay.xhtml?invoice=" + invoice);
    assertEquals("120.00 EUR", screen.text("due"));
    assertEquals(List.of(), screen.accessibilityViolations());

    assertTrue(screen.text("testGateway").contains("charges no card"), screen.text("testGateway"));
    screen.type("payForm:paymentMethod", "1234");
    screen.click("payForm:pay");
    screen.awaitText("messages", "The card was declined");
    assertEquals("120.00 EUR", screen.text("due"), "a number that is no card's pays nothing");

    screen.retype("payForm:paymentMethod", "4242 4242 4242 4242");
    screen.click("payForm:pay");

    screen.awaitText("messages", "the invoice is paid");
    assertEquals("0.00 EUR", screen.text("due"));
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM payment p JOIN payment_allocation a ON a.payment_id = p.id"
                + " WHERE a.invoice_id = ? AND p.method = 'CARD' AND p.gateway = 'test'",
            invoice));

    String mandates =
        "SELECT count(*) FROM payment_mandate m JOIN company c ON c.id = m.company_id"
            + " WHERE c.name = 'Studio Kaolin' AND m.label = 'SEPA •••• 0189'";
    long before = TestDatabase.countFromClient(tenant, mandates);
    screen.type("mandateForm:iban", "FR76 3000 6000 0112 3456 7890 189");
    screen.type("mandateForm:holder", "Studio Kaolin");
    screen.click("mandateForm:associate");
    screen.awaitText("messages", "Mandate SEPA •••• 0189 is associated");
    assertEquals(before + 1, TestDatabase.countFromClient(tenant, mandates));

    screen.go("portal/pay.xhtml");
    assertEquals("Invoices to pay · Atrium", screen.title());
    String balance = screen.text("companyBalance");
    assertTrue(balance.contains("Outstanding balance") && balance.contains("Credit"), balance);
    assertEquals(List.of(), screen.accessibilityViolations());
  }

  @Test
  @Order(4)
  @RunAsClient
  void theAccountantAppliesTheTransfersCreditToAnOpenInvoice() throws Exception {
    long tenant = tenant();
    long payment =
        TestDatabase.countFromClient(
            tenant, "SELECT id FROM payment WHERE reference = 'VIR KAOLIN'");
    long open = unpaidInvoice(tenant, "ASC");
    String number =
        TestDatabase.textFromClient(tenant, "SELECT number FROM invoice WHERE id = ?", open);
    String allocated =
        "SELECT coalesce(sum(amount), 0)::bigint FROM payment_allocation WHERE payment_id = ?";
    screen =
        PaymentScreen.open(
            base, WORKSPACE, "accounts@lumiere.test", "en-GB,en", "payments/list.xhtml");
    assertTrue(screen.hasLink("payments/credit.xhtml?payment=" + payment), "offered in the list");
    screen.go("payments/credit.xhtml?payment=" + payment);
    assertEquals("Apply the credit · Atrium", screen.title());
    assertEquals("30.00 EUR", screen.text("credit"));
    assertEquals(List.of(), screen.accessibilityViolations());

    screen.share(number, "40");
    screen.click("form:save");
    screen.awaitText("messages", "of credit left");
    assertEquals(120, TestDatabase.countFromClient(tenant, allocated, payment), "nothing more");

    screen.share(number, "25");
    screen.click("form:save");
    screen.awaitUrl("payments/list.xhtml");
    assertTrue(screen.text("messages").contains("The credit is applied to the invoices."));
    assertEquals(145, TestDatabase.countFromClient(tenant, allocated, payment));
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM payment_allocation WHERE payment_id = ? AND invoice_id = ?"
                + " AND amount = 25",
            payment,
            open));
  }
}
