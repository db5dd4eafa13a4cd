package io.atrium.payments.gateway;

import static io.atrium.shared.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Stripe-style provider over its documented HTTP API: form-encoded POSTs with the secret key as a
 * bearer token and an {@code Idempotency-Key} header; amounts in the currency's minor unit (cents,
 * paise); webhooks signed as {@link StripeSignature} says.
 */
public class StripeGateway implements PaymentGateway {

  public static final String NAME = "stripe";

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final URI base;
  private final String secretKey;
  private final String webhookSecret;
  private final Clock clock;
  private final HttpClient http;

  public StripeGateway(URI base, String secretKey, String webhookSecret, Clock clock) {
    this.base = base;
    this.secretKey = secretKey;
    this.webhookSecret = webhookSecret;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Intent createIntent(IntentRequest request, String idempotencyKey) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("amount", minor(request.amount()));
    form.put("currency", request.currency().toLowerCase(Locale.ROOT));
    form.put("confirm", "true");
    form.put("payment_method", request.paymentMethod());
    form.put("description", request.description());
    request.metadata().forEach((k, v) -> form.put("metadata[" + k + "]", v));
    HttpResponse<String> answer = post("/v1/payment_intents", form, idempotencyKey);
    JsonObject body = json(answer.body());
    if (answer.statusCode() == 402) {
      JsonObject error = body.getJsonObject("error");
      JsonObject intent = error == null ? null : error.getJsonObject("payment_intent");
      String ref = intent == null ? null : intent.getString("id", null);
      if (ref == null) {
        throw new GatewayFailedException();
      }
      return new Intent(ref, Outcome.FAILED);
    }
    if (answer.statusCode() / 100 != 2 || body.getString("id", null) == null) {
      throw new GatewayFailedException();
    }
    return new Intent(body.getString("id"), outcome(body.getString("status", "")));
  }

  @Override
  public Mandate createMandate(MandateRequest request, String idempotencyKey) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("payment_method_types[]", "sepa_debit");
    form.put("payment_method_data[type]", "sepa_debit");
    form.put("payment_method_data[sepa_debit][iban]", request.iban());
    form.put("payment_method_data[billing_details][name]", request.holder());
    form.put("confirm", "true");
    form.put("mandate_data[customer_acceptance][type]", "offline");
    request.metadata().forEach((k, v) -> form.put("metadata[" + k + "]", v));
    HttpResponse<String> answer = post("/v1/setup_intents", form, idempotencyKey);
    JsonObject body = json(answer.body());
    String mandate = body.getString("mandate", body.getString("id", null));
    if (answer.statusCode() / 100 != 2 || mandate == null) {
      throw new GatewayFailedException();
    }
    return new Mandate(mandate, Iban.label(request.iban()));
  }

  @Override
  public WebhookEvent readWebhook(String body, Map<String, String> headers) {
    if (!StripeSignature.valid(
        webhookSecret, headers.get("stripe-signature"), body, clock.instant())) {
      throw new WebhookRefusedException();
    }
    try {
      JsonObject event = json(body);
      JsonObject intent = event.getJsonObject("data").getJsonObject("object");
      String type = event.getString("type");
      Outcome outcome =
          switch (type) {
            case "payment_intent.succeeded" -> Outcome.SUCCEEDED;
            case "payment_intent.payment_failed" -> Outcome.FAILED;
            default -> Outcome.PENDING;
          };
      Map<String, String> metadata = new LinkedHashMap<>();
      JsonObject given = intent.getJsonObject("metadata");
      if (given != null) {
        given.forEach(
            (k, v) -> {
              if (v instanceof JsonString text) {
                metadata.put(k, text.getString());
              }
            });
      }
      String currency = intent.getString("currency", "").toUpperCase(Locale.ROOT);
      BigDecimal amount =
          intent.containsKey("amount")
              ? intent.getJsonNumber("amount").bigDecimalValue().movePointLeft(2)
              : null;
      return new WebhookEvent(type, intent.getString("id"), outcome, amount, currency, metadata);
    } catch (RuntimeException unreadable) {
      throw new WebhookRefusedException();
    }
  }

  private HttpResponse<String> post(String path, Map<String, String> form, String key) {
    String encoded =
        form.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + secretKey)
            .header("Idempotency-Key", key)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new GatewayFailedException();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayFailedException();
    }
  }

  static String minor(BigDecimal amount) {
    return amount.movePointRight(2).setScale(0).toPlainString();
  }

  private static Outcome outcome(String status) {
    return switch (status) {
      case "succeeded" -> Outcome.SUCCEEDED;
      case "canceled", "requires_payment_method" -> Outcome.FAILED;
      default -> Outcome.PENDING;
    };
  }

  private static JsonObject json(String text) {
    try (var reader = JSON.createReader(new StringReader(text == null ? "" : text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return JSON.createObjectBuilder().build();
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
