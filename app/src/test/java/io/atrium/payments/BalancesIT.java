package io.atrium.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.directory.Company;
import io.atrium.invoicing.Corrections;
import io.atrium.invoicing.CreditLine;
import io.atrium.invoicing.Invoice;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.PaymentFixtures;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outstanding balances (000 "Financial Visibility"): the due of issued invoices less payments, and
 * the credit left, shown to staff whose role may see balances (in their centres) and to the
 * company's members holding the company-documents right; refused to everyone else.
 */
@ExtendWith(ArquillianExtension.class)
class BalancesIT {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Inject TestTenants tenants;

  @Inject InvoiceFixtures invoices;

  @Inject PaymentFixtures fixtures;

  @Inject Payments payments;

  @Inject Corrections corrections;

  @Inject io.atrium.invoicing.Invoices issuer;

  @Inject io.atrium.invoicing.InvoiceLines lines;

  private static String slug;
  private static long tenant;
  private static long kaolin;
  private static JsonObject before;
  private static long nordlys;

  private Api api;

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(base.toURI());
    if (slug != null) {
      return;
    }
    slug = tenants.copyOf("lumiere");
    tenant = tenants.idOf(slug);
    kaolin = company("Studio Kaolin");
    nordlys = company("Nordlys Conseil");
    // The demo's own documents to Kaolin (its contract's invoices) are the starting balance.
    before = balance();
    Invoice first = invoices.issue(tenant, c -> c.getId() == kaolin, "100", DAY);
    invoices.issue(tenant, c -> c.getId() == kaolin, "50", today());
    fixtures.as(
        slug,
        "accounts@lumiere.test",
        true,
        () ->
            payments.record(
                new NewPayment(
                    kaolin,
                    null,
                    Payment.Method.CHEQUE,
                    new BigDecimal("150"),
                    DAY.plusDays(3),
                    "CHQ 1",
                    List.of(new NewPayment.Share(first.getId(), new BigDecimal("120"))),
                    null)));
  }

  private long company(String name) {
    return tenants.all(tenant, Company.class).stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private int status(String email, long company) {
    return api.get("api/payments/balances?company=" + company, api.token(slug, email)).statusCode();
  }

  /** Kaolin's balance in EUR as the accountant reads it (zeros when it has none). */
  private JsonObject balance() {
    return balance(kaolin);
  }

  /** A company's balance in EUR as the accountant reads it (zeros when it has none). */
  private JsonObject balance(long company) {
    var response =
        api.get(
            "api/payments/balances?company=" + company, api.token(slug, "accounts@lumiere.test"));
    assertEquals(200, response.statusCode(), response.body());
    JsonArray balances = Api.jsonArray(response);
    assertTrue(balances.size() <= 1, "one currency: " + balances);
    balances.forEach(
        b ->
            assertEquals(
                java.util.Set.of("currency", "due", "credit", "net", "openInvoices"),
                b.asJsonObject().keySet(),
                "no getDue, getNet… beside the fields"));
    return balances.isEmpty()
        ? Json.createObjectBuilder().add("due", 0).add("credit", 0).add("openInvoices", 0).build()
        : balances.getJsonObject(0);
  }

  private static BigDecimal amount(JsonObject balance, String name) {
    return balance.getJsonNumber(name).bigDecimalValue();
  }

  @Test
  void aRoleThatMaySeeBalancesSeesTheDueAndTheCredit() {
    JsonObject eur = balance();
    assertEquals("EUR", eur.getString("currency"));
    assertEquals(0, amount(before, "due").add(new BigDecimal("60")).compareTo(amount(eur, "due")));
    assertEquals(
        0, amount(before, "credit").add(new BigDecimal("30")).compareTo(amount(eur, "credit")));
    assertEquals(before.getInt("openInvoices") + 1, eur.getInt("openInvoices"));
  }

  @Test
  void balancesAreHiddenFromRolesThatMayNotSeeThemAndOutsideOnesCentres() {
    assertEquals(200, status("cm@lumiere.test", kaolin), "Paris community manager, Paris client");
    assertEquals(404, status("cm@lumiere.test", nordlys), "a Lyon client is not in their centres");
    assertEquals(403, status("sales@lumiere.test", kaolin));
    assertEquals(403, status("reception@lumiere.test", kaolin));
  }

  @Test
  void aCompanysAdministratorSeesItsOwnBalanceOnly() {
    assertEquals(200, status("admin@kaolin.test", kaolin));
    assertEquals(403, status("user@kaolin.test", kaolin), "no company-documents right");
    assertEquals(404, status("admin@kaolin.test", nordlys));
  }

  /**
   * Today in Paris and Lyon: a test's corrections are issued today, and a series refuses a document
   * dated before its last one.
   */
  private static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
  }

  private String accountant() {
    return api.token(slug, "accounts@lumiere.test");
  }

  private <T> T asAccountant(java.util.function.Supplier<T> work) {
    return fixtures.as(slug, "accounts@lumiere.test", true, work);
  }

  private Payments.Detail transfer(long company, Invoice invoice, String amount) {
    return asAccountant(
            () ->
                payments.record(
                    new NewPayment(
                        company,
                        null,
                        Payment.Method.TRANSFER,
                        new BigDecimal(amount),
                        today(),
                        "VIR " + invoice.getNumber(),
                        List.of(new NewPayment.Share(invoice.getId(), new BigDecimal(amount))),
                        null)))
        .detail();
  }

  private JsonObject invoiceView(long id) {
    var response = api.get("api/invoices/" + id, accountant());
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static void assertAmount(String expected, BigDecimal actual, String what) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
  }

  /**
   * A credit note on an invoice paid in full takes back money the client paid: what it takes back
   * beyond what was still due becomes the payer's credit, shown in the balance and applied to
   * another invoice like an over-payment's, never counted twice.
   */
  @Test
  void aCreditNoteOnAPaidInvoiceGivesThePaymentBackAsCredit() {
    Invoice paid = invoices.issue(tenant, c -> c.getId() == nordlys, "99.99", today());
    Invoice other = invoices.issue(tenant, c -> c.getId() == nordlys, "50", today());
    assertAmount("119.99", paid.getGrossTotal(), "gross");
    Payments.Detail payment = transfer(nordlys, paid, "119.99");
    JsonObject before = balance(nordlys);

    long line = paid.getLines().get(0).getId();
    Invoice note =
        asAccountant(
            () ->
                corrections.creditNote(
                    paid.getId(), List.of(new CreditLine(line, null, new BigDecimal("20")))));
    assertAmount("24.00", note.getGrossTotal(), "credit note");

    JsonObject after = balance(nordlys);
    assertAmount(amount(before, "due").toPlainString(), amount(after, "due"), "due unchanged");
    assertAmount(
        amount(before, "credit").add(new BigDecimal("24")).toPlainString(),
        amount(after, "credit"),
        "the 24.00 taken back is the client's credit");
    JsonObject view = invoiceView(paid.getId());
    assertEquals("PAID", view.getString("paymentState"), view.toString());
    assertEquals("0.00", view.getString("due"), view.toString());
    assertEquals("24.00", view.getString("credited"), view.toString());
    assertEquals("95.99", view.getString("paid"), view.toString());

    String path = "api/payments/" + payment.payment().getId();
    assertAmount(
        "24.00",
        Api.json(api.get(path, accountant())).getJsonNumber("credit").bigDecimalValue(),
        "the payment holds the credit");
    String tooMuch =
        "{\"allocations\":[{\"invoiceId\":" + other.getId() + ",\"amount\":\"24.01\"}]}";
    assertEquals(409, api.post(path + "/allocations", accountant(), tooMuch).statusCode());
    String all = "{\"allocations\":[{\"invoiceId\":" + other.getId() + ",\"amount\":\"24.00\"}]}";
    var applied = api.post(path + "/allocations", accountant(), all);
    assertEquals(200, applied.statusCode(), applied.body());
    JsonObject settled = balance(nordlys);
    assertAmount(
        amount(before, "due").subtract(new BigDecimal("24")).toPlainString(),
        amount(settled, "due"),
        "the credit paid part of the other invoice");
    assertAmount(amount(before, "credit").toPlainString(), amount(settled, "credit"), "used");
    assertEquals("36.00", invoiceView(other.getId()).getString("due"));
  }

  /** A corrective invoice of {@code original}, its one line at {@code price} net, issued. */
  private Invoice corrected(Invoice original, String price) {
    Invoice draft = asAccountant(() -> corrections.corrective(original.getId()));
    long line = draft.getLines().get(0).getId();
    long item = draft.getLines().get(0).getItem().getId();
    asAccountant(
        () ->
            lines.replace(
                draft.getId(),
                line,
                new io.atrium.invoicing.LineInput(
                    item,
                    null,
                    BigDecimal.ONE,
                    new BigDecimal(price),
                    BigDecimal.ZERO,
                    null,
                    null)));
    return asAccountant(() -> issuer.issue(draft.getId(), null));
  }

  /**
   * A corrective invoice ("annule et remplace") takes the payments of the invoice it replaces: a
   * smaller one is paid and leaves the difference as credit, a larger one asks only the difference.
   */
  @Test
  void aCorrectiveInvoiceTakesThePaymentsOfTheInvoiceItReplaces() {
    Invoice smaller = invoices.issue(tenant, c -> c.getId() == nordlys, "100", today());
    Invoice larger = invoices.issue(tenant, c -> c.getId() == nordlys, "100", today());
    Payments.Detail payment = transfer(nordlys, smaller, "120.00");
    transfer(nordlys, larger, "120.00");
    JsonObject before = balance(nordlys);

    Invoice corrective = corrected(smaller, "90");
    assertAmount("108.00", corrective.getGrossTotal(), "corrective");
    JsonObject view = invoiceView(corrective.getId());
    assertEquals("PAID", view.getString("paymentState"), view.toString());
    assertEquals("0.00", view.getString("due"), view.toString());
    assertEquals("108.00", view.getString("paid"), view.toString());
    JsonObject replaced = invoiceView(smaller.getId());
    assertEquals("REPLACED", replaced.getString("paymentState"), replaced.toString());
    assertEquals("0.00", replaced.getString("due"), replaced.toString());
    JsonObject after = balance(nordlys);
    assertAmount(amount(before, "due").toPlainString(), amount(after, "due"), "nothing new due");
    assertAmount(
        amount(before, "credit").add(new BigDecimal("12")).toPlainString(),
        amount(after, "credit"),
        "the 12.00 paid beyond the corrective is credit");
    assertAmount(
        "12.00",
        Api.json(api.get("api/payments/" + payment.payment().getId(), accountant()))
            .getJsonNumber("credit")
            .bigDecimalValue(),
        "the payment holds it");

    Invoice more = corrected(larger, "125");
    assertAmount("150.00", more.getGrossTotal(), "larger corrective");
    JsonObject moreView = invoiceView(more.getId());
    assertEquals("30.00", moreView.getString("due"), moreView.toString());
    assertEquals("120.00", moreView.getString("paid"), moreView.toString());
    JsonObject last = balance(nordlys);
    assertAmount(
        amount(before, "due").add(new BigDecimal("30")).toPlainString(),
        amount(last, "due"),
        "only the difference is due");
    assertAmount(amount(after, "credit").toPlainString(), amount(last, "credit"), "no credit");
  }
}
