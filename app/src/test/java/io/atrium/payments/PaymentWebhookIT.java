package io.atrium.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.invoicing.Invoice;
import io.atrium.payments.gateway.StripeSignature;
import io.atrium.shared.api.Problem;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stripe-style webhooks over HTTP, as the provider delivers them: a success delivered five times
 * (at once) records one payment and the invoice is paid; a forged signature is refused and writes
 * nothing; a failure marks the charge failed.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentWebhookIT {

  /** The IT server's STRIPE_WEBHOOK_SECRET (app/pom.xml, failsafe's environment). */
  private static final String SECRET = "whsec_atrium_integration_tests";

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Inject TestTenants tenants;

  @Inject InvoiceFixtures invoices;

  private static String slug;
  private static long tenant;

  @BeforeEach
  void tenant() {
    if (slug == null) {
      slug = tenants.copyOf("lumiere");
      tenant = tenants.idOf(slug);
    }
  }

  /** An issued invoice of 120.00 EUR with a pending Stripe charge for it. */
  private Invoice chargedInvoice(String ref) {
    Invoice invoice = invoices.issue(tenant, c -> c.getName().equals("Studio Kaolin"), "100", DAY);
    invoices.sql(
        tenant,
        "INSERT INTO payment_intent (tenant_id, id, invoice_id, gateway, gateway_ref,"
            + " idempotency_key, amount, currency, status, created_by) VALUES ("
            + tenant
            + ", nextval('atrium_id_seq'), "
            + invoice.getId()
            + ", 'stripe', '"
            + ref
            + "', 'key-"
            + ref
            + "', 120, 'EUR', 'PENDING', 'Test')");
    return invoice;
  }

  private String event(String type, String ref, long amountInCents) {
    return "{\"id\":\"evt_"
        + ref
        + "\",\"type\":\""
        + type
        + "\",\"data\":{\"object\":{\"id\":\""
        + ref
        + "\",\"object\":\"payment_intent\",\"amount\":"
        + amountInCents
        + ",\"currency\":\"eur\",\"metadata\":{\"tenant\":\""
        + slug
        + "\"}}}}";
  }

  private HttpResponse<String> deliver(String gateway, String body, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                java.net.URI.create(base.toString()).resolve("api/payments/webhooks/" + gateway))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    return Http.send(request);
  }

  /** A count in the tenant, read in a transaction of its own on the server's pool. */
  static long count(long tenantId, String sql, Object... parameters) {
    try (Connection connection = TestDatabase.appConnectionInServer()) {
      connection.setAutoCommit(false);
      TestDatabase.bindTenant(connection, tenantId);
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          query.setObject(i + 1, parameters[i]);
        }
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql, Object... parameters) {
    return count(tenant, sql, parameters);
  }

  @Test
  void aSuccessDeliveredFiveTimesRecordsOnePaymentAndPaysTheInvoice() throws Exception {
    String ref = "pi_five_" + System.nanoTime();
    Invoice invoice = chargedInvoice(ref);
    String body = event("payment_intent.succeeded", ref, 12000);
    String signature = StripeSignature.header(SECRET, Instant.now(), body);

    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        answers.add(pool.submit(() -> deliver("stripe", body, signature)));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertEquals(200, response.statusCode(), response.body());
      }
    } finally {
      pool.shutdown();
    }

    assertEquals(1, count("SELECT count(*) FROM payment WHERE gateway_ref = ?", ref));
    assertEquals(
        120,
        count(
            "SELECT coalesce(sum(amount), 0)::bigint FROM payment_allocation WHERE invoice_id = ?",
            invoice.getId()));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM payment_intent WHERE gateway_ref = ? AND status = 'SUCCEEDED'",
            ref));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Payment' AND entity_id ="
                + " (SELECT id::text FROM payment WHERE gateway_ref = ?)",
            ref));
  }

  @Test
  void aForgedOrMissingSignatureIsRefusedAndWritesNothing() {
    String ref = "pi_forged_" + System.nanoTime();
    chargedInvoice(ref);
    String body = event("payment_intent.succeeded", ref, 12000);

    HttpResponse<String> forged =
        deliver("stripe", body, StripeSignature.header("whsec_forged", Instant.now(), body));
    HttpResponse<String> unsigned = deliver("stripe", body, null);
    HttpResponse<String> stale =
        deliver(
            "stripe", body, StripeSignature.header(SECRET, Instant.now().minusSeconds(600), body));

    for (HttpResponse<String> refused : List.of(forged, unsigned, stale)) {
      assertEquals(400, refused.statusCode(), refused.body());
      assertEquals(Problem.MEDIA_TYPE, refused.headers().firstValue("Content-Type").orElse(""));
    }
    assertEquals(0, count("SELECT count(*) FROM payment WHERE gateway_ref = ?", ref));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM payment_intent WHERE gateway_ref = ? AND status = 'PENDING'",
            ref));
    assertEquals(404, deliver("nowhere", body, null).statusCode());
  }

  @Test
  void aFailedChargeMarksTheIntentFailedAndRecordsNoPayment() {
    String ref = "pi_failed_" + System.nanoTime();
    chargedInvoice(ref);
    String body = event("payment_intent.payment_failed", ref, 12000);
    HttpResponse<String> answer =
        deliver("stripe", body, StripeSignature.header(SECRET, Instant.now(), body));
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals(0, count("SELECT count(*) FROM payment WHERE gateway_ref = ?", ref));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM payment_intent WHERE gateway_ref = ? AND status = 'FAILED'",
            ref));
  }
}
