package io.atrium.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.directory.Company;
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
    invoices.issue(tenant, c -> c.getId() == kaolin, "50", DAY);
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
    var response =
        api.get(
            "api/payments/balances?company=" + kaolin, api.token(slug, "accounts@lumiere.test"));
    assertEquals(200, response.statusCode(), response.body());
    JsonArray balances = Api.jsonArray(response);
    assertTrue(balances.size() <= 1, "one currency: " + balances);
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
}
