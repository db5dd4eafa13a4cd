package io.atrium.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls against the test server, as a browser-less client would make them. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  public static HttpResponse<String> get(URI uri, String... headers) {
    var request = HttpRequest.newBuilder(uri).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  public static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The server root, where Liberty serves /health and /openapi for every application. */
  public static URI serverRoot(URI deploymentUrl) {
    return deploymentUrl.resolve("/");
  }
}
