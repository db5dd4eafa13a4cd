package io.atrium.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Floors, plans and spaces through the REST API, as staff tools use it: the life cycle with
 * filters, refused input answered as problem+json with nothing written, plans read by content and
 * served safely, outlines saved together or not at all, and another tenant's ids — in the path or
 * the body — not found. Names carry this run's suffix, so runs on a kept database never meet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpacesApiIT {

  private static final String RUN =
      Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String lumiere;
  private String banyan;
  private long lumiereId;
  private long banyanId;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    lumiere = api.token("lumiere", "admin@lumiere.test");
    banyan = api.token("banyan", "admin@banyan.test");
    lumiereId = Api.tenantId(lumiere);
    banyanId = Api.tenantId(banyan);
  }

  private static long centre(long tenant, String code) {
    return TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = ?", code);
  }

  /** A catalogue item offered in one centre, written as the catalogue module would. */
  private static long item(long tenant, String code, long centreId, boolean vat) {
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO catalogue_item (tenant_id, id, code, kind, service_type, name_en, name_fr,"
            + " unit, vat_category, sac_code, tax_rate) VALUES (?, nextval('atrium_id_seq'), ?,"
            + " 'MAIN', 'MEETING_ROOM', 'Room', 'Salle', 'HOUR', ?, ?, ?)",
        tenant,
        code,
        vat ? "S" : null,
        vat ? null : "997212",
        vat ? new java.math.BigDecimal("20") : new java.math.BigDecimal("18"));
    long id =
        TestDatabase.countFromClient(tenant, "SELECT id FROM catalogue_item WHERE code = ?", code);
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO catalogue_item_centre (item_id, centre_id) VALUES (?, ?)",
        id,
        centreId);
    return id;
  }

  private long floor(String token, long centreId, String name) {
    var created =
        api.post(
            "api/floors",
            token,
            "{\"centreId\":" + centreId + ",\"name\":\"" + name + "\",\"level\":2}");
    assertEquals(201, created.statusCode(), created.body());
    return id(created);
  }

  private static JsonObjectBuilder room(long centreId, String name) {
    return Json.createObjectBuilder()
        .add("centreId", centreId)
        .add("kind", "MEETING_ROOM")
        .add("name", name)
        .add("areaSqm", "18.50")
        .add("capacity", 8);
  }

  private static long id(HttpResponse<String> response) {
    return Api.json(response).getJsonNumber("id").longValue();
  }

  private static JsonObject problem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""), "problem");
    return Api.json(response);
  }

  private static void assertFields(HttpResponse<String> response, String... fields) {
    JsonObject errors = problem(response, 400).getJsonObject("errors");
    for (String field : fields) {
      assertTrue(errors.containsKey(field), field + " in " + errors);
    }
  }

  private long spacesNamed(long tenant, String name) {
    return TestDatabase.countFromClient(tenant, "SELECT count(*) FROM space WHERE name = ?", name);
  }

  private HttpResponse<String> uploadPlan(long floorId, String token, String type, byte[] body) {
    return Http.send(
        HttpRequest.newBuilder(uri("api/floors/" + floorId + "/plan"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type)
            .header("X-File-Name", "plan")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static byte[] png(int width, int height) {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private java.net.URI uri(String path) {
    try {
      return base.toURI().resolve(path);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSpaceIsCreatedReadFilteredAndChangedOnItsFloor() {
    long paris = centre(lumiereId, "PAR1");
    long floorId = floor(lumiere, paris, "Mezzanine " + RUN);
    long itemId = item(lumiereId, "MR-" + RUN, paris, true);
    String name = "Salle Hopper " + RUN;
    var created =
        api.post(
            "api/spaces",
            lumiere,
            room(paris, name)
                .add("floorId", floorId)
                .add("catalogueItemId", itemId)
                .add("amenities", Json.createArrayBuilder().add("SCREEN").add("WIFI"))
                .add("bookable", true)
                .add("openingHours", "Mo-Fr 08:00-19:00")
                .add("shape", "0.1,0.1 0.4,0.1 0.4,0.3 0.1,0.3")
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    long id = id(created);
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/spaces/" + id));
    JsonObject space = Api.json(api.get("api/spaces/" + id, lumiere));
    assertEquals("18.50", space.getString("areaSqm"));
    assertEquals("PAR1", space.getString("centre"));
    assertEquals("[\"WIFI\",\"SCREEN\"]", space.getJsonArray("amenities").toString());
    assertEquals("MR-" + RUN, space.getString("catalogueItem"));
    assertEquals("AVAILABLE", space.getString("status"));

    var listed =
        Api.json(
            api.get(
                "api/spaces?centre="
                    + paris
                    + "&floor="
                    + floorId
                    + "&kind=MEETING_ROOM"
                    + "&status=AVAILABLE",
                lumiere));
    assertEquals(1, listed.getInt("total"), listed.toString());
    assertEquals(name, listed.getJsonArray("items").getJsonObject(0).getString("name"));
    assertEquals(
        0,
        Api.json(api.get("api/spaces?floor=" + floorId + "&status=OUT_OF_SERVICE", lumiere))
            .getInt("total"));

    var changed =
        api.put(
            "api/spaces/" + id,
            lumiere,
            room(centre(lumiereId, "LYO1"), name)
                .add("floorId", floorId)
                .add("capacity", 10)
                .add("status", "OUT_OF_SERVICE")
                .build()
                .toString());
    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject saved = Api.json(changed);
    assertEquals("OUT_OF_SERVICE", saved.getString("status"));
    assertEquals("PAR1", saved.getString("centre"), "a space stays in its centre");
    assertFalse(saved.containsKey("shape"), "PUT replaces the details: no outline sent, none kept");
    assertEquals(
        1,
        Api.jsonArray(api.get("api/floors/" + floorId + "/spaces", lumiere)).size(),
        "the floor lists its space");
    assertEquals(
        2,
        TestDatabase.countFromClient(
            lumiereId,
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Space' AND entity_id = ?",
            String.valueOf(id)),
        "created and changed, both audited");
  }

  @Test
  void badInputIsAnsweredAsProblemJsonAndWritesNothing() {
    long paris = centre(lumiereId, "PAR1");
    long lyon = centre(lumiereId, "LYO1");
    long lyonFloor = floor(lumiere, lyon, "Lyon annexe " + RUN);
    long lyonItem = item(lumiereId, "LY-" + RUN, lyon, true);
    String name = "Refused " + RUN;
    assertFields(
        api.post(
            "api/spaces",
            lumiere,
            room(paris, name)
                .add("areaSqm", "-4")
                .add("capacity", -1)
                .add("bookable", true)
                .add("floorId", lyonFloor)
                .add("catalogueItemId", lyonItem)
                .build()
                .toString()),
        "areaSqm",
        "capacity",
        "openingHours",
        "floorId",
        "catalogueItemId");
    assertFields(
        api.post(
            "api/spaces", lumiere, room(paris, name).add("areaSqm", "12.345").build().toString()),
        "areaSqm");
    assertFields(
        api.post("api/spaces", lumiere, room(paris, name).add("areaSqm", "1e3").build().toString()),
        "areaSqm");
    assertFields(
        api.post("api/spaces", lumiere, room(paris, name).add("kind", "CASTLE").build().toString()),
        "kind");
    assertFields(
        api.post(
            "api/spaces",
            lumiere,
            room(paris, name)
                .add("amenities", Json.createArrayBuilder().add("JACUZZI"))
                .build()
                .toString()),
        "amenities");
    assertFields(
        api.post(
            "api/spaces",
            lumiere,
            room(paris, name)
                .add("floorId", floor(lumiere, paris, "Shapes " + RUN))
                .add("shape", "0.1,0.1 1.5,0.1 0.2,0.9")
                .build()
                .toString()),
        "shape");
    assertFields(
        api.post("api/spaces", lumiere, room(paris, "Nul\u0000" + RUN).build().toString()), "name");
    assertFields(
        api.post("api/spaces", lumiere, room(paris, "x".repeat(5000)).build().toString()), "name");
    problem(api.post("api/spaces", lumiere, "{\"name\":\"" + name + "\","), 400);
    problem(api.post("api/spaces", lumiere, "{\"name\":\"" + name + "\",\"capacity\":\"8\"}"), 400);
    assertFields(
        api.post(
            "api/floors", lumiere, "{\"centreId\":" + paris + ",\"name\":\" \",\"level\":999}"),
        "name",
        "level");
    assertEquals(0, spacesNamed(lumiereId, name), "nothing written");
  }

  @Test
  void anotherTenantsIdsInThePathOrTheBodyAreNotFound() {
    long blr = centre(banyanId, "BLR1");
    long banyanFloor = floor(banyan, blr, "Banyan terrace " + RUN);
    long banyanItem = item(banyanId, "BN-" + RUN, blr, false);
    var banyanRoom =
        api.post("api/spaces", banyan, room(blr, "Peepal room " + RUN).build().toString());
    assertEquals(201, banyanRoom.statusCode(), banyanRoom.body());
    long banyanSpace = id(banyanRoom);

    long paris = centre(lumiereId, "PAR1");
    String name = "Cross tenant " + RUN;
    problem(api.get("api/spaces/" + banyanSpace, lumiere), 404);
    problem(
        api.put("api/spaces/" + banyanSpace, lumiere, room(paris, name).build().toString()), 404);
    problem(api.get("api/floors/" + banyanFloor, lumiere), 404);
    problem(api.get("api/floors/" + banyanFloor + "/spaces", lumiere), 404);
    problem(uploadPlan(banyanFloor, lumiere, "image/png", png(20, 10)), 404);
    problem(api.post("api/spaces", lumiere, room(blr, name).build().toString()), 404);
    problem(
        api.post(
            "api/spaces",
            lumiere,
            room(paris, name).add("floorId", banyanFloor).build().toString()),
        404);
    problem(
        api.post(
            "api/spaces",
            lumiere,
            room(paris, name).add("catalogueItemId", banyanItem).build().toString()),
        404);
    problem(
        api.post("api/floors", lumiere, "{\"centreId\":" + blr + ",\"name\":\"" + name + "\"}"),
        404);
    problem(api.get("api/spaces?centre=" + blr, lumiere), 404);
    long parisFloor = floor(lumiere, paris, "Cross " + RUN);
    problem(
        api.put(
            "api/floors/" + parisFloor + "/outlines",
            lumiere,
            "{\"outlines\":[{\"spaceId\":" + banyanSpace + ",\"shape\":\"0,0 1,0 1,1\"}]}"),
        404);
    assertEquals(0, spacesNamed(lumiereId, name) + spacesNamed(banyanId, name), "nothing written");
    assertEquals(
        "Peepal room " + RUN,
        Api.json(api.get("api/spaces/" + banyanSpace, banyan)).getString("name"));
    assertFalse(
        api.get("api/spaces?size=100", lumiere).body().contains("Peepal room " + RUN),
        "never listed to another tenant");
  }

  @Test
  void aPlanIsAnImageByItsContentAndIsServedAsAPassivePicture() {
    long paris = centre(lumiereId, "PAR1");
    long floorId = floor(lumiere, paris, "Plans " + RUN);
    String scripted =
        "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='50'>"
            + "<script>fetch('/api/me')</script></svg>";
    JsonObject active =
        problem(
            uploadPlan(
                floorId, lumiere, "image/svg+xml", scripted.getBytes(StandardCharsets.UTF_8)),
            400);
    assertTrue(active.getJsonObject("errors").containsKey("plan"), active.toString());
    problem(uploadPlan(floorId, lumiere, "image/png", "not an image".getBytes()), 400);
    problem(api.get("api/floors/" + floorId + "/plan", lumiere), 404);

    var stored = uploadPlan(floorId, lumiere, "application/octet-stream", png(640, 320));
    assertEquals(200, stored.statusCode(), stored.body());
    JsonObject floor = Api.json(stored);
    assertEquals(640, floor.getInt("planWidth"));
    assertEquals(320, floor.getInt("planHeight"));
    var image =
        Http.send(
            HttpRequest.newBuilder(uri("api/floors/" + floorId + "/plan"))
                .header("Authorization", "Bearer " + lumiere)
                .GET());
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        image.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
    problem(api.get("api/floors/" + floorId + "/plan", banyan), 404);

    String drawing =
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1000 400'>"
            + "<rect width='1000' height='400' fill='#eee'/></svg>";
    JsonObject svg =
        Api.json(
            uploadPlan(floorId, lumiere, "text/plain", drawing.getBytes(StandardCharsets.UTF_8)));
    assertEquals("image/svg+xml", svg.getString("planType"));
    assertEquals(1000, svg.getInt("planWidth"));
  }

  @Test
  void outlinesAreSavedTogetherOrNotAtAll() {
    long paris = centre(lumiereId, "PAR1");
    long floorId = floor(lumiere, paris, "Outlines " + RUN);
    long other = floor(lumiere, paris, "Elsewhere " + RUN);
    long a =
        id(
            api.post(
                "api/spaces",
                lumiere,
                room(paris, "A " + RUN).add("floorId", floorId).build().toString()));
    long b =
        id(
            api.post(
                "api/spaces",
                lumiere,
                room(paris, "B " + RUN).add("floorId", floorId).build().toString()));
    long c =
        id(
            api.post(
                "api/spaces",
                lumiere,
                room(paris, "C " + RUN).add("floorId", other).build().toString()));
    var saved =
        api.put(
            "api/floors/" + floorId + "/outlines",
            lumiere,
            "{\"outlines\":[{\"spaceId\":"
                + a
                + ",\"shape\":\"0.1,0.1 0.3,0.1 0.3,0.3 0.1,0.3\"},"
                + "{\"spaceId\":"
                + b
                + ",\"shape\":\"0.5,0.5 0.9,0.5 0.7,0.9\"}]}");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(
        "0.1,0.1 0.3,0.1 0.3,0.3 0.1,0.3",
        Api.json(api.get("api/spaces/" + a, lumiere)).getString("shape"));
    assertFields(
        api.put(
            "api/floors/" + floorId + "/outlines",
            lumiere,
            "{\"outlines\":[{\"spaceId\":"
                + a
                + ",\"shape\":\"\"},"
                + "{\"spaceId\":"
                + b
                + ",\"shape\":\"0.5,0.5 0.9,0.5\"}]}"),
        "shape");
    assertEquals(
        "0.1,0.1 0.3,0.1 0.3,0.3 0.1,0.3",
        Api.json(api.get("api/spaces/" + a, lumiere)).getString("shape"),
        "one bad outline refuses them all");
    problem(
        api.put(
            "api/floors/" + floorId + "/outlines",
            lumiere,
            "{\"outlines\":[{\"spaceId\":" + c + ",\"shape\":\"0,0 1,0 1,1\"}]}"),
        404);
  }
}
