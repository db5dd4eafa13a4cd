package io.atrium.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The REST API as the mobile app calls it: a token from /api/auth/token, then bearer calls. */
public final class Api {

  private final URI base;

  /** The server (or load balancer) this client talks to. */
  public URI base() {
    return base;
  }

  public Api(URI base) {
    this.base = base;
  }

  public HttpResponse<String> requestToken(String tenant, String email, String password) {
    String body =
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("email", email)
            .add("password", password)
            .build()
            .toString();
    return post("api/auth/token", null, body);
  }

  public String token(String tenant, String email) {
    var response = requestToken(tenant, email, WebSession.DEMO_PASSWORD);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(email + ": " + response.body());
    }
    return json(response).getString("access_token");
  }

  /** The id of the tenant a token was issued in, read from its claims. */
  public static long tenantId(String token) {
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(payload))
        .readObject()
        .getJsonNumber("tenant_id")
        .longValue();
  }

  public HttpResponse<String> get(String path, String token, String... headers) {
    var request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return Http.send(request);
  }

  public HttpResponse<String> post(String path, String token, String json) {
    return send("POST", path, token, json);
  }

  public HttpResponse<String> put(String path, String token, String json) {
    return send("PUT", path, token, json);
  }

  /** A call with a JSON body (or none when json is null), in the given languages. */
  public HttpResponse<String> call(
      String method, String path, String token, String json, String... headers) {
    var request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return Http.send(request);
  }

  /** A POST of a file's bytes (a CSV import), in the given languages. */
  public HttpResponse<String> upload(
      String path, String token, String contentType, byte[] body, String... headers) {
    var request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return Http.send(request);
  }

  public HttpResponse<String> delete(String path, String token) {
    var request = HttpRequest.newBuilder(base.resolve(path)).DELETE();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Http.send(request);
  }

  private HttpResponse<String> send(String method, String path, String token, String json) {
    var request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Http.send(request);
  }

  public static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  public static JsonArray jsonArray(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
