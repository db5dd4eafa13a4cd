package io.atrium.reception;

import static io.atrium.reception.DemoReception.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visitor flow through /api/visitors with the demo operator Ateliers Lumière, mails read in
 * GreenMail: invitation with QR code and .ics, kiosk token, host notified and deciding, check-in
 * and check-out; bad input, rights, members' visibility, centre scoping, CSV export, another
 * tenant's token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceptionApiIT {

  private static final String RECEPTION = "reception@lumiere.test";
  private static final String HOST = "admin@kaolin.test";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private DemoReception demo;

  @BeforeAll
  static void smtp() {
    MailCatcher.start();
  }

  @AfterAll
  static void stopSmtp() {
    MailCatcher.stop();
  }

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    demo = new DemoReception(api);
  }

  private String reception() {
    return demo.token("lumiere", RECEPTION);
  }

  private long host() {
    return demo.member("lumiere", "Studio Kaolin", HOST);
  }

  private HttpResponse<String> invite(String token, JsonObject form) {
    return api.post("api/visitors", token, form.toString());
  }

  private MimeMessage mailTo(String email) throws InterruptedException {
    MailCatcher.await(to -> to.equals(email), 1, Duration.ofSeconds(30));
    List<MimeMessage> mails = MailCatcher.messagesTo(to -> to.equals(email));
    assertEquals(1, mails.size(), "one mail to " + email);
    return mails.get(0);
  }

  @Test
  void anInvitationsQrCodeChecksTheVisitorInOnceThenTheHostDecidesAndTheDeskChecksInAndOut()
      throws Exception {
    String email = "ada." + RUN + "@visitor.test";
    LocalDate day = LocalDate.now(DemoReception.PARIS).plusDays(1);
    var invited =
        invite(
            reception(),
            DemoReception.visitor(demo.paris(), host(), "Ada Lovelace " + RUN, email, day).build());
    assertEquals(201, invited.statusCode(), invited.body());
    JsonObject visitor = Api.json(invited);
    long id = visitor.getJsonNumber("id").longValue();
    assertEquals("EXPECTED", visitor.getString("state"));
    assertEquals("PAR1", visitor.getString("centre"));
    assertEquals("Léa Fontaine", visitor.getString("hostName"));
    assertEquals("STAFF", visitor.getString("invitedByKind"));

    MimeMessage mail = mailTo(email);
    assertTrue(mail.getSubject().startsWith("Votre visite à Lumière"), mail.getSubject());
    String token = DemoReception.qrToken(mail);
    assertEquals(32, token.length(), token);
    var calendarPart = DemoReception.attachment(mail, "visit.ics");
    assertTrue(calendarPart.isMimeType("text/calendar"), calendarPart.getContentType());
    String ics = DemoReception.text(calendarPart);
    assertTrue(ics.contains("BEGIN:VEVENT"), ics);
    assertTrue(
        ics.contains("SUMMARY:Visite chez Léa Fontaine – Lumière Faubourg Saint-Denis"), ics);
    assertTrue(ics.contains("UID:visitor-" + id + "@atrium"), ics);
    String start =
        day.atTime(10, 30)
            .atZone(DemoReception.PARIS)
            .withZoneSameInstant(java.time.ZoneOffset.UTC)
            .toLocalDateTime()
            .toString()
            .replace("-", "")
            .replace(":", "");
    assertTrue(ics.contains("DTSTART:" + start + "00Z"), start + " in " + ics);
    long tenant = demo.tenantId("lumiere");
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenant, "SELECT count(*) FROM visitor WHERE check_in_token_hash = ?", token),
        "only the token's hash is stored");

    String scan = Json.createObjectBuilder().add("token", token).build().toString();
    var byTechnician =
        api.post("api/visitors/arrivals", demo.token("lumiere", "tech@lumiere.test"), scan);
    assertEquals(403, byTechnician.statusCode(), "visitors:read only");
    var arrived = api.post("api/visitors/arrivals", reception(), scan);
    assertEquals(200, arrived.statusCode(), arrived.body());
    assertEquals("ARRIVED", Api.json(arrived).getString("state"));
    var again = api.post("api/visitors/arrivals", reception(), scan);
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(again.headers().firstValue("Content-Type").orElse("").contains("problem+json"));

    MimeMessage toHost =
        MailCatcher.messagesTo(to -> to.equals(HOST)).stream()
            .filter(m -> subject(m).contains("Ada Lovelace " + RUN))
            .findFirst()
            .orElseGet(() -> awaitHostMail("Ada Lovelace " + RUN));
    assertEquals("Votre visiteur Ada Lovelace " + RUN + " est arrivé", subject(toHost));
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM notification WHERE recipient_kind = 'MEMBER' AND recipient_id = ?"
                + " AND title LIKE ?",
            host(),
            "Ada Lovelace " + RUN + "%"),
        "a notice in the host's bell");

    String decision = "{\"decision\":\"APPROVE\"}";
    assertEquals(
        403, api.post("api/visitors/" + id + "/decision", reception(), decision).statusCode());
    assertEquals(
        404,
        api.post(
                "api/visitors/" + id + "/decision",
                demo.token("lumiere", "manager@kaolin.test"),
                decision)
            .statusCode(),
        "a manager who neither hosts nor invited does not see the visitor");
    assertEquals(
        400,
        api.post(
                "api/visitors/" + id + "/decision",
                demo.token("lumiere", HOST),
                "{\"decision\":\"MAYBE\"}")
            .statusCode());
    var approved =
        api.post("api/visitors/" + id + "/decision", demo.token("lumiere", HOST), decision);
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", Api.json(approved).getString("state"));

    var notIn =
        api.call(
            "POST",
            "api/visitors/" + id + "/check-out",
            reception(),
            "{}",
            "Accept-Language",
            "en");
    assertEquals(409, notIn.statusCode());
    assertTrue(
        notIn.body().contains("the visitor is Approved."),
        "the state in words, not APPROVED: " + notIn.body());
    var checkedIn = api.post("api/visitors/" + id + "/check-in", reception(), "{}");
    assertEquals("CHECKED_IN", Api.json(checkedIn).getString("state"));
    var checkedOut = Api.json(api.post("api/visitors/" + id + "/check-out", reception(), "{}"));
    assertEquals("CHECKED_OUT", checkedOut.getString("state"));
    assertNotNull(checkedOut.getString("checkedOutAt"));
    assertEquals(checkedOut, Api.json(api.get("api/visitors/" + id, reception())));

    assertEquals(
        5,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Visitor' AND entity_id = ?",
            Long.toString(id)),
        "invite, arrival, approval, check-in, check-out");
  }

  private MimeMessage awaitHostMail(String visitor) {
    try {
      for (int i = 0; i < 150; i++) {
        var found =
            MailCatcher.messagesTo(to -> to.equals(HOST)).stream()
                .filter(m -> subject(m).contains(visitor))
                .findFirst();
        if (found.isPresent()) {
          return found.get();
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("No arrival mail to the host for " + visitor);
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void badInputIsNamedFieldByFieldAndWritesNothing() throws Exception {
    String email = "bad." + RUN + "@visitor.test";
    LocalDate tomorrow = LocalDate.now(DemoReception.PARIS).plusDays(1);
    long paris = demo.paris();
    assertField(
        invite(reception(), DemoReception.visitor(paris, null, "No Host", email, tomorrow).build()),
        "hostId");
    assertField(
        invite(
            reception(),
            DemoReception.visitor(paris, host(), "Too Late", email, tomorrow.minusDays(2)).build()),
        "expectedDate");
    long lyonMember = demo.member("lumiere", "Nordlys Conseil", "admin@nordlys.test");
    assertField(
        invite(
            reception(),
            DemoReception.visitor(paris, lyonMember, "Wrong Centre", email, tomorrow).build()),
        "hostId");
    long banyanMember = demo.member("banyan", "Chai Labs", "admin@chailabs.test");
    assertField(
        invite(
            reception(),
            DemoReception.visitor(paris, banyanMember, "Other Tenant", email, tomorrow).build()),
        "hostId");
    long invitedOnly = demo.member("lumiere", "Studio Kaolin", "nathan.rousseau@kaolin.test");
    var inactive =
        invite(
            reception(),
            DemoReception.visitor(paris, invitedOnly, "Inactive", email, tomorrow).build());
    assertField(inactive, "hostId");
    assertTrue(
        Api.json(inactive).getJsonObject("errors").getString("hostId").contains("active"),
        inactive.body());
    assertField(
        invite(
            reception(),
            DemoReception.visitor(demo.lyon(), lyonMember, "Lyon", email, tomorrow).build()),
        "centreId");
    assertField(
        invite(reception(), DemoReception.visitor(paris, host(), "", email, tomorrow).build()),
        "fullName");
    var badDate =
        invite(
            reception(),
            DemoReception.visitor(paris, host(), "Bad Date", email, tomorrow)
                .add("expectedDate", "2026-13-45")
                .build());
    assertEquals(400, badDate.statusCode(), badDate.body());

    long tenant = demo.tenantId("lumiere");
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenant, "SELECT count(*) FROM visitor WHERE email = ?", email));
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenant, "SELECT count(*) FROM outbox_mail WHERE to_email = ?", email));
  }

  @Test
  void aMemberNamingHostIdsCannotTellUnknownFromInactiveFromAnotherCentresMembers() {
    String user = demo.token("lumiere", "user@kaolin.test");
    LocalDate day = LocalDate.now(DemoReception.PARIS).plusDays(1);
    Map<String, Long> hosts = new LinkedHashMap<>();
    hosts.put("no such member", Long.MAX_VALUE);
    hosts.put("another tenant's", demo.member("banyan", "Chai Labs", "admin@chailabs.test"));
    hosts.put("another centre's", demo.member("lumiere", "Nordlys Conseil", "admin@nordlys.test"));
    hosts.put(
        "a colleague not active yet",
        demo.member("lumiere", "Studio Kaolin", "nathan.rousseau@kaolin.test"));
    for (String language : List.of("en", "fr")) {
      Set<String> answers = new HashSet<>();
      for (var host : hosts.entrySet()) {
        String email = "probe." + RUN + "@visitor.test";
        var refused =
            api.call(
                "POST",
                "api/visitors",
                user,
                DemoReception.visitor(null, host.getValue(), "Probe", email, day)
                    .build()
                    .toString(),
                "Accept-Language",
                language);
        assertField(refused, "hostId");
        answers.add(Api.json(refused).getJsonObject("errors").getString("hostId"));
      }
      assertEquals(1, answers.size(), "one message for every host refused: " + answers);
    }
  }

  @Test
  void anInvitationForATimeAlreadyPastTodayOnTheCentresClockIsRefused() {
    String email = "past." + RUN + "@visitor.test";
    LocalDate today = LocalDate.now(DemoReception.PARIS);
    for (String language : List.of("en", "fr")) {
      var refused =
          api.call(
              "POST",
              "api/visitors",
              reception(),
              DemoReception.visitor(demo.paris(), host(), "Too Early " + RUN, email, today)
                  .add("visitTime", "00:00")
                  .build()
                  .toString(),
              "Accept-Language",
              language);
      assertField(refused, "visitTime");
      assertTrue(
          Api.json(refused)
              .getJsonObject("errors")
              .getString("visitTime")
              .contains(language.equals("en") ? "already passed" : "déjà passée"),
          refused.body());
    }
    assertEquals(
        0,
        TestDatabase.countFromClient(
            demo.tenantId("lumiere"), "SELECT count(*) FROM visitor WHERE email = ?", email));
  }

  @Test
  void theHostPickerShowsAPageOfHostsSaysWhenMoreMatchAndNarrowsBySearch() throws Exception {
    String admin = demo.token("lumiere", "admin@lumiere.test");
    long lyon = demo.lyon();
    var company =
        api.post(
            "api/companies",
            admin,
            "{\"name\":\"Crowd "
                + RUN
                + "\",\"kind\":\"CLIENT\",\"homeCentreId\":"
                + lyon
                + ",\"contactName\":\"Crowd Host "
                + RUN
                + " 000\",\"contactEmail\":\"crowd0."
                + RUN
                + "@crowd.test\"}");
    assertEquals(201, company.statusCode(), company.body());
    long companyId = Api.json(company).getJsonNumber("id").longValue();
    for (int i = 1; i <= 60; i++) {
      var added =
          api.post(
              "api/companies/" + companyId + "/members",
              admin,
              String.format(
                  "{\"fullName\":\"Crowd Host %s %03d\",\"email\":\"crowd%d.%s@crowd.test\"}",
                  RUN, i, i, RUN));
      assertEquals(201, added.statusCode(), added.body());
    }
    activateMembersOf(demo.tenantId("lumiere"), companyId);

    var pages = new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test");
    String page = pages.get("reception/invite.xhtml?centre=" + lyon).body();
    assertEquals(50, HOST_OPTION.matcher(hostSelect(page)).results().count(), "a page of hosts");
    assertTrue(saysMore(page), "the picker says more hosts match");

    String found =
        pages
            .send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("reception/invite.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Faces-Request", "partial/ajax")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            form(
                                Map.of(
                                    "jakarta.faces.partial.ajax", "true",
                                    "jakarta.faces.source", "invite:hostSearch",
                                    "jakarta.faces.partial.execute", "invite:hostSearch",
                                    "jakarta.faces.partial.render",
                                        "invite:hostId invite:moreHosts",
                                    "jakarta.faces.behavior.event", "keyup",
                                    "jakarta.faces.partial.event", "keyup",
                                    "invite", "invite",
                                    "invite:hostSearch", "crowd host " + RUN + " 057",
                                    "jakarta.faces.ViewState", WebSession.viewState(page))))))
            .body();
    assertTrue(found.contains("Crowd Host " + RUN + " 057"), found);
    assertFalse(found.contains("Crowd Host " + RUN + " 056"), found);
    assertFalse(saysMore(found), "one host found: nothing more to say");
  }

  private static final java.util.regex.Pattern HOST_OPTION =
      java.util.regex.Pattern.compile("<option value=\"\\d+\"");

  private static String hostSelect(String page) {
    int start = page.indexOf("id=\"invite:hostId_input\"");
    assertTrue(start >= 0, "the host picker is on the page");
    return page.substring(start, page.indexOf("</select>", start));
  }

  private static boolean saysMore(String page) {
    return page.contains("More members match") || page.contains("Plus de membres correspondent");
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                    + "="
                    + java.net.URLEncoder.encode(
                        e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
  }

  /**
   * Invited members become active by choosing a password through their mailed link; the fixture
   * takes the short way, in the database, as the application's role within the tenant.
   */
  private static void activateMembersOf(long tenantId, long companyId) {
    assertEquals(
        61,
        TestDatabase.updateFromClient(
            tenantId, "UPDATE member SET status = 'ACTIVE' WHERE company_id = ?", companyId),
        "the contact and 60 members");
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    assertTrue(Api.json(response).getJsonObject("errors").containsKey(field), response.body());
  }

  @Test
  void staffNeedTheirVisitorRightsAndADisabledMemberInvitesNobody() throws Exception {
    var form =
        DemoReception.visitor(
                demo.paris(),
                host(),
                "Refused",
                "refused." + RUN + "@visitor.test",
                LocalDate.now(DemoReception.PARIS).plusDays(1))
            .build();
    String tech = demo.token("lumiere", "tech@lumiere.test");
    assertEquals(403, invite(tech, form).statusCode(), "the technician reads visitors only");
    assertEquals(200, api.get("api/visitors", tech).statusCode());
    assertEquals(403, api.post("api/visitors/walk-ins", tech, form.toString()).statusCode());
    String sales = demo.token("lumiere", "sales@lumiere.test");
    assertEquals(403, api.get("api/visitors", sales).statusCode(), "no visitors right at all");
    assertEquals(403, invite(sales, form).statusCode());

    var techPages = new WebSession(base.toURI()).signedIn("lumiere", "tech@lumiere.test");
    assertEquals(403, techPages.get("reception/invite.xhtml").statusCode());
    assertEquals(403, techPages.get("reception/kiosk.xhtml").statusCode());
    assertEquals(200, techPages.get("reception/dashboard.xhtml").statusCode());
    var salesPages = new WebSession(base.toURI()).signedIn("lumiere", "sales@lumiere.test");
    assertEquals(403, salesPages.get("reception/dashboard.xhtml").statusCode());

    long tenant = demo.tenantId("lumiere");
    String member = api.token("lumiere", "user@brique.test");
    DemoReception.execute(
        tenant, "UPDATE member SET status = 'DISABLED' WHERE email = 'user@brique.test'");
    try {
      var byDisabled =
          invite(
              member,
              DemoReception.visitor(
                      null,
                      null,
                      "Nobody",
                      "nobody." + RUN + "@visitor.test",
                      LocalDate.now(DemoReception.PARIS).plusDays(1))
                  .build());
      // A disabled member's token is worth nothing on any endpoint (io.atrium.signin rules).
      assertEquals(401, byDisabled.statusCode(), byDisabled.body());
    } finally {
      DemoReception.execute(
          tenant, "UPDATE member SET status = 'ACTIVE' WHERE email = 'user@brique.test'");
    }
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenant, "SELECT count(*) FROM visitor WHERE full_name IN ('Refused', 'Nobody')"));
  }

  @Test
  void membersInviteTheirOwnVisitorsAndSeeOnlyThoseTheyHostOrInvited() {
    LocalDate day = LocalDate.now(DemoReception.PARIS).plusDays(2);
    String user = demo.token("lumiere", "user@kaolin.test");
    var invited =
        invite(
            user,
            DemoReception.visitor(
                    null, null, "Grace Hopper " + RUN, "grace." + RUN + "@visitor.test", day)
                .build());
    assertEquals(201, invited.statusCode(), invited.body());
    JsonObject visitor = Api.json(invited);
    long id = visitor.getJsonNumber("id").longValue();
    assertEquals("Chloé Bernard", visitor.getString("hostName"), "the member hosts by default");
    assertEquals("MEMBER", visitor.getString("invitedByKind"));
    assertEquals("PAR1", visitor.getString("centre"));

    assertTrue(api.get("api/visitors?size=100", user).body().contains("Grace Hopper " + RUN));
    assertTrue(
        api.get("api/visitors?size=100", demo.token("lumiere", HOST))
            .body()
            .contains("Grace Hopper " + RUN),
        "the company's Administrator");
    assertFalse(
        api.get("api/visitors?size=100", demo.token("lumiere", "manager@kaolin.test"))
            .body()
            .contains("Grace Hopper " + RUN));
    assertFalse(
        api.get("api/visitors?size=100", demo.token("lumiere", "admin@nordlys.test"))
            .body()
            .contains("Grace Hopper " + RUN));
    assertEquals(
        404,
        api.get("api/visitors/" + id, demo.token("lumiere", "manager@kaolin.test")).statusCode());

    long otherCompany = demo.member("lumiere", "Nordlys Conseil", "admin@nordlys.test");
    assertField(
        invite(
            user,
            DemoReception.visitor(null, otherCompany, "Not Mine", "x." + RUN + "@visitor.test", day)
                .build()),
        "hostId");

    var walkIn =
        api.post(
            "api/visitors/walk-ins",
            reception(),
            Json.createObjectBuilder()
                .add("centreId", demo.paris())
                .add("hostId", demo.member("lumiere", "Studio Kaolin", "user@kaolin.test"))
                .add("fullName", "Walk In " + RUN)
                .build()
                .toString());
    assertEquals(201, walkIn.statusCode(), walkIn.body());
    JsonObject walker = Api.json(walkIn);
    assertEquals("ARRIVED", walker.getString("state"));
    assertTrue(walker.getBoolean("walkIn"));
    long walkerId = walker.getJsonNumber("id").longValue();
    var declined =
        api.post(
            "api/visitors/" + walkerId + "/decision",
            demo.token("lumiere", HOST),
            "{\"decision\":\"DECLINE\"}");
    assertEquals(
        "DECLINED",
        Api.json(declined).getString("state"),
        "the company's Administrator decides too");
    assertEquals(
        409,
        api.post("api/visitors/" + walkerId + "/decision", user, "{\"decision\":\"APPROVE\"}")
            .statusCode());

    var noShow = api.post("api/visitors/" + id + "/no-show", reception(), "{}");
    assertEquals("NO_SHOW", Api.json(noShow).getString("state"));
    assertEquals(409, api.post("api/visitors/" + id + "/arrival", reception(), "{}").statusCode());
  }

  @Test
  void theParisCommunityManagerNeverSeesLyonsVisitors() throws Exception {
    LocalDate day = DemoReception.freshDay();
    String admin = demo.admin("lumiere");
    long lyonHost = demo.member("lumiere", "Nordlys Conseil", "admin@nordlys.test");
    var lyon =
        invite(
            admin,
            DemoReception.visitor(
                    demo.lyon(),
                    lyonHost,
                    "Lyon Guest " + RUN,
                    "lyon." + RUN + "@visitor.test",
                    day)
                .build());
    assertEquals(201, lyon.statusCode(), lyon.body());
    long lyonId = Api.json(lyon).getJsonNumber("id").longValue();
    var paris =
        invite(
            admin,
            DemoReception.visitor(
                    demo.paris(),
                    host(),
                    "Paris Guest " + RUN,
                    "paris." + RUN + "@visitor.test",
                    day)
                .build());
    assertEquals(201, paris.statusCode(), paris.body());

    String cm = demo.token("lumiere", "cm@lumiere.test");
    assertEquals(
        404, api.get("api/visitors?centre=" + demo.lyon() + "&day=" + day, cm).statusCode());
    JsonObject parisDay =
        Api.json(api.get("api/visitors?centre=" + demo.paris() + "&day=" + day, cm));
    assertEquals(1, parisDay.getInt("total"), parisDay.toString());
    assertEquals(1, parisDay.getJsonObject("counts").getInt("EXPECTED"), parisDay.toString());
    String search = api.get("api/visitors?size=100&q=Guest%20" + RUN, cm).body();
    assertTrue(search.contains("Paris Guest"), search);
    assertFalse(search.contains("Lyon Guest"), search);
    assertEquals(404, api.get("api/visitors/" + lyonId, cm).statusCode());
    assertEquals(404, api.post("api/visitors/" + lyonId + "/arrival", cm, "{}").statusCode());
    String export = api.get("api/visitors/export?q=Guest%20" + RUN, cm).body();
    assertTrue(export.contains("Paris Guest"), export);
    assertFalse(export.contains("Lyon Guest"), export);
    JsonObject lyonDay =
        Api.json(api.get("api/visitors?centre=" + demo.lyon() + "&day=" + day, admin));
    assertEquals(
        1, lyonDay.getJsonObject("counts").getInt("EXPECTED"), "the Super Admin sees Lyon");

    var pages = new WebSession(base.toURI()).signedIn("lumiere", "cm@lumiere.test");
    assertEquals(404, pages.get("reception/dashboard.xhtml?centre=" + demo.lyon()).statusCode());
    var dashboard = pages.get("reception/dashboard.xhtml?day=" + day);
    assertEquals(200, dashboard.statusCode());
    assertTrue(dashboard.body().contains("Paris Guest " + RUN), "Paris's dashboard");
    assertFalse(dashboard.body().contains("Lyon Guest"), "never Lyon's");
    assertFalse(dashboard.body().contains("LYO1"), "not even Lyon in the centre picker");
  }

  @Test
  void theExportKeepsFormulasFromRunning() {
    LocalDate day = DemoReception.freshDay();
    var invited =
        invite(
            reception(),
            DemoReception.visitor(
                    demo.paris(),
                    host(),
                    "=HYPERLINK(\"http://evil.test\",\"Bob\")",
                    "formula." + RUN + "@visitor.test",
                    day)
                .add("companyName", "+SUM(1,2)")
                .build());
    assertEquals(201, invited.statusCode(), invited.body());
    var export =
        api.get(
            "api/visitors/export?centre=" + demo.paris() + "&day=" + day,
            reception(),
            "Accept-Language",
            "fr");
    assertEquals(200, export.statusCode(), export.body());
    assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String[] lines = export.body().split("\r\n");
    assertEquals(2, lines.length, export.body());
    // French Excel splits on semicolons and reads "3 déc. 2026" as the visit's day.
    assertTrue(lines[0].startsWith("\uFEFFDate de visite prévue;Heure de visite;Centre"), lines[0]);
    assertTrue(
        lines[1].startsWith(DateTimeFormatter.ofPattern("d MMM uuuu;", Locale.FRANCE).format(day)),
        lines[1]);
    assertTrue(
        lines[1].contains(";\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"Bob\"\")\";"), lines[1]);
    assertTrue(lines[1].contains(";'+SUM(1,2);"), lines[1]);
    assertTrue(lines[1].contains(";Attendu;"), lines[1]);

    var english =
        api.get(
                "api/visitors/export?centre=" + demo.paris() + "&day=" + day,
                reception(),
                "Accept-Language",
                "en")
            .body()
            .split("\r\n");
    assertTrue(english[0].startsWith("\uFEFFExpected visit date,Visit time,Centre"), english[0]);
    assertTrue(
        english[1].startsWith(DateTimeFormatter.ofPattern("d MMM uuuu,", Locale.UK).format(day)),
        english[1]);
    assertTrue(english[1].contains(",\"'+SUM(1,2)\","), english[1]);
    assertTrue(english[1].contains(",Expected,"), english[1]);
  }

  @Test
  void aTokenOfAnotherTenantIsUnknownAtThisKiosk() throws Exception {
    String email = "traveller." + RUN + "@visitor.test";
    long centre = demo.centreOf("banyan", "Chai Labs");
    long host = demo.member("banyan", "Chai Labs", "admin@chailabs.test");
    var invited =
        invite(
            demo.admin("banyan"),
            DemoReception.visitor(
                    centre,
                    host,
                    "Tenant B Guest",
                    email,
                    LocalDate.now(DemoReception.PARIS).plusDays(1))
                .build());
    assertEquals(201, invited.statusCode(), invited.body());
    String token = DemoReception.qrToken(mailTo(email));
    String scan = Json.createObjectBuilder().add("token", token).build().toString();
    var here =
        api.call("POST", "api/visitors/arrivals", reception(), scan, "Accept-Language", "en");
    assertEquals(404, here.statusCode(), here.body());
    assertTrue(here.body().contains("This code is not known here"), here.body());
    var there = api.post("api/visitors/arrivals", demo.admin("banyan"), scan);
    assertEquals(200, there.statusCode(), "valid in its own tenant: " + there.body());
  }
}
