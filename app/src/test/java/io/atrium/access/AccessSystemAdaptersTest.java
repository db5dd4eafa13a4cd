package io.atrium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The door and Wi-Fi adapters against local stubs of their documented APIs, over real HTTP: the
 * COSEC-style user and credential calls (semicolon parameters, Basic authentication, {@code
 * Response-Code}) and the voucher API (JSON, bearer key, the same voucher for the same reference).
 * A retry never makes a second user or voucher; refusals and outages give a reason to show.
 */
class AccessSystemAdaptersTest {

  private static final Instant FROM = Instant.parse("2031-03-03T09:00:00Z");
  private static final Instant UNTIL = Instant.parse("2031-03-03T10:00:00Z");

  private HttpServer server;
  private String base;

  /** COSEC users by id: name, validity, PIN. */
  private final Map<String, Map<String, String>> users = new ConcurrentHashMap<>();

  /** Vouchers by reference. */
  private final Map<String, JsonObject> vouchers = new ConcurrentHashMap<>();

  private volatile boolean doorsBroken;

  @BeforeEach
  void stubs() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/COSEC/api.svc/v2/user", this::cosec);
    server.createContext("/wifi/vouchers", this::vouchers);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void cosec(HttpExchange exchange) throws IOException {
    String expected =
        "Basic "
            + Base64.getEncoder().encodeToString("atrium:s3cret".getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      answer(exchange, 401, "text/plain", "Unauthorized");
      return;
    }
    if (doorsBroken) {
      answer(exchange, 200, "text/plain", "Response-Code=2");
      return;
    }
    Map<String, String> p = new LinkedHashMap<>();
    for (String pair : exchange.getRequestURI().getRawQuery().split(";")) {
      String[] kv = pair.split("=", 2);
      p.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
    }
    String id = p.get("id");
    String code =
        switch (p.get("action")) {
          case "set" -> {
            users.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).putAll(p);
            yield "0";
          }
          case "set-credential" -> {
            if (!users.containsKey(id)) {
              yield "13";
            }
            users.get(id).put(p.get("credential-type"), p.get("data"));
            yield "0";
          }
          case "delete" -> users.remove(id) == null ? "13" : "0";
          default -> "1";
        };
    answer(exchange, 200, "text/plain", "Response-Code=" + code);
  }

  private void vouchers(HttpExchange exchange) throws IOException {
    if (!"Bearer key-1".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      answer(exchange, 401, "application/json", "{}");
      return;
    }
    String path = exchange.getRequestURI().getPath();
    if (exchange.getRequestMethod().equals("POST") && path.equals("/wifi/vouchers")) {
      JsonObject body;
      try (InputStream in = exchange.getRequestBody()) {
        body = Json.createReader(in).readObject();
      }
      JsonObject voucher =
          vouchers.computeIfAbsent(
              body.getString("reference"),
              reference ->
                  Json.createObjectBuilder()
                      .add("id", "v-" + (vouchers.size() + 1))
                      .add("code", "WIFI" + (vouchers.size() + 1))
                      .add("validUntil", body.getString("validUntil"))
                      .build());
      answer(exchange, 201, "application/json", voucher.toString());
    } else if (exchange.getRequestMethod().equals("DELETE")) {
      String id = path.substring("/wifi/vouchers/".length());
      boolean removed = vouchers.entrySet().removeIf(e -> e.getValue().getString("id").equals(id));
      answer(exchange, removed ? 204 : 404, "application/json", "");
    } else {
      answer(exchange, 405, "application/json", "{}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  private static AccessSystem.Request request(String reference) {
    return new AccessSystem.Request(reference, "Studio Kaolin; Léa", "PAR1", FROM, UNTIL, null);
  }

  private static AccessSystem.Request card(String reference, String number) {
    return new AccessSystem.Request(reference, "Chloé Bernard", "PAR1", FROM, UNTIL, number);
  }

  @Test
  void cosecMakesOneUserWithItsDoorCodeEvenWhenAskedTwiceAndDeletesIt() {
    CosecDoors doors = new CosecDoors(base + "/COSEC", "atrium", "s3cret");

    AccessSystem.Credential first = doors.grant(request("A1X"));
    AccessSystem.Credential again = doors.grant(request("A1X"));

    assertEquals(1, users.size(), "a retry updates the same user");
    Map<String, String> user = users.get("A1X");
    assertEquals("Studio Kaolin  Léa", user.get("name"), "no separator reaches the query");
    assertEquals("3", user.get("validity-date-dd"));
    assertEquals("2031", user.get("validity-date-yyyy"));
    assertEquals(again.shown(), user.get("pin"));
    assertTrue(first.shown().matches("[0-9]{6}"));
    assertEquals("A1X", again.externalId());

    doors.revoke("A1X");
    assertTrue(users.isEmpty());
    doors.revoke("A1X"); // already gone: not an error
  }

  @Test
  void cosecEnrolsACardAsItsHoldersCredentialAndDeletesIt() {
    CosecDoors doors = new CosecDoors(base + "/COSEC", "atrium", "s3cret");

    AccessSystem.Credential made = doors.grant(card("A1C", "004512345678"));

    assertEquals("004512345678", users.get("A1C").get("card"), "the card, not a code");
    assertEquals(null, users.get("A1C").get("pin"));
    assertEquals("004512345678", made.shown());
    doors.revoke(made.externalId());
    assertTrue(users.isEmpty(), "the card opens no door once revoked");
  }

  @Test
  void cosecRefusalsAndOutagesGiveAReason() {
    var wrongPassword = new CosecDoors(base + "/COSEC", "atrium", "nope");
    assertEquals(
        "Door controller refused the credentials",
        assertThrows(AccessSystemException.class, () -> wrongPassword.grant(request("A2")))
            .getMessage());
    doorsBroken = true;
    var doors = new CosecDoors(base + "/COSEC", "atrium", "s3cret");
    assertEquals(
        "Door controller answered Response-Code=2",
        assertThrows(AccessSystemException.class, () -> doors.grant(request("A2"))).getMessage());
    server.stop(0);
    assertTrue(
        assertThrows(AccessSystemException.class, () -> doors.grant(request("A2")))
            .getMessage()
            .startsWith("Door controller unreachable"));
  }

  @Test
  void theVoucherApiGivesOneVoucherPerReferenceAndRevokesIt() {
    VoucherWifi wifi = new VoucherWifi(base + "/wifi", "key-1");

    AccessSystem.Credential first = wifi.grant(request("A3"));
    AccessSystem.Credential again = wifi.grant(request("A3"));
    AccessSystem.Credential other = wifi.grant(request("A4"));

    assertEquals(first, again, "the same voucher for the same reference");
    assertNotEquals(first.shown(), other.shown());
    assertEquals(2, vouchers.size());
    assertEquals(UNTIL.toString(), vouchers.get("A3").getString("validUntil"));

    wifi.revoke(first.externalId());
    assertEquals(1, vouchers.size());
    wifi.revoke(first.externalId()); // 404: already gone
    assertEquals(
        "Wi-Fi portal refused the key",
        assertThrows(
                AccessSystemException.class,
                () -> new VoucherWifi(base + "/wifi", "wrong").grant(request("A5")))
            .getMessage());
  }

  @Test
  void theBuiltInSystemMakesADoorCodeAndAVoucherToHandOver() {
    assertTrue(new BuiltInAccess(true).grant(request("A6")).shown().matches("[0-9]{6}"));
    assertEquals("0045123", new BuiltInAccess(true).grant(card("A7", "0045123")).shown());
    assertTrue(new BuiltInAccess(false).grant(request("A6")).shown().matches("[A-HJ-NP-Z2-9]{8}"));
  }
}
