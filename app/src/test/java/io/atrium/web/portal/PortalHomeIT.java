package io.atrium.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.LaterToday;
import io.atrium.testing.WebSession;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client space's home: a member sees the visitors waiting for their answer, those expected
 * today, their open tickets and the next events of their centre, and the sections their role grants
 * in the navigation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalHomeIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final String MEMBER = "user@kaolin.test";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void theHomeCountsWhatWaitsForTheMemberAndListsTheNextEvents() throws Exception {
    Api api = new Api(base.toURI());
    String admin = api.token("lumiere", "admin@lumiere.test");
    String member = api.token("lumiere", MEMBER);
    long memberId = Api.json(api.get("api/me", member)).getJsonNumber("id").longValue();
    long paris = parisCentre(api, admin);
    LocalDateTime visit = LaterToday.at(PARIS);
    WebSession session = new WebSession(base.toURI()).signedIn("lumiere", MEMBER);
    String before = home(session);

    String run = Long.toString(System.nanoTime(), 36);
    var walkIn =
        api.post("api/visitors/walk-ins", admin, visitor("Walk " + run, paris, memberId, visit));
    assertEquals(201, walkIn.statusCode(), walkIn.body());
    var expected = api.post("api/visitors", admin, visitor("Later " + run, paris, memberId, visit));
    assertEquals(201, expected.statusCode(), expected.body());
    var ticket =
        api.post(
            "api/tickets",
            member,
            "{\"type\":\"PRINTING\",\"title\":\"Printer " + run + "\",\"description\":\"Jammed\"}");
    assertEquals(201, ticket.statusCode(), ticket.body());
    long event = publishedEvent(api, admin, paris, "Home afterwork " + run);
    assertEquals(200, api.post("api/events/" + event + "/rsvp", member, "{}").statusCode());

    String after = home(session);
    assertEquals(figure(before, "awaitingAnswer") + 1, figure(after, "awaitingAnswer"));
    assertEquals(figure(before, "expectedToday") + 1, figure(after, "expectedToday"));
    assertEquals(figure(before, "openTickets") + 1, figure(after, "openTickets"));
    List<String> next =
        Api.json(api.get("api/events?size=3", member)).getJsonArray("items").stream()
            .map(e -> e.asJsonObject().getString("title"))
            .toList();
    assertFalse(next.isEmpty(), "the member's centre has upcoming events");
    for (String title : next) {
      assertTrue(after.contains(title), "the home lists " + title);
    }
    for (String section : List.of("menuHome", "menuVisitors", "myTickets", "portalEvents")) {
      assertTrue(after.contains("id=\"" + section + "\""), section + " in the navigation");
    }
  }

  private static String home(WebSession session) throws Exception {
    var page = session.get("portal/index.xhtml");
    assertEquals(200, page.statusCode(), page.body());
    return page.body();
  }

  private static long figure(String html, String id) {
    Matcher figure = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
    assertTrue(figure.find(), id + " on the home page");
    return Long.parseLong(figure.group(1));
  }

  private static String visitor(String name, long centre, long host, LocalDateTime visit) {
    LocalDate day = visit.toLocalDate();
    String time = visit.toLocalTime().toString();
    return "{\"fullName\":\""
        + name
        + "\",\"email\":\"home.visitor@example.test\",\"centreId\":"
        + centre
        + ",\"hostId\":"
        + host
        + ",\"expectedDate\":\""
        + day
        + "\",\"visitTime\":\""
        + time
        + "\"}";
  }

  private static long parisCentre(Api api, String admin) {
    JsonObject kaolin =
        Api.json(api.get("api/companies?size=5&q=Kaolin", admin))
            .getJsonArray("items")
            .getJsonObject(0);
    return Api.json(api.get("api/companies/" + kaolin.getJsonNumber("id").longValue(), admin))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  private static long publishedEvent(Api api, String admin, long centre, String title) {
    String form =
        "{\"centreId\":"
            + centre
            + ",\"title\":\""
            + title
            + "\",\"date\":\""
            + LocalDate.now(PARIS).plusDays(1)
            + "\",\"startTime\":\"18:30\",\"endTime\":\"21:00\",\"location\":\"Rooftop\","
            + "\"capacity\":20}";
    var created = api.post("api/events", admin, form);
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    var published = api.post("api/events/" + id + "/publish", admin, "{\"broadcast\":false}");
    assertEquals(200, published.statusCode(), published.body());
    return id;
  }
}
