package io.atrium.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs load clients in the way people and API clients do: the sign-in form for pages (the client
 * keeps the session cookie), {@code POST /api/auth/token} for the API. Every page but the sign-in
 * and account pages needs a signed-in person, so a client that skipped this would measure the
 * redirect to the sign-in page.
 */
public final class SignIn {

  /** Who signs in: a workspace (tenant slug), an e-mail and a password. */
  public record Credentials(String tenant, String email, String password) {}

  /** The demo operator's super administrator (all centres, every permission). */
  public static final Credentials LUMIERE_ADMIN =
      new Credentials("lumiere", "admin@lumiere.test", "Atrium-demo-2026");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  /** How long to retry the first sign-in after ready, should the demo import still be running. */
  private static final Duration FIRST_SIGN_IN = Duration.ofSeconds(60);

  private SignIn() {}

  /**
   * {@code count} clients, each signed in to the pages once with its own session; the first attempt
   * is retried for a while, since ready does not promise that the demo tenants are in.
   */
  public static List<HttpClient> pageClients(String base, Credentials who, int count)
      throws IOException, InterruptedException {
    List<HttpClient> clients = new ArrayList<>();
    long deadline = System.nanoTime() + FIRST_SIGN_IN.toNanos();
    for (int i = 0; i < count; i++) {
      HttpClient client = Http.newClient();
      while (true) {
        String failure = page(client, base, who);
        if (failure == null) {
          break;
        }
        if (i > 0 || System.nanoTime() > deadline) {
          throw new IllegalStateException(who.email() + " could not sign in: " + failure);
        }
        Thread.sleep(1000);
      }
      clients.add(client);
    }
    return clients;
  }

  /**
   * Posts the sign-in form with the client's cookies; null on success (302 away from the sign-in
   * page), else what went wrong.
   */
  static String page(HttpClient client, String base, Credentials who)
      throws IOException, InterruptedException {
    HttpResponse<String> login =
        client.send(Http.get(base + "/login.xhtml").build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      return "GET /login.xhtml answered " + login.statusCode();
    }
    Matcher viewState = VIEW_STATE.matcher(login.body());
    if (!viewState.find()) {
      return "no form on /login.xhtml";
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login_SUBMIT", "1");
    form.put("login:workspace", who.tenant());
    form.put("login:email", who.email());
    form.put("login:password", who.password());
    form.put("login:next", "");
    form.put("login:signIn", "");
    form.put("jakarta.faces.ViewState", viewState.group(1));
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> posted =
        client.send(
            HttpRequest.newBuilder(login.uri())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = posted.headers().firstValue("Location").orElse("");
    if (posted.statusCode() != 302 || location.contains("login.xhtml")) {
      return "POST /login.xhtml answered " + posted.statusCode() + " " + location;
    }
    return null;
  }

  /** An API access token (valid 15 minutes by default: fetch one per measurement). */
  public static String token(String base, Credentials who)
      throws IOException, InterruptedException {
    String json =
        "{\"tenant\":\"%s\",\"email\":\"%s\",\"password\":\"%s\"}"
            .formatted(who.tenant(), who.email(), who.password());
    HttpResponse<String> response =
        Http.newClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException(
          "POST /api/auth/token for "
              + who.email()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return token.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
