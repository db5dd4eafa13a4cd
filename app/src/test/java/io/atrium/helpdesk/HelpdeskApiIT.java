package io.atrium.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.ImportedTenants;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.SupportManagers;
import io.atrium.testing.WebSession;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tickets through the REST API, as the mobile app uses them: a member raises one and attaches a
 * photo, the Paris community manager assigns it, staff comment and note, it is solved and reopened;
 * e-mails are read in GreenMail. Bad input is refused with problem details; people without the
 * right, and Paris staff asking for Lyon's tickets, are refused. Each test works in its own copy of
 * lumiere, whose Paris community manager is PAR1's support manager (and its admin LYO1's), so the
 * tests run in any order and leave the demo tenant as it was.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskApiIT {

  private static final byte[] PNG = HelpdeskFixtures.PNG;

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(
            HelpdeskFixtures.class,
            Api.class,
            Http.class,
            WebSession.class,
            MailCatcher.class,
            MailCatcher.Received.class);
  }

  @ArquillianResource URL base;

  /**
   * A fresh copy of lumiere (same people, centres and companies) whose Paris community manager is
   * PAR1's support manager and whose admin is LYO1's: a manifest cannot name support managers.
   */
  private String lumiere() throws Exception {
    String slug = ImportedTenants.copyOf(base, "lumiere");
    long tenant = Api.tenantId(new Api(base.toURI()).token(slug, "admin@lumiere.test"));
    SupportManagers.setFromClient(tenant, "PAR1", "cm@lumiere.test");
    SupportManagers.setFromClient(tenant, "LYO1", "admin@lumiere.test");
    return slug;
  }

  @Test
  @RunAsClient
  void aTicketsLifeCycleThroughTheApiWithItsMails() throws Exception {
    String lumiere = lumiere();
    Api api = new Api(base.toURI());
    MailCatcher.start();
    try {
      String member = api.token(lumiere, "user@kaolin.test");
      String cm = api.token(lumiere, "cm@lumiere.test");
      String tech = api.token(lumiere, "tech@lumiere.test");

      var created =
          api.post(
              "api/tickets",
              member,
              "{\"type\":\"ACCESS\",\"priority\":\"HIGH\",\"title\":\"Badge refused\","
                  + "\"description\":\"My badge no longer opens the 3rd floor.\"}");
      assertEquals(201, created.statusCode(), created.body());
      JsonObject ticket = Api.json(created).getJsonObject("ticket");
      long id = ticket.getJsonNumber("id").longValue();
      String number = ticket.getString("number");
      assertTrue(number.startsWith("PAR1-"), number);
      assertEquals("NEW", ticket.getString("status"));

      var photo = upload(api, id, member, "badge.png", PNG);
      assertEquals(201, photo.statusCode(), photo.body());
      JsonObject file = Api.json(photo).getJsonArray("attachments").getJsonObject(0);
      assertEquals("image/png", file.getString("kind"));
      var download = Http.send(authorized(file.getString("href").substring(1), member).GET());
      assertEquals(200, download.statusCode());
      assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(""));
      assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(
          download.headers().firstValue("Content-Disposition").orElse("").contains("badge.png"));

      String technician = staffId(api, lumiere, "tech@lumiere.test");
      var assigned =
          api.post("api/tickets/" + id + "/assignment", cm, "{\"assigneeId\":" + technician + "}");
      assertEquals(200, assigned.statusCode(), assigned.body());
      assertEquals("IN_PROGRESS", Api.json(assigned).getJsonObject("ticket").getString("status"));
      assertEquals(
          201,
          api.post(
                  "api/tickets/" + id + "/comments",
                  cm,
                  "{\"body\":\"Badge reader replaced; staff only.\",\"internal\":true}")
              .statusCode());
      assertEquals(
          201,
          api.post("api/tickets/" + id + "/comments", tech, "{\"body\":\"Try it again now.\"}")
              .statusCode());

      var seenByMember = api.get("api/tickets/" + id, member);
      assertTrue(seenByMember.body().contains("Try it again now."));
      assertFalse(seenByMember.body().contains("staff only"), "no internal note for the member");
      assertFalse(seenByMember.body().contains("NOTE_ADDED"), "nor its activity");
      assertTrue(api.get("api/tickets/" + id, cm).body().contains("staff only"));

      var refused = api.post("api/tickets/" + id + "/status", tech, "{\"status\":\"CLOSED\"}");
      assertEquals(409, refused.statusCode(), refused.body());
      assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
      assertEquals(
          "SOLVED",
          Api.json(api.post("api/tickets/" + id + "/status", tech, "{\"status\":\"SOLVED\"}"))
              .getJsonObject("ticket")
              .getString("status"));
      var reopened = api.post("api/tickets/" + id + "/reopen", member, "{}");
      assertEquals(200, reopened.statusCode(), reopened.body());
      assertEquals("IN_PROGRESS", Api.json(reopened).getJsonObject("ticket").getString("status"));

      var toManager =
          MailCatcher.awaitSubjects(
              "cm@lumiere.test"::equals,
              List.of("Nouveau ticket " + number + " : Badge refused"),
              Duration.ofSeconds(30));
      assertTrue(
          subjects(toManager).contains("Nouveau ticket " + number + " : Badge refused"),
          subjects(toManager).toString());
      var toTech =
          MailCatcher.awaitSubjects(
                  "tech@lumiere.test"::equals,
                  List.of(
                      "Ticket " + number + " attribué à vous : Badge refused",
                      "Note interne sur le ticket " + number),
                  Duration.ofSeconds(30))
              .stream()
              .map(MailCatcher.Received::subject)
              .toList();
      assertTrue(
          toTech.contains("Ticket " + number + " attribué à vous : Badge refused"),
          toTech.toString());
      assertTrue(toTech.contains("Note interne sur le ticket " + number), toTech.toString());
      var toMember =
          MailCatcher.awaitSubjects(
              "user@kaolin.test"::equals,
              List.of(
                  "Le ticket " + number + " est maintenant : En cours",
                  "Le ticket " + number + " est maintenant : Résolu",
                  "Nouveau commentaire sur le ticket " + number),
              Duration.ofSeconds(30));
      List<String> memberSubjects = subjects(toMember);
      assertTrue(memberSubjects.contains("Le ticket " + number + " est maintenant : En cours"));
      assertTrue(memberSubjects.contains("Le ticket " + number + " est maintenant : Résolu"));
      assertTrue(memberSubjects.contains("Nouveau commentaire sur le ticket " + number));
      assertTrue(
          memberSubjects.stream().noneMatch(s -> s.contains("Note interne")),
          memberSubjects.toString());
      assertTrue(
          toMember.stream().noneMatch(m -> m.body().contains("staff only")),
          "never the note's text");
    } finally {
      MailCatcher.stop();
    }
  }

  @Test
  @RunAsClient
  void badInputIsRefusedWithProblemDetailsAndWritesNothing() throws Exception {
    String lumiere = lumiere();
    Api api = new Api(base.toURI());
    String member = api.token(lumiere, "user@kaolin.test");
    int before = Api.json(api.get("api/tickets?size=1", member)).getInt("total");
    var missing = api.post("api/tickets", member, "{\"title\":\"No type\",\"description\":\" \"}");
    assertEquals(400, missing.statusCode(), missing.body());
    JsonObject errors = Api.json(missing).getJsonObject("errors");
    assertTrue(errors.containsKey("type") && errors.containsKey("description"), errors.toString());
    assertEquals(before, Api.json(api.get("api/tickets?size=1", member)).getInt("total"));

    var created =
        api.post(
            "api/tickets",
            member,
            "{\"type\":\"OTHER\",\"title\":\"Files\",\"description\":\"x\"}");
    long id = Api.json(created).getJsonObject("ticket").getJsonNumber("id").longValue();
    var script =
        upload(
            api, id, member, "photo.jpg", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, script.statusCode(), script.body());
    assertTrue(Api.json(script).getJsonObject("errors").containsKey("attachments"));
    assertEquals(
        0,
        Api.json(api.get("api/tickets/" + id, member)).getJsonArray("attachments").size(),
        "no attachment written");
  }

  @Test
  @RunAsClient
  void peopleWithoutRightsAndOtherCentresAreRefused() throws Exception {
    String lumiere = lumiere();
    Api api = new Api(base.toURI());
    assertEquals(
        403, api.get("api/tickets", api.token(lumiere, "reception@lumiere.test")).statusCode());
    String lyonMember = api.token(lumiere, "admin@nordlys.test");
    var lyon =
        api.post(
            "api/tickets",
            lyonMember,
            "{\"type\":\"TEMPERATURE_VENTILATION\",\"title\":\"Lyon is too hot\",\"description\":\"30 °C\"}");
    long lyonId = Api.json(lyon).getJsonObject("ticket").getJsonNumber("id").longValue();
    var photo = Api.json(upload(api, lyonId, lyonMember, "hot.png", PNG));
    JsonObject file = photo.getJsonArray("attachments").getJsonObject(0);
    String href = file.getString("href");

    String cm = api.token(lumiere, "cm@lumiere.test");
    assertEquals(404, api.get("api/tickets/" + lyonId, cm).statusCode());
    assertEquals(404, Http.send(authorized(href.substring(1), cm).GET()).statusCode());
    assertEquals(404, api.post("api/tickets/" + lyonId + "/escalation", cm, "{}").statusCode());
    var list = api.get("api/tickets?size=100", cm);
    assertFalse(list.body().contains("Lyon is too hot"), "not in the Paris list");
    assertFalse(list.body().contains("\"LYO1\""), "no Lyon ticket at all");
    var overdue = api.get("api/tickets?overdue=true&escalated=false&olderThanDays=0", cm);
    assertEquals(200, overdue.statusCode(), overdue.body());

    var parisStaffPage = new WebSession(base.toURI()).signedIn(lumiere, "cm@lumiere.test");
    assertEquals(404, parisStaffPage.get("helpdesk/ticket.xhtml?id=" + lyonId).statusCode());
    assertEquals(
        404,
        parisStaffPage
            .get("helpdesk/attachments/" + file.getJsonNumber("id").longValue())
            .statusCode());
    var parisMember = new WebSession(base.toURI()).signedIn(lumiere, "user@kaolin.test");
    assertEquals(404, parisMember.get("portal/ticket.xhtml?id=" + lyonId).statusCode());
    var queue = parisStaffPage.get("helpdesk/queue.xhtml");
    assertEquals(200, queue.statusCode());
    assertFalse(queue.body().contains("Lyon is too hot"));
  }

  @Test
  @RunAsClient
  void theHelpdeskPagesOpenForThoseWithTheRight() throws Exception {
    String lumiere = lumiere();
    Api api = new Api(base.toURI());
    String owner = api.token(lumiere, "user@kaolin.test");
    assertEquals(
        201,
        api.post(
                "api/tickets",
                owner,
                "{\"type\":\"ACCESS\",\"title\":\"Badge refused\",\"description\":\"x\"}")
            .statusCode());
    assertEquals(
        201,
        api.post(
                "api/tickets",
                api.token(lumiere, "admin@nordlys.test"),
                "{\"type\":\"OTHER\",\"title\":\"Lyon is too hot\",\"description\":\"x\"}")
            .statusCode());
    var admin = new WebSession(base.toURI()).signedIn(lumiere, "admin@lumiere.test");
    for (String page :
        List.of("helpdesk/queue.xhtml", "helpdesk/new.xhtml", "helpdesk/settings.xhtml")) {
      var response = admin.get(page);
      assertEquals(200, response.statusCode(), page);
      assertTrue(
          !page.endsWith("queue.xhtml")
              || response.body().contains("New (Open)")
              || response.body().contains("Nouveau (Ouvert)"),
          "the status legend names document 000's words");
    }
    String settings = admin.get("helpdesk/settings.xhtml").body();
    assertTrue(settings.contains("Accès") || settings.contains("Access"), "SLA per type");
    var reception = new WebSession(base.toURI()).signedIn(lumiere, "reception@lumiere.test");
    assertEquals(403, reception.get("helpdesk/queue.xhtml").statusCode());
    var cm = new WebSession(base.toURI()).signedIn(lumiere, "cm@lumiere.test");
    assertEquals(403, cm.get("helpdesk/settings.xhtml").statusCode(), "settings:edit only");
    var member = new WebSession(base.toURI()).signedIn(lumiere, "user@kaolin.test");
    var mine = member.get("portal/tickets.xhtml");
    assertEquals(200, mine.statusCode());
    assertTrue(mine.body().contains("Badge refused"), "the member's own ticket");
    assertFalse(mine.body().contains("Lyon is too hot"), "not another company's");
  }

  private HttpResponse<String> upload(Api api, long id, String token, String name, byte[] bytes)
      throws Exception {
    return Http.send(
        authorized("api/tickets/" + id + "/attachments?name=" + name, token)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  private HttpRequest.Builder authorized(String path, String token) throws Exception {
    return HttpRequest.newBuilder(base.toURI().resolve(path))
        .header("Authorization", "Bearer " + token);
  }

  private static String staffId(Api api, String tenant, String email) {
    var staff = Api.json(api.get("api/staff?q=" + email, api.token(tenant, "admin@lumiere.test")));
    return staff.getJsonArray("items").getJsonObject(0).getJsonNumber("id").toString();
  }

  private static List<String> subjects(List<MailCatcher.Received> mails) {
    return mails.stream().map(MailCatcher.Received::subject).toList();
  }
}
