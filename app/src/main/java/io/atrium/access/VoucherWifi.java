package io.atrium.access;

import static io.atrium.shared.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
 * A Wi-Fi captive portal's voucher API (Bhaifi-style): {@code POST <base>/vouchers} with a JSON
 * body {@code {reference, name, validFrom, validUntil}} and {@code Authorization: Bearer <key>}
 * answers the voucher {@code {id, code}}; the same reference answers the same voucher, so a retry
 * never makes a second one. {@code DELETE <base>/vouchers/{id}} revokes it (404: already gone).
 */
public final class VoucherWifi implements AccessSystem {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String base;
  private final String key;
  private final HttpClient http;

  public VoucherWifi(String base, String key) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.key = key;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public String name() {
    return "wifi-vouchers";
  }

  @Override
  public Credential grant(Request request) {
    String body =
        JSON.createObjectBuilder()
            .add("reference", request.reference())
            .add("name", request.holder())
            .add("validFrom", request.validFrom().toString())
            .add("validUntil", request.validUntil().toString())
            .build()
            .toString();
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + "/vouchers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (response.statusCode() != 200 && response.statusCode() != 201) {
      throw new AccessSystemException("Wi-Fi portal answered HTTP " + response.statusCode());
    }
    try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
      JsonObject voucher = reader.readObject();
      return new Credential(voucher.getString("id"), voucher.getString("code"));
    } catch (RuntimeException unreadable) {
      throw new AccessSystemException("Wi-Fi portal answered no voucher", unreadable);
    }
  }

  @Override
  public void revoke(String externalId) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/vouchers/"
                            + URLEncoder.encode(externalId, StandardCharsets.UTF_8)))
                .DELETE());
    if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
      throw new AccessSystemException("Wi-Fi portal answered HTTP " + response.statusCode());
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.header("Authorization", "Bearer " + key).timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 401 || response.statusCode() == 403) {
        throw new AccessSystemException("Wi-Fi portal refused the key");
      }
      return response;
    } catch (IOException e) {
      throw new AccessSystemException("Wi-Fi portal unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AccessSystemException("Interrupted", e);
    }
  }
}
