package io.atrium.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the live OpenAPI document that takes a JSON body gets a few hundred malformed
 * bodies, each with at least one defect ({@link MalformedBodies}): no answer may be a 5xx or a
 * success, every refusal is problem+json, and no row is added or removed anywhere. The randomness
 * is seeded ({@code -Dfuzz.seed}, printed with every failure) so a failure replays exactly; {@code
 * -Dfuzz.payloads} sets how many bodies per operation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

  private static final long SEED = Long.getLong("fuzz.seed", 20261203L);

  private static final int PAYLOADS = Integer.getInteger("fuzz.payloads", 45);

  private static final int THREADS = 4;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void malformedBodiesAreRefusedAsProblemsAndWriteNothing() throws Exception {
    URI root = base.toURI();
    Api api = new Api(root);
    String token = api.token("lumiere", "admin@lumiere.test");
    JsonObject document = OpenApiDocument.fetch(Http.serverRoot(root));
    var operations = OpenApiDocument.jsonBodyOperations(document);
    assertTrue(operations.size() >= 15, "operations with a JSON body: " + operations);

    Map<String, Long> before = RowCounts.all();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> seen = new ConcurrentHashMap<>();
    AtomicInteger sent = new AtomicInteger();
    // Operations take turns on a few threads (each with its own seeded sequence of bodies, so a
    // failure still replays): one after the other they took 80 s of CI, mostly waiting on the
    // server's answers.
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (var operation : operations) {
        runs.add(
            threads.submit(
                () -> {
                  fuzz(root, api, token, operation, failures, seen);
                  sent.addAndGet(PAYLOADS);
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      threads.shutdownNow();
    }
    Map<String, Long> after = RowCounts.all();
    assertEquals(
        List.of(),
        failures,
        "seed " + SEED + " (-Dfuzz.seed), " + sent.get() + " requests; failures listed");
    assertEquals(before, after, "rows were written by refused requests (seed " + SEED + ")");
  }

  /** Sends one operation's malformed bodies and notes the answers that are not proper refusals. */
  private static void fuzz(
      URI root,
      Api api,
      String token,
      OpenApiDocument.JsonBodyOperation operation,
      List<String> failures,
      Map<String, Integer> seen) {
    Random random = new Random(SEED ^ operation.key().hashCode());
    String path =
        operation
            .path()
            .replaceAll("\\{[^}]+}", Long.toString(existingId(api, token, operation.path())));
    var bodies = new MalformedBodies(random, operation.properties(), operation.required());
    for (int i = 0; i < PAYLOADS; i++) {
      var body = bodies.next();
      var response = send(root, operation.method(), path, token, body);
      String problem = check(response);
      // At most two failures per operation and kind of defect, so one bug does not hide others.
      if (problem != null
          && failures.size() < 60
          && seen.merge(operation.key() + body.defect().split(" ")[0], 1, Integer::sum) <= 2) {
        failures.add(
            operation.key()
                + " #"
                + i
                + " ["
                + body.defect()
                + ", Content-Type "
                + body.contentType()
                + "] "
                + problem
                + " body: "
                + MalformedBodies.excerpt(body.json()));
      }
    }
  }

  /** Why the answer is wrong, or null when it is a proper refusal. */
  private static String check(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status < 400 || status >= 500) {
      return "answered " + status + ": " + MalformedBodies.excerpt(response.body());
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith(Problem.MEDIA_TYPE)) {
      return status + " as " + type + ": " + MalformedBodies.excerpt(response.body());
    }
    try {
      JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
      if (problem.getInt("status", -1) != status || !problem.containsKey("title")) {
        return status + " with a problem saying otherwise: " + response.body();
      }
    } catch (RuntimeException e) {
      return status + " with a body that is not a problem: " + response.body();
    }
    return null;
  }

  private static HttpResponse<String> send(
      URI root, String method, String path, String token, MalformedBodies.Body body) {
    var request =
        HttpRequest.newBuilder(root.resolve(path.substring(1)))
            .header("Authorization", "Bearer " + token)
            .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body.json()));
    if (body.contentType() != null) {
      request.header("Content-Type", body.contentType());
    }
    return Http.send(request);
  }

  /**
   * An id of the collection the path names, so that refusals are tested past the lookup of the
   * resource too; 1 when the collection has none or cannot be listed.
   */
  private static long existingId(Api api, String token, String path) {
    if (!path.contains("{")) {
      return 1;
    }
    String collection = path.substring(1, path.indexOf("/{"));
    var response = api.get(collection, token);
    if (response.statusCode() != 200) {
      return 1;
    }
    JsonValue listed = Json.createReader(new StringReader(response.body())).readValue();
    JsonValue items =
        listed.getValueType() == JsonValue.ValueType.ARRAY
            ? listed
            : listed.asJsonObject().getOrDefault("items", JsonValue.EMPTY_JSON_ARRAY);
    for (JsonValue item : items.asJsonArray()) {
      if (item.getValueType() == JsonValue.ValueType.OBJECT
          && item.asJsonObject().containsKey("id")) {
        return item.asJsonObject().getJsonNumber("id").longValue();
      }
    }
    return 1;
  }
}
