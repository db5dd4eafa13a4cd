package io.atrium.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad input of issue 9, each case as it was reported: what answered 500 or was stored is now a
 * 4xx problem naming the field, in the caller's language, and nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictInputIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private URI root;
  private String admin;

  @BeforeEach
  void signIn() throws Exception {
    root = base.toURI();
    api = new Api(root);
    admin = api.token("lumiere", "admin@lumiere.test");
  }

  private static JsonObject problem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE),
        response.headers().toString());
    JsonObject problem = Api.json(response);
    assertEquals(status, problem.getInt("status"));
    return problem;
  }

  private static String fieldError(HttpResponse<String> response, String field) {
    JsonObject errors = problem(response, 400).getJsonObject("errors");
    assertTrue(errors != null && errors.containsKey(field), response.body());
    return errors.getString(field);
  }

  private long parisCentre() {
    var companies = Api.json(api.get("api/companies?size=1", admin)).getJsonArray("items");
    long company = companies.getJsonObject(0).getJsonNumber("id").longValue();
    return Api.json(api.get("api/companies/" + company, admin))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  private JsonObjectBuilder event() {
    return Json.createObjectBuilder()
        .add("centreId", parisCentre())
        .add("title", "Strict input breakfast")
        .add("date", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(3).toString())
        .add("startTime", "08:30")
        .add("endTime", "10:00")
        .add("location", "Ground floor")
        .add("capacity", 20);
  }

  @Test
  void tokenRequestsThatAnswered500AreProblemsAndLockNobodyOut() {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    for (String body :
        new String[] {
          "{}",
          "{\"tenant\":\"lumiere\",\"email\":\"admin@lumiere.test\",\"password\":null}",
          "{\"tenant\":\"lumiere\",\"email\":\"admin@lumiere.test\"}",
          "{\"tenant\":\"lumiere\",\"email\":\"admin@lumiere.test\u0000\",\"password\":\"x\"}",
          "{\"tenant\":" + deep + "}"
        }) {
      var response = api.post("api/auth/token", null, body);
      assertTrue(response.statusCode() == 400, response.statusCode() + " " + response.body());
      problem(response, 400);
    }
    assertEquals(
        200,
        api.requestToken("lumiere", "admin@lumiere.test", WebSession.DEMO_PASSWORD).statusCode());
  }

  @Test
  void trailingGarbageDuplicateKeysAndCoercedValuesAreRefusedAndNothingIsStored() {
    Map<String, Long> before = RowCounts.all();
    String valid = event().build().toString();
    problem(api.post("api/events", admin, valid + " garbage"), 400);
    problem(api.post("api/events", admin, "{\"title\":\"First\"," + valid.substring(1)), 400);
    assertTrue(
        fieldError(
                api.post("api/events", admin, event().add("capacity", "1.5").build().toString()),
                "capacity")
            .contains("whole number"));
    fieldError(
        api.post("api/events", admin, valid.replace("\"capacity\":20", "\"capacity\":1.5")),
        "capacity");
    fieldError(
        api.post("api/events", admin, event().add("capacity", "20").build().toString()),
        "capacity");
    fieldError(
        api.post("api/events", admin, event().add("organiser", "x").build().toString()),
        "organiser");
    assertEquals(before, RowCounts.all());
  }

  @Test
  void aStringIsNeverReadAsABoolean() {
    String type =
        Api.jsonArray(api.get("api/tickets/types", admin)).getJsonObject(0).getString("type");
    var created =
        api.post(
            "api/tickets",
            admin,
            Json.createObjectBuilder()
                .add("centreId", parisCentre())
                .add("type", type)
                .add("title", "Strict input: a door that squeaks")
                .add("description", "Second floor, left.")
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    long ticket = Api.json(created).getJsonObject("ticket").getJsonNumber("id").longValue();
    Map<String, Long> before = RowCounts.all();
    var response =
        api.post(
            "api/tickets/" + ticket + "/comments",
            admin,
            "{\"body\":\"Noted\",\"internal\":\"abc\"}");
    assertTrue(fieldError(response, "internal").contains("true or false"), response.body());
    assertEquals(before, RowCounts.all());
  }

  @Test
  void controlCharactersAreFieldErrorsInTheCallersLanguage() {
    Map<String, Long> before = RowCounts.all();
    var nul =
        api.call(
            "POST",
            "api/events",
            admin,
            event().add("title", "Break\u0000fast").build().toString(),
            "Accept-Language",
            "fr");
    assertTrue(fieldError(nul, "title").contains("caractères de contrôle"), nul.body());
    var lineBreak =
        api.post("api/events", admin, event().add("location", "Hall\r\nB").build().toString());
    assertTrue(fieldError(lineBreak, "location").contains("Control characters"), lineBreak.body());
    // Escaped in the JSON text: a raw lone surrogate would become '?' when the client encodes it.
    String lone =
        event().add("title", "lone X").build().toString().replace("lone X", "lone \\ud800");
    fieldError(api.post("api/events", admin, lone), "title");
    var company =
        Json.createObjectBuilder()
            .add("name", "Nul\u0000 SARL")
            .add("kind", "PROSPECT")
            .add("homeCentreId", parisCentre())
            .add("billingCity", "Paris\u001b[31m");
    var refused = api.post("api/companies", admin, company.build().toString());
    fieldError(refused, "name");
    fieldError(refused, "billingCity");
    assertEquals(before, RowCounts.all());
  }

  /** These searches handed the NUL to PostgreSQL and answered 500. */
  @Test
  void aControlCharacterInAQueryOrPathParameterIsAFieldError() {
    for (String[] search :
        new String[][] {
          {"api/staff?q=a%00b", "q"},
          {"api/visitors?q=%00", "q"},
          {"api/invoices?number=%00", "number"},
          {"api/companies?q=%00", "q"},
          {"api/tickets?status=%1b", "status"},
          {"api/cards?centre=" + parisCentre() + "&number=1%0a2", "number"}
        }) {
      var refused = api.call("GET", search[0], admin, null, "Accept-Language", "fr");
      assertTrue(
          fieldError(refused, search[1]).contains("caractères de contrôle"),
          search[0] + ": " + refused.body());
    }
  }

  @Test
  void staffNamesAndPhonesHaveLimitsAndAFormat() {
    Map<String, Long> before = RowCounts.all();
    JsonObjectBuilder staff =
        Json.createObjectBuilder()
            .add("fullName", "A".repeat(10_000))
            .add("email", "long.name@lumiere.test")
            .add("phone", "9".repeat(10_000))
            .add("roleIds", Json.createArrayBuilder().add(1))
            .add("allCentres", true);
    var tooLong = api.post("api/staff", admin, staff.build().toString());
    assertTrue(fieldError(tooLong, "fullName").contains("120"), tooLong.body());
    fieldError(tooLong, "phone");
    for (String phone : new String[] {"99:99", "+33 6 12\r\n34", "<b>+33612345678</b>"}) {
      var response =
          api.post(
              "api/staff",
              admin,
              staff.add("fullName", "Ok Name").add("phone", phone).build().toString());
      assertTrue(fieldError(response, "phone").contains("international"), response.body());
    }
    assertEquals(before, RowCounts.all());
  }

  @Test
  void eventDatesBeyondTwoYearsAreRefused() {
    Map<String, Long> before = RowCounts.all();
    var response =
        api.post("api/events", admin, event().add("date", "9999-12-31").build().toString());
    assertEquals("Choose a date within the next two years.", fieldError(response, "date"));
    assertEquals(before, RowCounts.all());
  }

  /** They answered 400 text/html "false", or 500 for a weight that is not a number in Accept. */
  @Test
  void anUnreadableAcceptOrAcceptLanguageIsAProblemAndALenientOneIsRead() {
    String[][] refused = {
      {"Accept-Language", "fr;q=abc"},
      {"Accept-Language", "fr;q=2"},
      {"Accept-Language", ";;;q="},
      {"Accept", "application/json;q=abc"},
      {"Accept", ";;;"},
      {"Accept", "text"}
    };
    for (String[] header : refused) {
      var response = api.get("api/me", admin, header[0], header[1]);
      String detail = problem(response, 400).getString("detail");
      // In the language the server could still read (fr for fr;q=abc), naming the header.
      assertTrue(
          detail.contains(header[0] + " header cannot be read")
              || detail.contains("L’en-tête " + header[0] + " est illisible"),
          header[0] + ": " + header[1] + " -> " + response.body());
    }
    for (String language : new String[] {"en_US", ",,,", "fr;foo", "*"}) {
      assertEquals(
          200, api.get("api/me", admin, "Accept-Language", language).statusCode(), language);
    }
  }

  @Test
  void aNonsenseContentTypeIsA415Problem() {
    for (String type : new String[] {";;", "json", "*/*"}) {
      var request =
          HttpRequest.newBuilder(root.resolve("api/events"))
              .header("Authorization", "Bearer " + admin)
              .header("Content-Type", type)
              .POST(HttpRequest.BodyPublishers.ofString(event().build().toString()));
      problem(Http.send(request), 415);
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutReadingItAll() {
    String huge = "{\"title\":\"" + "a".repeat(30 * 1024 * 1024) + "\"}";
    var response = api.post("api/events", admin, huge);
    assertTrue(problem(response, 413).getString("detail").contains("256"), response.body());
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAndNothingIsStored() {
    long centre = parisCentre();
    String day = LocalDate.now(ZoneId.of("Europe/Paris")).plusYears(1).plusDays(3).toString();
    byte[] start =
        ("{\"centreId\":" + centre + ",\"day\":\"" + day + "\",\"label\":\"Caf")
            .getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = {(byte) 0xE9, '"', '}'}; // "é" as Latin-1 sends it: not UTF-8
    byte[] body = Arrays.copyOf(start, start.length + latin1.length);
    System.arraycopy(latin1, 0, body, start.length, latin1.length);
    var refused = api.upload("api/centre-closures", admin, "application/json", body);
    assertTrue(problem(refused, 400).getString("detail").contains("UTF-8"), refused.body());
    var french =
        api.upload("api/centre-closures", admin, "application/json", body, "Accept-Language", "fr");
    assertTrue(problem(french, 400).getString("detail").contains("pas en UTF-8"), french.body());

    var closures = api.get("api/centre-closures?centre=" + centre + "&from=" + day, admin);
    assertEquals(200, closures.statusCode(), closures.body());
    assertFalse(closures.body().contains(day), "nothing stored: " + closures.body());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] right =
        (new String(start, StandardCharsets.UTF_8) + "é\"}").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = Arrays.copyOf(bom, bom.length + right.length);
    System.arraycopy(right, 0, withBom, bom.length, right.length);
    var stored = api.upload("api/centre-closures", admin, "application/json", withBom);
    assertEquals(201, stored.statusCode(), "UTF-8, after a byte order mark: " + stored.body());
    assertEquals("Café", Api.json(stored).getString("label"));
    long id = Api.json(stored).getJsonNumber("id").longValue();
    assertEquals(204, api.delete("api/centre-closures/" + id, admin).statusCode());
  }

  @Test
  void aYesNoFilterIsTrueOrFalseAndNothingElse() {
    for (String query :
        new String[] {
          "api/consumptions?billed=maybe",
          "api/staff?active=1",
          "api/tickets?escalated=yes",
          "api/tickets?overdue=maybe",
          "api/bookings?past=TRUE",
          "api/catalogue?active=maybe"
        }) {
      String name = query.substring(query.indexOf('?') + 1, query.indexOf('='));
      assertEquals("Use true or false.", fieldError(api.get(query, admin), name), query);
    }
    var french = api.get("api/tickets?overdue=peut-être", admin, "Accept-Language", "fr");
    assertEquals("Indiquez true ou false.", fieldError(french, "overdue"));
    for (String query :
        new String[] {
          "api/consumptions?billed=false",
          "api/staff?active=true",
          "api/tickets?escalated=false&overdue=true",
          "api/bookings?past=true"
        }) {
      assertEquals(200, api.get(query, admin).statusCode(), query);
    }
  }

  @Test
  void aMissingCentreIsNamedNotTakenForAWrongAddress() {
    for (String path : new String[] {"api/centre-closures", "api/booking-rules"}) {
      assertEquals("Choose the centre.", fieldError(api.get(path, admin), "centre"), path);
    }
    var rules = api.get("api/booking-rules?centre=" + parisCentre(), admin);
    assertEquals(200, rules.statusCode(), rules.body());
  }

  @Test
  void aRequestWithoutATokenIsToldWhichSchemeToUse() {
    var anonymous = Http.get(root.resolve("api/me"));
    problem(anonymous, 401);
    assertEquals(
        "Bearer realm=\"atrium\"",
        anonymous.headers().firstValue("WWW-Authenticate").orElse(""),
        anonymous.headers().toString());
  }
}
