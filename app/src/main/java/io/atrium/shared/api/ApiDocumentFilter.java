package io.atrium.shared.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What every operation of the API shares, written once instead of on each of them: the bearer JWT
 * scheme (operations of resources marked {@value #OPEN} need none), an operationId derived from the
 * method and path, and the problem+json answers each kind of operation can give.
 */
public class ApiDocumentFilter implements OASFilter {

  /** The extension that marks the operations of {@code @PermitAll} resources in the document. */
  public static final String OPEN = "x-atrium-open";

  static final String BEARER = "bearer";

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI document) {
    document.setServers(List.of(OASFactory.createServer().url(serverUrl())));
    Components components = document.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      document.setComponents(components);
    }
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description("An access token from POST /api/auth/token"));
    components.addSchema("Problem", problemSchema());
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(ApiDocumentFilter::dropIsGetterTwins);
    }
    if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
      return;
    }
    for (var path : new TreeMap<>(document.getPaths().getPathItems()).entrySet()) {
      for (var entry : path.getValue().getOperations().entrySet()) {
        document(path.getKey(), entry.getKey(), entry.getValue());
      }
    }
  }

  /**
   * The configured public address ({@code PUBLIC_URL}), or "/" (this document's own server) when
   * none is set: left empty, the runtime fills the list from the request's {@code Host} header.
   */
  static String serverUrl() {
    String configured =
        ConfigProvider.getConfig().getOptionalValue("public.url", String.class).orElse("").strip();
    return configured.isEmpty() ? "/" : configured;
  }

  private static void document(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getOperationId() == null) {
      operation.setOperationId(operationId(method, path));
    }
    boolean open = operation.getExtensions() != null && operation.getExtensions().containsKey(OPEN);
    if (open) {
      operation.removeExtension(OPEN);
      operation.setSecurity(new ArrayList<>());
    } else {
      operation.setSecurity(
          new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
    }
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean body = operation.getRequestBody() != null;
    boolean hasParameters =
        operation.getParameters() != null && !operation.getParameters().isEmpty();
    boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    if (body || hasParameters || write) {
      problem(responses, "400", "Invalid request: the fields in error are listed in errors");
    }
    if (!open) {
      problem(responses, "401", "No valid bearer token");
      problem(responses, "403", "The caller lacks the right");
    }
    if (path.contains("{")) {
      problem(responses, "404", "No such resource for the caller");
    }
    if (write && !open) {
      problem(responses, "409", "The resource's state forbids it");
    }
    if (body) {
      problem(responses, "413", "The request body is too large");
      problem(responses, "415", "The request body is not JSON");
    }
    if (responses.getAPIResponses().keySet().stream().noneMatch(s -> s.startsWith("4"))) {
      problem(responses, "406", "The caller accepts none of the formats of the answer");
    }
  }

  /**
   * The scanner reads a record component whose name starts with "is" ({@code issueDate}) as a
   * boolean getter too, and documents a second, required property named after the rest ({@code
   * sueDate}) that the API refuses as unknown: the twin is dropped.
   */
  static void dropIsGetterTwins(Schema schema) {
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return;
    }
    for (String name : List.copyOf(properties.keySet())) {
      if (name.length() > 2 && name.startsWith("is")) {
        String twin = Character.toLowerCase(name.charAt(2)) + name.substring(3);
        if (properties.containsKey(twin)) {
          schema.removeProperty(twin);
          if (schema.getRequired() != null && schema.getRequired().contains(twin)) {
            List<String> required = new ArrayList<>(schema.getRequired());
            required.remove(twin);
            schema.setRequired(required);
          }
        }
      }
    }
  }

  /** {@code POST /api/tickets/{id}/comments} → {@code postTicketsIdComments}. */
  static String operationId(PathItem.HttpMethod method, String path) {
    StringBuilder id = new StringBuilder(method.name().toLowerCase(java.util.Locale.ROOT));
    for (String segment : path.split("[/{}\\-_.]+")) {
      if (!segment.isEmpty() && !segment.equals("api")) {
        id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
      }
    }
    return id.toString();
  }

  /** Adds the problem answer, or its problem+json content to an answer declared without one. */
  private static void problem(APIResponses responses, String status, String description) {
    APIResponse response = responses.getAPIResponse(status);
    if (response == null) {
      response = OASFactory.createAPIResponse().description(description);
      responses.addAPIResponse(status, response);
    }
    if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
      response.setContent(
          OASFactory.createContent()
              .addMediaType(
                  Problem.MEDIA_TYPE,
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
  }

  private static Schema problemSchema() {
    Map<String, Schema> properties = new java.util.LinkedHashMap<>();
    properties.put(
        "type", text("a URI naming the kind of problem; about:blank when the status says it"));
    properties.put("title", text("a short summary of the kind, in the caller's language"));
    properties.put(
        "status",
        OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("the HTTP status"));
    properties.put("detail", text("what went wrong this time, in the caller's language"));
    properties.put("instance", text("the request path"));
    properties.put(
        "errors",
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .description("field name to message, for invalid fields")
            .additionalPropertiesSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem detail, the shape of every error")
        .properties(properties)
        .required(List.of("title", "status"));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }
}
