package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.spaces.Floor;
import io.atrium.spaces.Space;
import io.atrium.tenancy.BodyIdIsolationIT.Body;
import io.atrium.tenancy.BodyIdIsolationIT.Case;
import io.atrium.tenancy.BodyIdIsolationIT.Fixture;
import io.atrium.tenancy.BodyIdIsolationIT.Snapshot;
import io.atrium.testing.Api;
import io.atrium.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The body ids of the catalogue, spaces and events' space (issue 12) for {@link BodyIdIsolationIT}:
 * each aimed at rows of Paris made for the run (an item, a floor, a space), so a request wrongly
 * accepted changes only them.
 */
final class CatalogueBodyCases {

  private CatalogueBodyCases() {}

  static void register(Map<String, Case> cases) {
    Snapshot newSpaces = (f, m) -> count(f, "SELECT count(*) FROM space WHERE name = ?", m);
    Snapshot renamedSpace =
        (f, m) ->
            count(f, "SELECT count(*) FROM space WHERE id = ? AND name = ?", target(f, "space"), m);
    Snapshot spaceInParis =
        (f, m) ->
            count(
                f,
                "SELECT count(*) FROM space WHERE id = ? AND centre_id = ?",
                target(f, "space"),
                f.paris());
    cases.put(
        "POST /api/spaces centreId",
        new Case(
            "api/spaces",
            Space.class,
            "centreId",
            (f, id, m) -> space(m, id, null, null),
            newSpaces,
            false));
    cases.put(
        "POST /api/spaces floorId",
        new Case(
            "api/spaces",
            Floor.class,
            "floorId",
            (f, id, m) -> space(m, f.paris(), id, null),
            newSpaces,
            false));
    cases.put(
        "POST /api/spaces catalogueItemId",
        new Case(
            "api/spaces",
            CatalogueItem.class,
            "catalogueItemId",
            (f, id, m) -> space(m, f.paris(), null, id),
            newSpaces,
            false));
    cases.put(
        "PUT /api/spaces/{id} centreId",
        new Case(
            "api/spaces/{space}",
            Centre.class,
            "centreId",
            (f, id, m) -> space(m, id, null, null),
            spaceInParis,
            true));
    cases.put(
        "PUT /api/spaces/{id} floorId",
        new Case(
            "api/spaces/{space}",
            Floor.class,
            "floorId",
            (f, id, m) -> space(m, f.paris(), id, null),
            renamedSpace,
            false));
    cases.put(
        "PUT /api/spaces/{id} catalogueItemId",
        new Case(
            "api/spaces/{space}",
            CatalogueItem.class,
            "catalogueItemId",
            (f, id, m) -> space(m, f.paris(), null, id),
            renamedSpace,
            false));
    cases.put(
        "POST /api/floors centreId",
        new Case(
            "api/floors",
            Centre.class,
            "centreId",
            (f, id, m) -> floor(m, id),
            (f, m) -> count(f, "SELECT count(*) FROM floor WHERE name = ?", m),
            false));
    cases.put(
        "PUT /api/floors/{id} centreId",
        new Case(
            "api/floors/{floor}",
            Centre.class,
            "centreId",
            (f, id, m) -> floor(m, id),
            (f, m) ->
                count(
                    f,
                    "SELECT count(*) FROM floor WHERE id = ? AND centre_id = ?",
                    target(f, "floor"),
                    f.paris()),
            true));
    Body item = (f, id, m) -> item(m, id);
    cases.put(
        "POST /api/catalogue centreIds",
        new Case(
            "api/catalogue",
            Centre.class,
            "centreIds",
            item,
            (f, m) -> count(f, "SELECT count(*) FROM catalogue_item WHERE name_en = ?", m),
            false));
    cases.put(
        "PUT /api/catalogue/{id} centreIds",
        new Case(
            "api/catalogue/{item}",
            Centre.class,
            "centreIds",
            item,
            (f, m) ->
                count(
                        f,
                        "SELECT count(*) FROM catalogue_item_centre WHERE item_id = ?",
                        target(f, "item"))
                    + count(
                        f,
                        "SELECT count(*) FROM catalogue_item WHERE id = ? AND name_en = ?",
                        target(f, "item"),
                        m),
            false));
    cases.put(
        "POST /api/catalogue/{id}/prices centreId",
        new Case(
            "api/catalogue/{item}/prices",
            Centre.class,
            "centreId",
            (f, id, m) ->
                "{\"centreId\":"
                    + id
                    + ",\"from\":\""
                    + LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1)
                    + "\",\"unitPrice\":\"1.00\"}",
            (f, m) ->
                count(
                    f, "SELECT count(*) FROM catalogue_price WHERE item_id = ?", target(f, "item")),
            false));
    Snapshot events = (f, m) -> count(f, "SELECT count(*) FROM community_event WHERE title = ?", m);
    cases.put(
        "POST /api/events spaceId",
        new Case(
            "api/events",
            Space.class,
            "spaceId",
            (f, id, m) -> BodyIdIsolationIT.event(m, f.paris(), id),
            events,
            false));
    cases.put(
        "PUT /api/events/{id} spaceId",
        new Case(
            "api/events/{event}",
            Space.class,
            "spaceId",
            (f, id, m) -> BodyIdIsolationIT.event(m, f.paris(), id),
            (f, m) ->
                count(
                    f,
                    "SELECT count(*) FROM community_event WHERE id = ? AND space_id IS NOT NULL",
                    f.parisEvent()),
            false));
  }

  /** Rows of Paris the cases aim at: an item it offers, a floor and a space on it. */
  static Map<String, Long> targets(Api api, String admin, long paris, String run) {
    Map<String, Long> targets = new HashMap<>();
    var item =
        api.post(
            "api/catalogue",
            admin,
            "{\"code\":\"BODY-"
                + run.toUpperCase(Locale.ROOT)
                + "\",\"kind\":\"OPTION\",\"nameEn\":\"Body target\",\"nameFr\":\"Cible\","
                + "\"unit\":\"UNIT\",\"vatCategory\":\"S\",\"taxRate\":\"20\",\"centreIds\":["
                + paris
                + "]}");
    assertEquals(201, item.statusCode(), item.body());
    targets.put("item", Api.json(item).getJsonNumber("id").longValue());
    var floor = api.post("api/floors", admin, floor("Body target " + run, paris));
    assertEquals(201, floor.statusCode(), floor.body());
    targets.put("floor", Api.json(floor).getJsonNumber("id").longValue());
    var space =
        api.post(
            "api/spaces", admin, space("Body target " + run, paris, targets.get("floor"), null));
    assertEquals(201, space.statusCode(), space.body());
    targets.put("space", Api.json(space).getJsonNumber("id").longValue());
    return targets;
  }

  /** Tenant B's item, floor and space (its demo manifest has them). */
  static void ofB(Api api, String banyan, Map<Class<?>, Long> ofB) {
    ofB.put(CatalogueItem.class, first(api.get("api/catalogue", banyan)));
    ofB.put(
        Floor.class,
        Api.jsonArray(api.get("api/floors", banyan))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());
    ofB.put(Space.class, first(api.get("api/spaces", banyan)));
  }

  static String replaceTargets(String path, Fixture f) {
    return path.replace("{space}", Long.toString(target(f, "space")))
        .replace("{floor}", Long.toString(target(f, "floor")))
        .replace("{item}", Long.toString(target(f, "item")));
  }

  private static long first(java.net.http.HttpResponse<String> page) {
    assertEquals(200, page.statusCode(), page.body());
    return Api.json(page)
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .get(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static long target(Fixture f, String name) {
    return f.targets().get(name);
  }

  private static String space(String name, long centreId, Long floorId, Long itemId) {
    return "{\"centreId\":"
        + centreId
        + ",\"floorId\":"
        + floorId
        + ",\"kind\":\"MEETING_ROOM\",\"name\":\""
        + name
        + "\",\"capacity\":2,\"catalogueItemId\":"
        + itemId
        + "}";
  }

  private static String floor(String name, long centreId) {
    return "{\"centreId\":" + centreId + ",\"name\":\"" + name + "\"}";
  }

  private static String item(String name, long centreId) {
    return "{\"code\":\"BP-"
        + Integer.toHexString(name.hashCode()).toUpperCase(Locale.ROOT)
        + "\",\"kind\":\"OPTION\",\"nameEn\":\""
        + name
        + "\",\"nameFr\":\"Sonde\",\"unit\":\"UNIT\",\"vatCategory\":\"S\",\"taxRate\":\"20\","
        + "\"centreIds\":["
        + centreId
        + "]}";
  }

  private static long count(Fixture f, String sql, Object... parameters) {
    return TestDatabase.countFromClient(f.tenantA(), sql, parameters);
  }
}
