package io.atrium.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.directory.Company;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.PaymentFixtures;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * /api/payments as an accountant's tools and the client space's app call it, on this class's copy
 * of lumiere: the Idempotency-Key, refused input that writes nothing, another tenant's ids in the
 * path and in the body, and "Pay" with the test gateway.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsApiIT {

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
  private static String banyan;
  private static long banyanTenant;

  private Api api;
  private String accountant;

  @BeforeEach
  void setUp() throws Exception {
    if (slug == null) {
      slug = tenants.copyOf("lumiere");
      tenant = tenants.idOf(slug);
      banyan = tenants.copyOf("banyan");
      banyanTenant = tenants.idOf(banyan);
    }
    api = new Api(base.toURI());
    accountant = api.token(slug, "accounts@lumiere.test");
  }

  private long kaolin() {
    return tenants.all(tenant, Company.class).stream()
        .filter(c -> c.getName().equals("Studio Kaolin"))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private Invoice kaolinInvoice(String net) {
    return invoices.issue(tenant, c -> c.getName().equals("Studio Kaolin"), net, DAY);
  }

  private static String form(
      long company, String amount, String reference, long invoice, String share) {
    return "{\"companyId\":"
        + company
        + ",\"method\":\"TRANSFER\",\"amount\":\""
        + amount
        + "\",\"receivedOn\":\"2026-11-06\",\"reference\":\""
        + reference
        + "\",\"allocations\":[{\"invoiceId\":"
        + invoice
        + ",\"amount\":\""
        + share
        + "\"}]}";
  }

  private HttpResponse<String> post(String path, String token, String json, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.base().resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return io.atrium.testing.Http.send(request);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
  }

  private long payments() {
    return tenants.rows(slug, "payment");
  }

  @Test
  void theSameIdempotencyKeyAnswersTheFirstPaymentAndRefusesAnotherBody() {
    Invoice invoice = kaolinInvoice("100");
    String key = "retry-" + invoice.getId();
    String body = form(kaolin(), "120", "VIR 1", invoice.getId(), "120");

    HttpResponse<String> first = post("api/payments", accountant, body, key);
    assertEquals(201, first.statusCode(), first.body());
    long before = payments();
    HttpResponse<String> again = post("api/payments", accountant, body, key);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(
        Api.json(first).getJsonNumber("id").longValue(),
        Api.json(again).getJsonNumber("id").longValue());
    JsonObject shown =
        Api.json(api.get("api/payments/" + Api.json(first).getInt("id"), accountant));
    assertEquals(1, shown.getJsonArray("allocations").size());
    assertEquals("EUR", shown.getString("currency"));

    HttpResponse<String> other =
        post(
            "api/payments",
            accountant,
            form(kaolin(), "119", "VIR 1", invoice.getId(), "119"),
            key);
    assertProblem(other, 422);
    assertEquals(before, payments(), "a retry writes nothing");
  }

  @Test
  void badInputIsAProblemAndWritesNothing() {
    Invoice invoice = kaolinInvoice("10");
    long before = payments();
    assertProblem(post("api/payments", accountant, "{\"companyId\":", null), 400);
    assertProblem(
        post(
            "api/payments",
            accountant,
            form(kaolin(), "12", "VIR\\u0000", invoice.getId(), "12"),
            null),
        400);
    assertProblem(
        post(
            "api/payments",
            accountant,
            form(kaolin(), "12", "x".repeat(5000), invoice.getId(), "12"),
            null),
        400);
    HttpResponse<String> negative =
        post("api/payments", accountant, form(kaolin(), "-12", "VIR", invoice.getId(), "12"), null);
    assertProblem(negative, 400);
    assertTrue(Api.json(negative).getJsonObject("errors").containsKey("amount"), negative.body());
    assertProblem(
        post("api/payments", accountant, form(kaolin(), "12", "VIR", invoice.getId(), "13"), null),
        400);
    assertProblem(
        post("api/payments", accountant, form(kaolin(), "20", "VIR", invoice.getId(), "13"), null),
        409);
    assertEquals(before, payments());
  }

  @Test
  void anotherTenantsIdsInThePathOrTheBodyAreNotFound() {
    Invoice ours = kaolinInvoice("10");
    Invoice theirs =
        invoices.issue(
            banyanTenant,
            c -> c.getGstin() != null && c.getGstin().startsWith("29"),
            "1000",
            LocalDate.of(2026, 11, 2));
    long theirCompany = theirs.getCompany().getId();
    long theirPayment =
        fixtures
            .as(
                banyan,
                "admin@banyan.test",
                true,
                () ->
                    payments.record(
                        new NewPayment(
                            theirCompany,
                            null,
                            Payment.Method.TRANSFER,
                            new BigDecimal("10"),
                            DAY,
                            "NEFT",
                            List.of(),
                            null)))
            .detail()
            .payment()
            .getId();
    long before = payments();

    assertProblem(api.get("api/payments/" + theirPayment, accountant), 404);
    assertProblem(
        post(
            "api/payments/" + theirPayment + "/allocations",
            accountant,
            "{\"allocations\":[{\"invoiceId\":" + ours.getId() + ",\"amount\":\"1\"}]}",
            null),
        404);
    assertProblem(
        post("api/payments", accountant, form(theirCompany, "12", "X", ours.getId(), "12"), null),
        404);
    assertProblem(
        post("api/payments", accountant, form(kaolin(), "12", "X", theirs.getId(), "12"), null),
        404);
    assertProblem(api.get("api/payments/balances?company=" + theirCompany, accountant), 404);
    String member = api.token(slug, "admin@kaolin.test");
    assertProblem(
        post(
            "api/payments/intents",
            member,
            "{\"invoiceId\":" + theirs.getId() + ",\"paymentMethod\":\"4242424242424242\"}",
            "pay-" + theirs.getId()),
        404);
    assertEquals(before, payments());
    assertFalse(
        api.get("api/payments?company=" + theirCompany, accountant).body().contains("NEFT"));
  }

  @Test
  void aMemberPaysTheCompanysInvoiceByCardOnceWhateverTheRetries() {
    Invoice invoice = kaolinInvoice("100");
    String admin = api.token(slug, "admin@kaolin.test");
    String body =
        "{\"invoiceId\":" + invoice.getId() + ",\"paymentMethod\":\"4242 4242 4242 4242\"}";

    HttpResponse<String> paid =
        post("api/payments/intents", admin, body, "card-" + invoice.getId());
    assertEquals(201, paid.statusCode(), paid.body());
    assertEquals("SUCCEEDED", Api.json(paid).getString("status"));
    assertEquals(
        new BigDecimal("120.00"), Api.json(paid).getJsonNumber("amount").bigDecimalValue());
    long after = payments();
    HttpResponse<String> again =
        post("api/payments/intents", admin, body, "card-" + invoice.getId());
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(after, payments());
    assertProblem(post("api/payments/intents", admin, body, "card-again-" + invoice.getId()), 409);

    String user = api.token(slug, "user@kaolin.test");
    Invoice other = kaolinInvoice("10");
    assertProblem(
        post(
            "api/payments/intents",
            user,
            "{\"invoiceId\":" + other.getId() + ",\"paymentMethod\":\"4242424242424242\"}",
            "user-" + other.getId()),
        404);
    assertProblem(
        post(
            "api/payments/intents",
            admin,
            "{\"invoiceId\":" + other.getId() + ",\"paymentMethod\":\"4242424242424242\"}",
            null),
        400);
  }

  @Test
  void aDeclinedCardRecordsNoPaymentAndASepaMandateKeepsOnlyItsLabel() {
    Invoice invoice = kaolinInvoice("10");
    String admin = api.token(slug, "admin@kaolin.test");
    long before = payments();
    HttpResponse<String> declined =
        post(
            "api/payments/intents",
            admin,
            "{\"invoiceId\":" + invoice.getId() + ",\"paymentMethod\":\"4000000000000002\"}",
            "declined-" + invoice.getId());
    assertEquals(201, declined.statusCode(), declined.body());
    assertEquals("FAILED", Api.json(declined).getString("status"));
    assertEquals(before, payments());

    HttpResponse<String> mandate =
        post(
            "api/payments/mandates",
            admin,
            "{\"iban\":\"FR76 3000 6000 0112 3456 7890 189\",\"holder\":\"Studio Kaolin\"}",
            null);
    assertEquals(201, mandate.statusCode(), mandate.body());
    assertEquals("SEPA •••• 0189", Api.json(mandate).getString("label"));
    assertFalse(mandate.body().contains("3000 6000"));
    HttpResponse<String> wrong =
        post(
            "api/payments/mandates",
            admin,
            "{\"iban\":\"FR76 3000 6000 0112 3456 7890 180\",\"holder\":\"Studio Kaolin\"}",
            null);
    assertProblem(wrong, 400);
    assertTrue(Api.json(wrong).getJsonObject("errors").containsKey("iban"));
  }
}
