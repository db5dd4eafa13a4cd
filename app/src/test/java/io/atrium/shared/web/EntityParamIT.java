package io.atrium.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.WebSession;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages whose row comes from the address through an {@code @Param} converter: a ticket (staff
 * and client space), an event (its form and its attendees), a company, a member and a staff member.
 * Each opens its own row, and answers 404 with the not-found page (never 500, never an empty page)
 * for an id that is unknown, malformed, missing, another tenant's, or another centre's for a
 * community manager of one centre.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntityParamIT {

  private static final Pattern LANGUAGE_FORM =
      Pattern.compile("<form[^>]*\\bid=\"language\"[^>]*>");
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
  }

  /** The staff pages taking an id, with the id of the row each shows. */
  private record Row(String page, long id, String shown) {

    String path() {
      return page + "?id=" + id;
    }
  }

  @Test
  void eachPageOpensTheRowItsAddressNames() throws Exception {
    var admin = signedIn("lumiere", "admin@lumiere.test");
    for (Row row : lumiereRows()) {
      var page = admin.get(row.path());
      assertEquals(200, page.statusCode(), row.path() + ": " + page.body());
      assertTrue(page.body().contains(row.shown()), row.path() + " shows " + row.shown());
    }
    var member = signedIn("lumiere", "admin@nordlys.test");
    long ticket = lyonTicket();
    var own = member.get("portal/ticket.xhtml?id=" + ticket);
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(own.body().contains("Paramètre Lyon"), "the member's own ticket");
  }

  @Test
  void anUnknownMalformedOrMissingIdIsNotFound() throws Exception {
    var admin = signedIn("lumiere", "admin@lumiere.test");
    for (Row row : lumiereRows()) {
      for (String id : List.of("999999999", "abc", "-1", "1e3")) {
        assertNotFound(admin.get(row.page() + "?id=" + id), row.page() + "?id=" + id, "");
      }
      if (!row.page().endsWith("edit.xhtml")) {
        assertNotFound(admin.get(row.page()), row.page() + " without id", "");
        assertNotFound(admin.get(row.page() + "?id="), row.page() + " with an empty id", "");
      }
    }
    assertEquals(
        200,
        admin.get("community/events/edit.xhtml").statusCode(),
        "without an id the event form creates one");
    assertNotFound(
        signedIn("lumiere", "user@kaolin.test").get("portal/ticket.xhtml?id=999999999"),
        "a member's unknown ticket",
        "");
  }

  @Test
  void anotherTenantsRowIsNotFoundAndShowsNothingOfIt() throws Exception {
    var admin = signedIn("lumiere", "admin@lumiere.test");
    String banyan = api.token("banyan", "admin@banyan.test");
    long chai = company("banyan", "Chai Labs");
    Map<String, Long> pages = new LinkedHashMap<>();
    pages.put("directory/companies/detail.xhtml", chai);
    pages.put("directory/members/detail.xhtml", member("banyan", chai, "admin@chailabs.test"));
    pages.put("staff/detail.xhtml", me(banyan));
    long event = event(banyan, homeCentre("banyan", chai), "Banyan param check");
    pages.put("community/events/edit.xhtml", event);
    pages.put("community/events/attendees.xhtml", event);
    long ticket = ticket("banyan", "admin@chailabs.test", "Banyan param check");
    pages.put("helpdesk/ticket.xhtml", ticket);
    for (var page : pages.entrySet()) {
      String path = page.getKey() + "?id=" + page.getValue();
      assertNotFound(admin.get(path), path, "Banyan");
    }
    String portal = "portal/ticket.xhtml?id=" + ticket;
    assertNotFound(signedIn("lumiere", "admin@kaolin.test").get(portal), portal, "Banyan");
  }

  @Test
  void anotherCentresRowIsNotFoundForACommunityManagerOfOneCentre() throws Exception {
    var cm = signedIn("lumiere", "cm@lumiere.test");
    long nordlys = company("lumiere", "Nordlys Conseil");
    String admin = api.token("lumiere", "admin@lumiere.test");
    long lyonEvent = event(admin, homeCentre("lumiere", nordlys), "Lyon param check");
    Map<String, Long> pages = new LinkedHashMap<>();
    pages.put("directory/companies/detail.xhtml", nordlys);
    pages.put("directory/members/detail.xhtml", member("lumiere", nordlys, "admin@nordlys.test"));
    pages.put("community/events/edit.xhtml", lyonEvent);
    pages.put("community/events/attendees.xhtml", lyonEvent);
    pages.put("helpdesk/ticket.xhtml", lyonTicket());
    for (var page : pages.entrySet()) {
      String path = page.getKey() + "?id=" + page.getValue();
      assertNotFound(cm.get(path), path, "Lyon");
    }
    var paris =
        cm.get("directory/companies/detail.xhtml?id=" + company("lumiere", "Studio Kaolin"));
    assertEquals(200, paris.statusCode(), "a Paris company opens for the Paris manager");
    String portal = "portal/ticket.xhtml?id=" + lyonTicket();
    assertNotFound(signedIn("lumiere", "admin@kaolin.test").get(portal), portal, "Lyon");
  }

  @Test
  void theServicesRightsCheckStillDecides() throws Exception {
    var staffPage =
        signedIn("lumiere", "cm@lumiere.test")
            .get("staff/detail.xhtml?id=" + me(api.token("lumiere", "admin@lumiere.test")));
    assertEquals(403, staffPage.statusCode(), "a community manager may not read staff");
    assertTrue(staffPage.body().contains("data-status=\"403\""), staffPage.body());
  }

  @Test
  void switchingTheLanguageKeepsTheRowsAddress() throws Exception {
    var admin = signedIn("lumiere", "admin@lumiere.test");
    long ticket = lyonTicket();
    String path = "helpdesk/ticket.xhtml?id=" + ticket;
    String page = admin.get(path).body();
    String other = page.contains("lang=\"fr\"") ? "en" : "fr";
    Matcher form = LANGUAGE_FORM.matcher(page);
    assertTrue(form.find(), "the language switch");
    Matcher action = ACTION.matcher(form.group());
    assertTrue(action.find(), form.group());
    String target = action.group(1).replace("&amp;", "&");
    assertTrue(target.endsWith("?id=" + ticket), "posts to the page's own address: " + target);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("language_SUBMIT", "1");
    fields.put("language:_idcl", "language:" + other);
    fields.put("jakarta.faces.ViewState", WebSession.viewState(page));
    HttpResponse<String> switched = admin.post(target, fields);
    assertEquals(302, switched.statusCode(), switched.body());
    String location = switched.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("id=" + ticket), "back to the same ticket: " + location);
    var shown = admin.get(location.substring(location.indexOf("helpdesk/")));
    assertEquals(200, shown.statusCode());
    assertTrue(shown.body().contains("lang=\"" + other + "\""), "now in " + other);
    assertTrue(shown.body().contains("Paramètre Lyon"), "the same ticket");
  }

  private static void assertNotFound(HttpResponse<String> response, String what, String absent) {
    assertEquals(404, response.statusCode(), what + ": " + response.body());
    assertTrue(response.body().contains("data-status=\"404\""), what + ": the not-found page");
    assertFalse(response.body().contains("at io.atrium"), what + ": no stack trace");
    if (!absent.isEmpty()) {
      assertFalse(response.body().contains(absent), what + " shows nothing of the row");
    }
  }

  private WebSession signedIn(String workspace, String email) throws Exception {
    return new WebSession(base.toURI()).signedIn(workspace, email);
  }

  /** One row of lumiere per page, as its Super Admin sees them. */
  private List<Row> lumiereRows() {
    String admin = api.token("lumiere", "admin@lumiere.test");
    long kaolin = company("lumiere", "Studio Kaolin");
    long event = event(admin, homeCentre("lumiere", kaolin), "Paris param check");
    return List.of(
        new Row("directory/companies/detail.xhtml", kaolin, "bonjour@kaolin.test"),
        new Row(
            "directory/members/detail.xhtml",
            member("lumiere", kaolin, "admin@kaolin.test"),
            "admin@kaolin.test"),
        new Row("staff/detail.xhtml", me(admin), "admin@lumiere.test"),
        new Row("community/events/edit.xhtml", event, "Paris param check"),
        new Row("community/events/attendees.xhtml", event, "Paris param check"),
        new Row("helpdesk/ticket.xhtml", lyonTicket(), "Paramètre Lyon"));
  }

  private long lyonTicket() {
    return ticket("lumiere", "admin@nordlys.test", "Paramètre Lyon");
  }

  /** A ticket a member opens for their company's centre. */
  private long ticket(String tenant, String memberEmail, String title) {
    var created =
        api.post(
            "api/tickets",
            api.token(tenant, memberEmail),
            "{\"type\":\"OTHER\",\"title\":\"" + title + "\",\"description\":\"Param check\"}");
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonObject("ticket").getJsonNumber("id").longValue();
  }

  private long event(String token, long centreId, String title) {
    String form =
        "{\"centreId\":"
            + centreId
            + ",\"title\":\""
            + title
            + "\",\"description\":\"Param check\",\"date\":\""
            + LocalDate.now().plusDays(20)
            + "\",\"startTime\":\"18:30\",\"endTime\":\"20:00\",\"location\":\"Hall\","
            + "\"capacity\":10}";
    var created = api.post("api/events", token, form);
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonNumber("id").longValue();
  }

  private long company(String tenant, String name) {
    String token = api.token(tenant, "admin@" + tenant + ".test");
    return Api.json(api.get("api/companies?size=100&q=" + name.replace(' ', '+'), token))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private long homeCentre(String tenant, long company) {
    String token = api.token(tenant, "admin@" + tenant + ".test");
    return Api.json(api.get("api/companies/" + company, token))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  private long member(String tenant, long company, String email) {
    String token = api.token(tenant, "admin@" + tenant + ".test");
    return Api.jsonArray(api.get("api/companies/" + company + "/members", token))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("email").equals(email))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private long me(String token) {
    return Api.json(api.get("api/me", token)).getJsonNumber("id").longValue();
  }
}
