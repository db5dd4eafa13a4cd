package io.atrium.shared.api;

import io.atrium.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The live OpenAPI document, as an integrator or a client generator reads it. */
final class OpenApiDocument {

  static final Set<String> WRITES = Set.of("post", "put", "patch");

  /**
   * @param key "POST /api/tickets"
   * @param properties field name to its schema
   * @param required the fields the document says are required
   */
  record JsonBodyOperation(
      String method,
      String path,
      String key,
      Map<String, JsonObject> properties,
      List<String> required) {}

  private OpenApiDocument() {}

  static JsonObject fetch(URI serverRoot) {
    var response =
        Http.get(serverRoot.resolve("openapi?format=JSON"), "Accept", "application/json");
    if (response.statusCode() != 200) {
      throw new IllegalStateException("/openapi answered " + response.statusCode());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** Every POST, PUT and PATCH whose request body is JSON, in the document's order. */
  static List<JsonBodyOperation> jsonBodyOperations(JsonObject document) {
    List<JsonBodyOperation> operations = new ArrayList<>();
    for (var path : document.getJsonObject("paths").entrySet()) {
      for (var operation : path.getValue().asJsonObject().entrySet()) {
        if (!WRITES.contains(operation.getKey())) {
          continue;
        }
        JsonObject body = operation.getValue().asJsonObject().getJsonObject("requestBody");
        JsonObject content = body == null ? null : body.getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
          continue;
        }
        JsonObject schema =
            resolve(document, content.getJsonObject("application/json").getJsonObject("schema"));
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        if (schema != null && schema.containsKey("properties")) {
          for (var property : schema.getJsonObject("properties").entrySet()) {
            properties.put(
                property.getKey(), resolve(document, property.getValue().asJsonObject()));
          }
        }
        List<String> required =
            schema == null || !schema.containsKey("required")
                ? List.of()
                : schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        String method = operation.getKey();
        operations.add(
            new JsonBodyOperation(
                method,
                path.getKey(),
                method.toUpperCase() + " " + path.getKey(),
                properties,
                required));
      }
    }
    return operations;
  }

  /** The schema a {@code $ref} points to, or the schema itself. */
  static JsonObject resolve(JsonObject document, JsonObject schema) {
    if (schema == null || !schema.containsKey("$ref")) {
      return schema;
    }
    JsonValue target = document;
    for (String part : schema.getString("$ref").substring(2).split("/")) {
      target = target.asJsonObject().get(part);
    }
    return target.asJsonObject();
  }
}
