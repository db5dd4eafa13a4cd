package io.atrium.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.invoicing.Invoice;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.jobs.JobClaims;
import io.atrium.testing.CollectionFixtures;
import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Zoho Books adapter against a local stub of its documented API (port from {@code
 * it.pair.basePort} + 50): the token, the mapped contact and invoice, retries with backoff, and an
 * error about the data kept visible.
 */
@ExtendWith(ArquillianExtension.class)
class ZohoBooksIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final int PORT = Integer.getInteger("it.pair.basePort", 28600) + 50;

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject TestTenants tenants;

  @Inject InvoiceFixtures invoices;

  @Inject CollectionFixtures fixtures;

  @Inject AccountingPush push;

  @Inject AccountingStatus status;

  @Inject JobClaims claims;

  /** A copy of lumiere whose scheduled push is held off, so only the test pushes its rows. */
  private long tenant(String slug) {
    long tenant = tenants.idOf(slug);
    // The demo's own documents (its contracts' invoices) queued at import are not this test's.
    invoices.sql(tenant, "DELETE FROM accounting_sync");
    tenancy.runAsTenant(
        tenant,
        () -> {
          claims.register("collection.accounting-push");
          assertTrue(
              claims.lease(
                  "collection.accounting-push", Duration.ZERO, "zoho-test", Duration.ofHours(2)));
        });
    return tenant;
  }

  private static ZohoBooks zoho(ZohoStub stub) {
    return new ZohoBooks(
        new ZohoSettings(
            stub.base() + "/books/v3", stub.base(), "org-1", "client-1", "secret-1", "refresh-1"));
  }

  @Test
  void theContactThenTheInvoiceArePushedWithTheirFieldsAndTheToken() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenant(slug);
    Invoice invoice =
        invoices.issue(tenant, c -> c.getName().startsWith("Studio Kaolin"), "100", TODAY);
    try (ZohoStub stub =
        new ZohoStub(PORT)
            .answer("/oauth/v2/token", 200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}")
            .answer(
                "/books/v3/contacts",
                201,
                "{\"code\":0,\"message\":\"The contact has been added.\","
                    + "\"contact\":{\"contact_id\":\"460000000026049\"}}")
            .answer(
                "/books/v3/invoices",
                201,
                "{\"code\":0,\"message\":\"success\",\"invoice\":{\"invoice_id\":\"460000000026099\"}}")) {

      int done = tenancy.runAsTenant(tenant, () -> push.pushDue(zoho(stub), 10));

      assertEquals(2, done);
      assertEquals(1, stub.to("/oauth/v2/token").size(), "one token for the run");
      String tokenQuery = stub.to("/oauth/v2/token").get(0).query();
      assertTrue(
          tokenQuery.contains("refresh_token=refresh-1")
              && tokenQuery.contains("client_id=client-1")
              && tokenQuery.contains("client_secret=secret-1")
              && tokenQuery.contains("grant_type=refresh_token"),
          tokenQuery);
      assertEquals(
          List.of("/oauth/v2/token", "/books/v3/contacts", "/books/v3/invoices"),
          stub.requests.stream().map(ZohoStub.Request::path).toList());
      ZohoStub.Request contact = stub.to("/books/v3/contacts").get(0);
      assertEquals("Zoho-oauthtoken tok-1", contact.authorization());
      assertEquals("organization_id=org-1", contact.query());
      JsonObject person = json(contact.body());
      assertEquals("Studio Kaolin", person.getString("contact_name"));
      assertEquals("customer", person.getString("contact_type"));
      assertEquals("bonjour@kaolin.test", person.getString("email"));
      assertEquals("Paris", person.getJsonObject("billing_address").getString("city"));
      ZohoStub.Request sent = stub.to("/books/v3/invoices").get(0);
      assertEquals("Zoho-oauthtoken tok-1", sent.authorization());
      assertTrue(sent.query().contains("ignore_auto_number_generation=true"));
      JsonObject body = json(sent.body());
      assertEquals("460000000026049", body.getString("customer_id"));
      assertEquals(invoice.getNumber(), body.getString("invoice_number"));
      assertEquals(TODAY.toString(), body.getString("date"));
      assertEquals(invoice.getDueDate().toString(), body.getString("due_date"));
      assertEquals("EUR", body.getString("currency_code"));
      JsonObject line = body.getJsonArray("line_items").getJsonObject(0);
      assertEquals(
          0, line.getJsonNumber("rate").bigDecimalValue().compareTo(new BigDecimal("100")));
      assertEquals(
          0,
          line.getJsonNumber("tax_percentage").bigDecimalValue().compareTo(new BigDecimal("20")));
    }
    assertEquals(
        List.of("CONTACT|DONE|460000000026049", "INVOICE|DONE|460000000026099"),
        rows(tenant, "entity_kind || '|' || status || '|' || external_id"));
  }

  @Test
  void aServerErrorIsRetriedWithExponentialBackoffUntilItSucceeds() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenant(slug);
    invoices.issue(tenant, c -> c.getName().startsWith("Studio Kaolin"), "100", TODAY);
    try (ZohoStub stub =
        new ZohoStub(PORT)
            .answer("/oauth/v2/token", 200, "{\"access_token\":\"tok-2\"}")
            .answer("/books/v3/contacts", 500, "{\"code\":500,\"message\":\"Internal error\"}")
            .answer("/books/v3/contacts", 503, "Service Unavailable")
            .answer("/books/v3/contacts", 200, "{\"code\":0,\"contact\":{\"contact_id\":\"c-9\"}}")
            .answer(
                "/books/v3/invoices", 200, "{\"code\":0,\"invoice\":{\"invoice_id\":\"i-9\"}}")) {

      Instant first = Instant.now();
      assertEquals(0, (int) tenancy.runAsTenant(tenant, () -> push.pushDue(zoho(stub), 10)));
      List<String> after1 = rows(tenant, "attempts || '|' || status || '|' || last_error");
      assertEquals(List.of("1|PENDING|HTTP 500: Internal error"), after1.subList(0, 1));
      assertEquals(60, secondsUntilNextAttempt(tenant, first), 5, "first wait: the base");
      assertEquals(
          0,
          (int) tenancy.runAsTenant(tenant, () -> push.pushDue(zoho(stub), 10)),
          "not due yet: nothing sent");
      assertEquals(1, stub.to("/books/v3/contacts").size());

      makeDue(tenant);
      Instant second = Instant.now();
      tenancy.runAsTenant(tenant, () -> push.pushDue(zoho(stub), 10));
      assertEquals(120, secondsUntilNextAttempt(tenant, second), 5, "then twice as long");
      assertEquals(
          "2|PENDING|HTTP 503",
          rows(tenant, "attempts || '|' || status || '|' || last_error").get(0));

      makeDue(tenant);
      assertEquals(2, (int) tenancy.runAsTenant(tenant, () -> push.pushDue(zoho(stub), 10)));
    }
    assertEquals(
        List.of("CONTACT|DONE|3", "INVOICE|DONE|1"),
        rows(tenant, "entity_kind || '|' || status || '|' || attempts"));
  }

  @Test
  void anErrorAboutTheDataIsKeptVisibleUntilRetriedByHand() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenant(slug);
    invoices.issue(tenant, c -> c.getName().startsWith("Studio Kaolin"), "100", TODAY);
    fixtures.signIn(slug, "accounts@lumiere.test");
    try (ZohoStub stub =
        new ZohoStub(PORT)
            .answer("/oauth/v2/token", 200, "{\"access_token\":\"tok-3\"}")
            .answer(
                "/books/v3/contacts",
                400,
                "{\"code\":3062,\"message\":\"Contact name already exists.\"}")) {
      tenancy.runAsTenant(tenant, () -> push.pushDue(zoho(stub), 10));
      tenancy.runAsTenant(tenant, () -> push.pushDue(zoho(stub), 10));
      assertEquals(1, stub.to("/books/v3/contacts").size(), "FAILED: not retried by itself");
    }
    List<SyncRow> problems = tenancy.runAsTenant(tenant, () -> status.problems());
    assertEquals(1, problems.size());
    SyncRow failed = problems.get(0);
    assertEquals("FAILED", failed.status());
    assertEquals("Zoho code 3062: Contact name already exists.", failed.lastError());
    assertEquals("Studio Kaolin", failed.label());

    tenancy.runAsTenant(tenant, () -> status.retryNow(failed.id()));
    assertEquals(
        List.of("CONTACT|PENDING"), rows(tenant, "entity_kind || '|' || status").subList(0, 1));
  }

  @Test
  void aCreditNoteAndAPaymentFollowTheirInvoiceWithItsZohoId() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenant(slug);
    Invoice invoice =
        invoices.issue(tenant, c -> c.getName().startsWith("Studio Kaolin"), "100", TODAY);
    Invoice credit = fixtures.creditNote(tenant, invoice.getId(), TODAY);
    fixtures.payment(tenant, invoice.getId(), "120.00", TODAY);
    try (ZohoStub stub =
        new ZohoStub(PORT)
            .answer("/oauth/v2/token", 200, "{\"access_token\":\"tok-4\"}")
            .answer("/books/v3/contacts", 201, "{\"code\":0,\"contact\":{\"contact_id\":\"c-4\"}}")
            .answer("/books/v3/invoices", 201, "{\"code\":0,\"invoice\":{\"invoice_id\":\"i-4\"}}")
            .answer(
                "/books/v3/creditnotes",
                201,
                "{\"code\":0,\"creditnote\":{\"creditnote_id\":\"cn-4\"}}")
            .answer(
                "/books/v3/customerpayments",
                201,
                "{\"code\":0,\"payment\":{\"payment_id\":\"p-4\"}}")) {

      int done = tenancy.runAsTenant(tenant, () -> push.pushDue(zoho(stub), 10));

      assertEquals(4, done, "contact, invoice, credit note, payment");
      JsonObject note = json(stub.to("/books/v3/creditnotes").get(0).body());
      assertEquals("c-4", note.getString("customer_id"));
      assertEquals(credit.getNumber(), note.getString("creditnote_number"));
      assertEquals(invoice.getNumber(), note.getString("reference_number"));
      JsonObject payment = json(stub.to("/books/v3/customerpayments").get(0).body());
      assertEquals("c-4", payment.getString("customer_id"));
      assertEquals("banktransfer", payment.getString("payment_mode"));
      assertEquals(
          0, payment.getJsonNumber("amount").bigDecimalValue().compareTo(new BigDecimal("120")));
      JsonObject applied = payment.getJsonArray("invoices").getJsonObject(0);
      assertEquals("i-4", applied.getString("invoice_id"));
      assertEquals(
          0,
          applied
              .getJsonNumber("amount_applied")
              .bigDecimalValue()
              .compareTo(new BigDecimal("120")));
    }
    assertEquals(
        List.of("CONTACT|c-4", "INVOICE|i-4", "CREDIT_NOTE|cn-4", "PAYMENT|p-4"),
        rows(tenant, "entity_kind || '|' || external_id"));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private List<String> rows(long tenant, String expression) {
    return fixtures.strings(tenant, "SELECT " + expression + " FROM accounting_sync ORDER BY id");
  }

  private long secondsUntilNextAttempt(long tenant, Instant from) {
    String next =
        fixtures
            .strings(
                tenant,
                "SELECT extract(epoch FROM next_attempt_at)::bigint FROM accounting_sync"
                    + " WHERE entity_kind = 'CONTACT'")
            .get(0);
    return Long.parseLong(next) - from.getEpochSecond();
  }

  private void makeDue(long tenant) {
    invoices.sql(
        tenant, "UPDATE accounting_sync SET next_attempt_at = now() - interval '1 second'");
  }
}
