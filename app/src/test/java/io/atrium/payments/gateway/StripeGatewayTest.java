package io.atrium.payments.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Stripe adapter against a local stub of Stripe's documented API (a payment intent answered as
 * Stripe answers it, a declined card as its 402 card error), and its webhook signature check: a
 * good signature is read, a forged or expired one refused.
 */
class StripeGatewayTest {

  private static final String SECRET = "whsec_unit";
  private static final Instant NOW = Instant.parse("2026-11-05T10:00:00Z");

  private HttpServer stub;
  private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
  private StripeGateway gateway;

  @BeforeEach
  void start() throws IOException {
    int port = Integer.getInteger("it.pair.basePort", 28400) + 90;
    stub = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    stub.createContext(
        "/v1/payment_intents",
        exchange -> {
          Map<String, String> call = new LinkedHashMap<>();
          call.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
          call.put("idempotency-key", exchange.getRequestHeaders().getFirst("Idempotency-Key"));
          call.put("content-type", exchange.getRequestHeaders().getFirst("Content-Type"));
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            call.put(
                URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
          }
          received.add(call);
          boolean declined = "pm_card_chargeDeclined".equals(call.get("payment_method"));
          String answer =
              declined
                  ? "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
                      + "\"payment_intent\":{\"id\":\"pi_declined\",\"status\":"
                      + "\"requires_payment_method\"}}}"
                  : "{\"id\":\"pi_123\",\"object\":\"payment_intent\",\"status\":\"succeeded\"}";
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(declined ? 402 : 200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    stub.start();
    gateway =
        new StripeGateway(
            URI.create("http://127.0.0.1:" + port),
            "sk_test_unit",
            SECRET,
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    stub.stop(0);
  }

  private static PaymentGateway.IntentRequest request(String method) {
    return new PaymentGateway.IntentRequest(
        new java.math.BigDecimal("1440.50"),
        "EUR",
        "F-2026-000001",
        method,
        Map.of("tenant", "lumiere", "invoice", "42"));
  }

  @Test
  void anIntentIsPostedFormEncodedWithTheSecretKeyAndTheIdempotencyKey() {
    PaymentGateway.Intent intent = gateway.createIntent(request("pm_card_visa"), "key-1");

    assertEquals("pi_123", intent.ref());
    assertEquals(PaymentGateway.Outcome.SUCCEEDED, intent.outcome());
    Map<String, String> call = received.get(0);
    assertEquals("Bearer sk_test_unit", call.get("authorization"));
    assertEquals("key-1", call.get("idempotency-key"));
    assertEquals("application/x-www-form-urlencoded", call.get("content-type"));
    assertEquals("144050", call.get("amount"), "minor units");
    assertEquals("eur", call.get("currency"));
    assertEquals("lumiere", call.get("metadata[tenant]"));
    assertEquals("42", call.get("metadata[invoice]"));
  }

  @Test
  void aDeclinedCardIsAFailedIntentNotAnError() {
    PaymentGateway.Intent intent = gateway.createIntent(request("pm_card_chargeDeclined"), "k2");
    assertEquals("pi_declined", intent.ref());
    assertEquals(PaymentGateway.Outcome.FAILED, intent.outcome());
  }

  @Test
  void anUnreachableProviderIsAGatewayFailure() {
    stub.stop(0);
    assertThrows(
        GatewayFailedException.class, () -> gateway.createIntent(request("pm_card_visa"), "k3"));
  }

  private static String event(String type) {
    return "{\"id\":\"evt_1\",\"type\":\""
        + type
        + "\",\"data\":{\"object\":{\"id\":\"pi_123\",\"amount\":144050,\"currency\":\"eur\","
        + "\"metadata\":{\"tenant\":\"lumiere\",\"invoice\":\"42\"}}}}";
  }

  @Test
  void aWellSignedWebhookIsRead() {
    String body = event("payment_intent.succeeded");
    String signature = StripeSignature.header(SECRET, NOW.minusSeconds(60), body);

    PaymentGateway.WebhookEvent read =
        gateway.readWebhook(body, Map.of("stripe-signature", signature));

    assertEquals("pi_123", read.intentRef());
    assertEquals(PaymentGateway.Outcome.SUCCEEDED, read.outcome());
    assertEquals(0, new java.math.BigDecimal("1440.50").compareTo(read.amount()));
    assertEquals("EUR", read.currency());
    assertEquals("lumiere", read.metadata().get("tenant"));
    assertEquals(
        PaymentGateway.Outcome.FAILED,
        gateway
            .readWebhook(
                event("payment_intent.payment_failed"),
                Map.of(
                    "stripe-signature",
                    StripeSignature.header(SECRET, NOW, event("payment_intent.payment_failed"))))
            .outcome());
  }

  @Test
  void aForgedExpiredOrMissingSignatureIsRefused() {
    String body = event("payment_intent.succeeded");
    String good = StripeSignature.header(SECRET, NOW, body);
    assertTrue(StripeSignature.valid(SECRET, good, body, NOW));

    String forged = StripeSignature.header("whsec_other", NOW, body);
    String expired = StripeSignature.header(SECRET, NOW.minusSeconds(301), body);
    assertRefused(body, Map.of("stripe-signature", forged));
    assertRefused(body, Map.of("stripe-signature", expired));
    assertRefused(body.replace("144050", "1"), Map.of("stripe-signature", good));
    assertRefused(body, Map.of());
  }

  private void assertRefused(String body, Map<String, String> headers) {
    assertThrows(WebhookRefusedException.class, () -> gateway.readWebhook(body, headers));
  }

  @Test
  void theTestGatewayDeclinesOnlyItsDocumentedCardAndHonoursKeys() {
    TestGateway test = new TestGateway();
    var ok = test.createIntent(request("4242 4242 4242 4242"), "a");
    assertEquals(PaymentGateway.Outcome.SUCCEEDED, ok.outcome());
    assertEquals(ok, test.createIntent(request("4242 4242 4242 4242"), "a"));
    assertEquals(
        PaymentGateway.Outcome.FAILED,
        test.createIntent(request(TestGateway.DECLINED_CARD), "b").outcome());
    assertTrue(Iban.valid("FR76 3000 6000 0112 3456 7890 189"));
    assertEquals(
        "SEPA •••• 0189",
        test.createMandate(
                new PaymentGateway.MandateRequest("FR7630006000011234567890189", "A", Map.of()),
                "m")
            .label());
  }
}
