package io.atrium.collection;

import static io.atrium.shared.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Zoho Books through its REST API v3: {@code POST /contacts}, {@code /invoices}, {@code
 * /creditnotes}, {@code /customerpayments} with {@code ?organization_id=}, JSON bodies and the
 * header {@code Authorization: Zoho-oauthtoken <token>}; the access token comes from the refresh
 * token ({@code POST <accounts>/oauth/v2/token?grant_type=refresh_token…}) once per instance, and
 * again after a 401. Answers carry {@code code} 0 on success and the created object's id; any other
 * code is an error about the data.
 */
public class ZohoBooks implements AccountingSystem {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final ZohoSettings settings;
  private final HttpClient http;
  private String token;

  public ZohoBooks(ZohoSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public String name() {
    return "zoho";
  }

  @Override
  public String pushContact(Contact contact) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("contact_name", contact.name())
            .add("company_name", contact.name())
            .add("contact_type", "customer");
    optional(body, "email", contact.email());
    optional(body, "gst_no", contact.gstin());
    if (contact.gstin() != null) {
      body.add("gst_treatment", "business_gst");
    }
    optional(body, "vat_reg_no", contact.vatNumber());
    JsonObjectBuilder address = JSON.createObjectBuilder();
    optional(address, "address", contact.line());
    optional(address, "city", contact.city());
    optional(address, "zip", contact.postalCode());
    optional(address, "country", contact.country());
    body.add("billing_address", address);
    return post("contacts", "", body.build(), "contact", "contact_id");
  }

  @Override
  public String pushInvoice(Document invoice) {
    JsonObjectBuilder body = document(invoice).add("invoice_number", invoice.number());
    if (invoice.dueDate() != null) {
      body.add("due_date", invoice.dueDate().toString());
    }
    return post(
        "invoices", "&ignore_auto_number_generation=true", body.build(), "invoice", "invoice_id");
  }

  @Override
  public String pushCreditNote(Document creditNote) {
    JsonObjectBuilder body = document(creditNote).add("creditnote_number", creditNote.number());
    optional(body, "reference_number", creditNote.corrects());
    return post(
        "creditnotes",
        "&ignore_auto_number_generation=true",
        body.build(),
        "creditnote",
        "creditnote_id");
  }

  @Override
  public String pushPayment(Receipt payment) {
    JsonArrayBuilder invoices = JSON.createArrayBuilder();
    for (Applied applied : payment.invoices()) {
      invoices.add(
          JSON.createObjectBuilder()
              .add("invoice_id", applied.invoiceId())
              .add("amount_applied", applied.amount()));
    }
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("customer_id", payment.customerId())
            .add("payment_mode", mode(payment.method()))
            .add("amount", payment.amount())
            .add("date", payment.date().toString())
            .add("invoices", invoices);
    optional(body, "reference_number", payment.reference());
    return post("customerpayments", "", body.build(), "payment", "payment_id");
  }

  private static JsonObjectBuilder document(Document document) {
    JsonArrayBuilder lines = JSON.createArrayBuilder();
    for (Line line : document.lines()) {
      JsonObjectBuilder item =
          JSON.createObjectBuilder()
              .add("description", line.description())
              .add("quantity", line.quantity())
              .add("rate", line.rate())
              .add("tax_percentage", line.taxPercent());
      if (line.discountPercent() != null && line.discountPercent().signum() > 0) {
        item.add("discount", line.discountPercent().stripTrailingZeros().toPlainString() + "%");
      }
      lines.add(item);
    }
    return JSON.createObjectBuilder()
        .add("customer_id", document.customerId())
        .add("date", document.date().toString())
        .add("currency_code", document.currency())
        .add("line_items", lines);
  }

  private String post(String resource, String query, JsonObject body, String object, String key) {
    HttpResponse<String> answer = send(resource, query, body);
    if (answer.statusCode() == 401) {
      token = null;
      answer = send(resource, query, body);
    }
    JsonObject json = json(answer);
    int status = answer.statusCode();
    if (status >= 500 || status == 429 || json == null) {
      throw new AccountingException("HTTP " + status + message(json), true);
    }
    int code = json.containsKey("code") ? json.getJsonNumber("code").intValue() : -1;
    if (code != 0 || status >= 400) {
      throw new AccountingException("Zoho code " + code + message(json), false);
    }
    JsonObject created = json.getJsonObject(object);
    if (created == null || !created.containsKey(key)) {
      throw new AccountingException("Zoho answered no " + key, false);
    }
    return created.get(key) instanceof JsonString text
        ? text.getString()
        : created.get(key).toString();
  }

  private HttpResponse<String> send(String resource, String query, JsonObject body) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    settings.apiBase()
                        + "/"
                        + resource
                        + "?organization_id="
                        + encode(settings.organizationId())
                        + query))
            .timeout(TIMEOUT)
            .header("Authorization", "Zoho-oauthtoken " + token())
            .header("Content-Type", "application/json;charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    return exchange(request);
  }

  /** The access token, asked once per instance (the push makes one instance per run). */
  private String token() {
    if (token != null) {
      return token;
    }
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    settings.accountsBase()
                        + "/oauth/v2/token?refresh_token="
                        + encode(settings.refreshToken())
                        + "&client_id="
                        + encode(settings.clientId())
                        + "&client_secret="
                        + encode(settings.clientSecret())
                        + "&grant_type=refresh_token"))
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> answer = exchange(request);
    JsonObject json = json(answer);
    if (json == null || !json.containsKey("access_token")) {
      String error =
          json != null && json.containsKey("error") ? ": " + json.getString("error") : "";
      throw new AccountingException(
          "Zoho token refused (HTTP " + answer.statusCode() + ")" + error,
          answer.statusCode() >= 500);
    }
    token = json.getString("access_token");
    return token;
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AccountingException("Zoho unreachable: " + e.getClass().getSimpleName(), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AccountingException("Interrupted", true);
    }
  }

  private static JsonObject json(HttpResponse<String> answer) {
    try (JsonReader reader = JSON.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      return null;
    }
  }

  private static String message(JsonObject json) {
    return json != null && json.containsKey("message") ? ": " + json.getString("message", "") : "";
  }

  private static String mode(String method) {
    return switch (method == null ? "" : method) {
      case "CHEQUE" -> "check";
      case "CASH" -> "cash";
      case "CARD" -> "creditcard";
      default -> "banktransfer";
    };
  }

  private static void optional(JsonObjectBuilder body, String key, String value) {
    if (value != null && !value.isBlank()) {
      body.add(key, value);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
