package io.atrium.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live OpenAPI document is enough to use the API or generate a client: every operation has a
 * unique operationId, says it needs the bearer JWT (or that it needs none), and documents its
 * problem answers; every JSON request body lists its fields; and Redocly's recommended rules find
 * no error. The lint needs Node's {@code npx} (installed by {@code .ci/run}); without it the lint
 * test fails when {@code -Dopenapi.lint.required=true} (as in CI) and is skipped with a message
 * otherwise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

  /** Pinned, so a new release of the linter cannot break a build that did not change. */
  static final String REDOCLY = "@redocly/cli@2.77.0";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private JsonObject document() throws Exception {
    return OpenApiDocument.fetch(Http.serverRoot(base.toURI()));
  }

  @Test
  void everyOperationHasAUniqueIdItsSecurityAndItsProblemAnswers() throws Exception {
    JsonObject document = document();
    var scheme = document.getJsonObject("components").getJsonObject("securitySchemes");
    assertEquals("http", scheme.getJsonObject("bearer").getString("type"));
    assertEquals("JWT", scheme.getJsonObject("bearer").getString("bearerFormat"));
    Set<String> ids = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    int operations = 0;
    for (var path : document.getJsonObject("paths").entrySet()) {
      for (var entry : path.getValue().asJsonObject().entrySet()) {
        if (entry.getValue().getValueType() != jakarta.json.JsonValue.ValueType.OBJECT
            || entry.getKey().equals("parameters")) {
          continue;
        }
        operations++;
        String key = entry.getKey().toUpperCase() + " " + path.getKey();
        JsonObject operation = entry.getValue().asJsonObject();
        String id = operation.getString("operationId", null);
        if (id == null || !ids.add(id)) {
          wrong.add(key + ": operationId " + id);
        }
        boolean open =
            Set.of(
                    "/api/auth/token",
                    "/api/auth/refresh",
                    "/api/about",
                    // i13-payments: a gateway's signature is its proof, not a token
                    "/api/payments/webhooks/{gateway}")
                .contains(path.getKey());
        var security = operation.getJsonArray("security");
        if (security == null || security.isEmpty() != open) {
          wrong.add(key + ": security " + security);
        }
        JsonObject responses = operation.getJsonObject("responses");
        boolean problem =
            responses.entrySet().stream()
                .anyMatch(
                    r ->
                        r.getKey().startsWith("4")
                            && r.getValue().toString().contains(Problem.MEDIA_TYPE));
        if (!problem) {
          wrong.add(key + ": no 4xx problem+json answer");
        }
      }
    }
    assertTrue(operations > 40, "operations: " + operations);
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyJsonRequestBodyListsItsFields() throws Exception {
    List<String> empty = new ArrayList<>();
    var operations = OpenApiDocument.jsonBodyOperations(document());
    for (var operation : operations) {
      if (operation.properties().isEmpty()) {
        empty.add(operation.key());
      }
    }
    assertFalse(operations.isEmpty());
    assertEquals(List.of(), empty, "request bodies documented as empty objects");
  }

  /**
   * A record component named "is…" (issueDate) was read as a boolean getter too, and documented
   * twice: as itself and as a required "sueDate", which the API then refuses as an unknown field.
   */
  @Test
  void noPropertyIsDocumentedTwiceUnderAnIsGettersName() throws Exception {
    List<String> phantoms = new ArrayList<>();
    JsonObject schemas = document().getJsonObject("components").getJsonObject("schemas");
    schemas.forEach(
        (name, schema) -> {
          JsonObject properties = schema.asJsonObject().getJsonObject("properties");
          if (properties != null) {
            for (String property : properties.keySet()) {
              if (property.startsWith("is") && property.length() > 2) {
                String tail = property.substring(2);
                String phantom = Character.toLowerCase(tail.charAt(0)) + tail.substring(1);
                if (properties.containsKey(phantom)) {
                  phantoms.add(name + "." + phantom);
                }
              }
            }
          }
        });
    assertEquals(List.of(), phantoms);
  }

  @Test
  void redoclyRecommendedRulesFindNoError() throws Exception {
    String npx = executable("npx");
    if (npx == null) {
      String why = "npx (Node.js) is not installed: the OpenAPI lint did not run";
      assertFalse(Boolean.getBoolean("openapi.lint.required"), why);
      org.junit.jupiter.api.Assumptions.abort(why + " (apt-get install nodejs npm)");
    }
    var response = Http.get(Http.serverRoot(base.toURI()).resolve("openapi?format=JSON"));
    Path folder = Files.createDirectories(Path.of("target", "openapi-lint"));
    Path document = folder.resolve("openapi.json");
    Files.writeString(document, response.body(), StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("redocly.yaml"), "extends:\n  - recommended\n", StandardCharsets.UTF_8);
    Path report = folder.resolve("report.txt");
    Process lint =
        new ProcessBuilder(npx, "--yes", REDOCLY, "lint", "openapi.json", "--format=stylish")
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(report.toFile())
            .start();
    boolean done = lint.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      lint.destroyForcibly();
    }
    String output = Files.readString(report);
    assertTrue(done, "the lint did not finish in 5 minutes: " + output);
    assertEquals(
        0, lint.exitValue(), "Redocly lint errors (" + report.toAbsolutePath() + "):\n" + output);
  }

  private static String executable(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File candidate = new File(dir, name);
      if (candidate.canExecute()) {
        return candidate.getAbsolutePath();
      }
    }
    return null;
  }
}
