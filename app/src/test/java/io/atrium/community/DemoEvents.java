package io.atrium.community;

import io.atrium.testing.Api;
import io.atrium.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events of the lumiere demo operator made through the API, as its people do: staff create and
 * publish them, members answer. Names carry this run's suffix, so runs against a kept database
 * never meet each other's events.
 */
final class DemoEvents {

  static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private final Api api;
  private final URI base;

  DemoEvents(URI base) {
    this.base = base;
    this.api = new Api(base);
  }

  Api api() {
    return api;
  }

  /** A token of a lumiere person, kept for the run (tokens last 15 minutes). */
  String token(String email) {
    return TOKENS.computeIfAbsent(email, e -> api.token("lumiere", e));
  }

  String admin() {
    return token("admin@lumiere.test");
  }

  /** PAR1, the home centre of Studio Kaolin. */
  long paris() {
    return centreOf("Studio Kaolin");
  }

  /** LYO1, the home centre of Nordlys Conseil. */
  long lyon() {
    return centreOf("Nordlys Conseil");
  }

  private long centreOf(String company) {
    var list = Api.json(api.get("api/companies?size=100&q=" + company.replace(' ', '+'), admin()));
    long id =
        list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals(company))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    return Api.json(api.get("api/companies/" + id, admin()))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  static LocalDate today() {
    return LocalDate.now(PARIS);
  }

  /** A form for tomorrow evening, 18:30 to 21:00. */
  static JsonObjectBuilder form(long centreId, String title, int capacity) {
    return Json.createObjectBuilder()
        .add("centreId", centreId)
        .add("title", title)
        .add("description", "Drinks and introductions on the rooftop.")
        .add("date", today().plusDays(1).toString())
        .add("startTime", "18:30")
        .add("endTime", "21:00")
        .add("location", "Rooftop, 6th floor")
        .add("capacity", capacity);
  }

  /** A form for the whole of today, so that check-in is open. */
  static JsonObjectBuilder todayForm(long centreId, String title, int capacity) {
    return form(centreId, title, capacity)
        .add("date", today().toString())
        .add("startTime", "00:00")
        .add("endTime", "23:59");
  }

  HttpResponse<String> create(String token, JsonObjectBuilder form) {
    return api.post("api/events", token, form.build().toString());
  }

  /** Creates and publishes as the Super Admin; the event's id. */
  long published(JsonObjectBuilder form, boolean broadcast) {
    var created = create(admin(), form);
    if (created.statusCode() != 201) {
      throw new IllegalStateException(created.body());
    }
    long id = Api.json(created).getJsonNumber("id").longValue();
    var published =
        api.post("api/events/" + id + "/publish", admin(), "{\"broadcast\":" + broadcast + "}");
    if (published.statusCode() != 200) {
      throw new IllegalStateException(published.body());
    }
    return id;
  }

  HttpResponse<String> uploadCover(long id, String token, String type, byte[] content) {
    return Http.send(
        HttpRequest.newBuilder(base.resolve("api/events/" + id + "/cover"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type)
            .header("X-File-Name", "cover.png")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  HttpResponse<String> rsvp(long id, String email) {
    return api.post("api/events/" + id + "/rsvp", token(email), "");
  }

  HttpResponse<String> withdraw(long id, String email) {
    return api.delete("api/events/" + id + "/rsvp", token(email));
  }

  JsonObject event(long id, String email) {
    return Api.json(api.get("api/events/" + id, token(email)));
  }

  /** The staff's list (or a member's) as its JSON text, up to 100 events. */
  String list(String email, String query) {
    return api.get("api/events?size=100" + query, token(email)).body();
  }
}
