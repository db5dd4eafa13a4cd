package io.atrium.community;

import static io.atrium.community.DemoEvents.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Community events through the REST API, as the mobile app and staff tools use it: the life cycle,
 * refused input that writes nothing, covers, seats and the waitlist under concurrent answers, the
 * e-mails (GreenMail) in each member's language, rights and centres.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsApiIT {

  /** Paris members who may sign in: Studio Kaolin's three and an on-demand user of PAR1. */
  private static final List<String> PARIS_MEMBERS =
      List.of(
          "admin@kaolin.test", "manager@kaolin.test", "user@kaolin.test", "ondemand@lumiere.test");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private DemoEvents demo;
  private Api api;

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
    demo = new DemoEvents(base.toURI());
    api = demo.api();
  }

  private static long id(HttpResponse<String> response) {
    return Api.json(response).getJsonNumber("id").longValue();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""), "problem");
  }

  private long tenant() {
    return Api.json(api.get("api/me", demo.admin())).getJsonNumber("tenantId").longValue();
  }

  @Test
  void aDraftIsEditedPublishedEditedAgainAndCancelledForGood() {
    String title = "Atelier céramique " + RUN;
    var created = demo.create(demo.admin(), DemoEvents.form(demo.lyon(), title, 12));
    assertEquals(201, created.statusCode(), created.body());
    long id = id(created);
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/events/" + id));
    JsonObject draft = Api.json(created);
    assertEquals("DRAFT", draft.getString("state"));
    assertEquals("LYO1", draft.getString("centre"));
    assertEquals("18:30", draft.getString("startTime"));
    assertEquals("Europe/Paris", draft.getString("timeZone"));
    assertEquals(12, draft.getInt("seatsLeft"));
    assertProblem(api.get("api/events/" + id, demo.token("admin@nordlys.test")), 404);
    assertFalse(demo.list("admin@nordlys.test", "").contains(title), "members never see drafts");

    var publish = api.post("api/events/" + id + "/publish", demo.admin(), "{}");
    assertEquals(200, publish.statusCode(), publish.body());
    assertEquals("PUBLISHED", Api.json(publish).getString("state"));
    assertProblem(api.post("api/events/" + id + "/publish", demo.admin(), "{}"), 409);
    JsonObject seen = demo.event(id, "admin@nordlys.test");
    assertEquals(title, seen.getString("title"));
    assertTrue(demo.list("user@brique.test", "").contains(title), "every member of Lyon");

    var edited =
        api.put(
            "api/events/" + id,
            demo.admin(),
            DemoEvents.form(demo.paris(), title + " (2)", 15)
                .add("startTime", "19:00")
                .build()
                .toString());
    assertEquals(200, edited.statusCode(), edited.body());
    assertEquals(title + " (2)", Api.json(edited).getString("title"));
    assertEquals("19:00", Api.json(edited).getString("startTime"));
    assertEquals("LYO1", Api.json(edited).getString("centre"), "an event stays in its centre");

    var cancelled = api.post("api/events/" + id + "/cancel", demo.admin(), "{}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", Api.json(cancelled).getString("state"));
    assertProblem(api.post("api/events/" + id + "/publish", demo.admin(), "{}"), 409);
    assertProblem(
        api.put(
            "api/events/" + id,
            demo.admin(),
            DemoEvents.form(demo.lyon(), title, 5).build().toString()),
        409);
    assertProblem(api.get("api/events/" + id, demo.token("admin@nordlys.test")), 404);
    assertEquals(
        4,
        TestDatabase.countFromClient(
            tenant(),
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'CommunityEvent' AND entity_id = ?",
            Long.toString(id)),
        "create, edit, publish and cancel are in the audit log");
  }

  @Test
  void wrongFieldsAreNamedAndNothingIsWritten() {
    String title = "Refused " + RUN;
    long paris = demo.paris();
    var endBeforeStart =
        demo.create(demo.admin(), DemoEvents.form(paris, title, 10).add("endTime", "18:00"));
    assertProblem(endBeforeStart, 400);
    assertEquals(
        "The end must be after the start, the same day.",
        Api.json(endBeforeStart).getJsonObject("errors").getString("endTime"));
    var past =
        demo.create(
            demo.admin(),
            DemoEvents.form(paris, title, 10)
                .add("date", DemoEvents.today().minusDays(1).toString()));
    assertProblem(past, 400);
    assertTrue(Api.json(past).getJsonObject("errors").containsKey("date"), past.body());
    var noSeat =
        api.call(
            "POST",
            "api/events",
            demo.admin(),
            DemoEvents.form(paris, "", 0).add("startTime", "7pm").build().toString(),
            "Accept-Language",
            "fr");
    assertProblem(noSeat, 400);
    JsonObject errors = Api.json(noSeat).getJsonObject("errors");
    assertEquals("Prévoyez au moins 1 place.", errors.getString("capacity"));
    assertEquals("Indiquez une heure comme 18:30.", errors.getString("startTime"));
    assertProblem(
        demo.create(demo.admin(), DemoEvents.form(paris, title, 10).add("centreId", 1)), 400);
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenant(), "SELECT count(*) FROM community_event WHERE title = ?", title),
        "no event was written");
  }

  @Test
  void aCoverIsAnImageByItsContentWithinTheLimitAndShownToThoseWhoSeeTheEvent() {
    long id = demo.published(DemoEvents.form(demo.paris(), "Vernissage " + RUN, 30), false);
    byte[] script = "<script>alert(1)</script>".getBytes();
    var disguised = demo.uploadCover(id, demo.admin(), "image/png", script);
    assertProblem(disguised, 400);
    assertTrue(Api.json(disguised).getJsonObject("errors").containsKey("cover"), disguised.body());
    byte[] huge = Arrays.copyOf(png(), 26 * 1024 * 1024);
    var oversized = demo.uploadCover(id, demo.admin(), "image/png", huge);
    assertProblem(oversized, 400);
    assertEquals(
        "The file is larger than the upload limit.",
        Api.json(oversized).getJsonObject("errors").getString("cover"));
    assertFalse(demo.event(id, "admin@lumiere.test").containsKey("coverUrl"), "no cover kept");

    var stored = demo.uploadCover(id, demo.admin(), "application/octet-stream", png());
    assertEquals(200, stored.statusCode(), stored.body());
    String url = Api.json(stored).getString("coverUrl");
    assertEquals("/api/events/" + id + "/cover", url);
    var cover = api.get(url.substring(1), demo.token("user@kaolin.test"));
    assertEquals(200, cover.statusCode());
    assertEquals("image/png", cover.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", cover.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertProblem(api.get(url.substring(1), demo.token("user@nordlys.test")), 404);
    api.post("api/events/" + id + "/cancel", demo.admin(), "{}");
  }

  @Test
  void concurrentAnswersForTheLastSeatGiveItOnceAndTheWaitlistMovesUp() throws Exception {
    String title = "Petit-déjeuner " + RUN;
    long id = demo.published(DemoEvents.form(demo.paris(), title, 1), false);
    PARIS_MEMBERS.forEach(demo::token);
    List<HttpResponse<String>> answers = concurrently(PARIS_MEMBERS, email -> demo.rsvp(id, email));
    List<String> going = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(200, answers.get(i).statusCode(), answers.get(i).body());
      JsonObject answer = Api.json(answers.get(i));
      if (answer.getString("status").equals("GOING")) {
        going.add(PARIS_MEMBERS.get(i));
      } else {
        assertEquals("WAITLISTED", answer.getString("status"));
        positions.add(answer.getInt("waitlistPosition"));
      }
    }
    assertEquals(1, going.size(), "one seat, one member going");
    assertEquals(List.of(1, 2, 3), positions.stream().sorted().toList(), "an ordered waitlist");

    String doubled = going.get(0);
    concurrently(List.of(doubled, doubled, doubled), email -> demo.rsvp(id, email));
    var attendees = Api.jsonArray(api.get("api/events/" + id + "/attendees", demo.admin()));
    assertEquals(4, attendees.size(), "one answer per member, however often they answer");
    assertEquals(doubled, attendees.getJsonObject(0).getString("email"), "the one going first");
    String first = attendees.getJsonObject(1).getString("email");
    JsonObject full = demo.event(id, first);
    assertEquals(0, full.getInt("seatsLeft"));
    assertEquals("WAITLISTED", full.getString("myRsvp"));
    assertEquals(1, full.getInt("waitlistPosition"));

    assertEquals(200, demo.withdraw(id, doubled).statusCode());
    assertEquals("GOING", demo.event(id, first).getString("myRsvp"), "promoted");
    String second = attendees.getJsonObject(2).getString("email");
    assertEquals(1, demo.event(id, second).getInt("waitlistPosition"), "moved up");
    assertEquals("CANCELLED", demo.event(id, doubled).getString("myRsvp"));
    var mails = await(first, "Une place pour vous : " + title);
    assertTrue(mails.get(0).body().contains("vous êtes inscrit"), mails.get(0).body());
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant(),
            "SELECT count(*) FROM notification n JOIN member m ON m.id = n.recipient_id"
                + " WHERE n.recipient_kind = 'MEMBER' AND m.email = ? AND n.title = ?",
            first,
            "Une place pour vous : " + title),
        "and a notice in the bell");
    assertProblem(demo.withdraw(id, doubled), 409);
    api.post("api/events/" + id + "/cancel", demo.admin(), "{}");
  }

  @Test
  void publishingEMailsEveryMemberOfTheCentreInTheirLanguageAndCancellingTellsThoseWhoAnswered()
      throws Exception {
    String title = "Afterwork Confluence " + RUN;
    long id = demo.published(DemoEvents.form(demo.lyon(), title, 20), true);
    var english = await("admin@nordlys.test", "Invitation: " + title);
    assertTrue(english.get(0).body().startsWith("Hello Sofia Lindqvist"), english.get(0).body());
    assertTrue(english.get(0).body().contains("Rooftop, 6th floor"), english.get(0).body());
    var french = await("manager@nordlys.test", "Invitation : " + title);
    assertTrue(french.get(0).body().startsWith("Bonjour Antoine Girard"), french.get(0).body());
    await("nomad@travel.test", "Invitation: " + title);
    await("user@brique.test", "Invitation : " + title);
    assertTrue(
        MailCatcher.receivedBy(a -> a.endsWith("@kaolin.test")).stream()
            .noneMatch(m -> m.subject().contains(title)),
        "Paris members are not invited to a Lyon event");
    assertTrue(
        MailCatcher.receivedBy("lucas.faure@nordlys.test"::equals).isEmpty(),
        "an invited member who never activated their account is not in the audience");

    assertEquals(200, demo.rsvp(id, "manager@nordlys.test").statusCode());
    assertEquals(200, api.post("api/events/" + id + "/cancel", demo.admin(), "{}").statusCode());
    var cancelled = await("manager@nordlys.test", "Annulé : " + title);
    assertTrue(cancelled.get(0).body().contains("est annulé"), cancelled.get(0).body());
    assertProblem(demo.rsvp(id, "user@nordlys.test"), 404);
  }

  @Test
  void staffWithoutEventsRightsAreRefusedAndTheCommunityManagerCannotCancel() {
    long id = demo.published(DemoEvents.form(demo.paris(), "Yoga " + RUN, 8), false);
    String tech = demo.token("tech@lumiere.test");
    assertProblem(api.get("api/events", tech), 403);
    assertProblem(api.get("api/events/" + id, tech), 403);
    assertProblem(demo.create(tech, DemoEvents.form(demo.paris(), "Tech " + RUN, 5)), 403);
    assertProblem(api.post("api/events/" + id + "/publish", tech, "{}"), 403);
    assertProblem(api.get("api/events/" + id + "/attendees", tech), 403);
    assertProblem(api.post("api/events/" + id + "/rsvp", tech, ""), 403);
    assertProblem(
        api.post("api/events/" + id + "/cancel", demo.token("cm@lumiere.test"), "{}"), 403);
    assertProblem(
        demo.create(demo.token("user@kaolin.test"), DemoEvents.form(demo.paris(), "M", 5)), 403);
    api.post("api/events/" + id + "/cancel", demo.admin(), "{}");
  }

  @Test
  void theParisCommunityManagerAndParisMembersNeverMeetLyonsEvents() {
    String lyonTitle = "Conférence Lyon " + RUN;
    long lyon = demo.published(DemoEvents.form(demo.lyon(), lyonTitle, 40), false);
    String parisTitle = "Conférence Paris " + RUN;
    long paris = demo.published(DemoEvents.form(demo.paris(), parisTitle, 40), false);
    String cm = demo.token("cm@lumiere.test");

    String cmList = demo.list("cm@lumiere.test", "");
    assertTrue(cmList.contains(parisTitle), cmList);
    assertFalse(cmList.contains(lyonTitle));
    assertFalse(cmList.contains("\"LYO1\""), "no Lyon event at all");
    assertEquals(0, Api.json(api.get("api/events?centre=" + demo.lyon(), cm)).getInt("total"));
    for (String path :
        List.of(
            "api/events/" + lyon,
            "api/events/" + lyon + "/attendees",
            "api/events/" + lyon + "/cover")) {
      assertProblem(api.get(path, cm), 404);
    }
    assertProblem(api.post("api/events/" + lyon + "/publish", cm, "{}"), 404);
    assertProblem(demo.create(cm, DemoEvents.form(demo.lyon(), "Not mine " + RUN, 5)), 400);

    assertFalse(demo.list("user@nordlys.test", "").contains(parisTitle));
    assertProblem(api.get("api/events/" + paris, demo.token("user@nordlys.test")), 404);
    assertProblem(demo.rsvp(paris, "user@nordlys.test"), 404);
    assertFalse(demo.list("user@kaolin.test", "").contains(lyonTitle));
    assertProblem(demo.rsvp(lyon, "user@kaolin.test"), 404);
    api.post("api/events/" + lyon + "/cancel", demo.admin(), "{}");
    api.post("api/events/" + paris + "/cancel", demo.admin(), "{}");
  }

  @Test
  void goingMembersAreCheckedInOnceOnTheEventsDayOnly() {
    long today = demo.published(DemoEvents.todayForm(demo.paris(), "Brunch " + RUN, 10), false);
    long tomorrow = demo.published(DemoEvents.form(demo.paris(), "Dîner " + RUN, 10), false);
    assertEquals(200, demo.rsvp(today, "manager@kaolin.test").statusCode());
    assertEquals(200, demo.rsvp(tomorrow, "manager@kaolin.test").statusCode());
    long member =
        Api.json(api.get("api/me", demo.token("manager@kaolin.test")))
            .getJsonNumber("id")
            .longValue();
    String cm = demo.token("cm@lumiere.test");
    long auditedBefore = checkIns(member);

    var checkedIn =
        api.post("api/events/" + today + "/attendees/" + member + "/check-in", cm, "{}");
    assertEquals(200, checkedIn.statusCode(), checkedIn.body());
    assertNotNull(Api.json(checkedIn).getString("checkedInAt"));
    assertProblem(
        api.post("api/events/" + today + "/attendees/" + member + "/check-in", cm, "{}"), 409);
    assertEquals(1, demo.event(today, "admin@lumiere.test").getInt("checkedIn"));
    assertProblem(demo.withdraw(today, "manager@kaolin.test"), 409);
    var early = api.post("api/events/" + tomorrow + "/attendees/" + member + "/check-in", cm, "{}");
    assertProblem(early, 409);
    assertEquals(
        "Check-in is open on the day of the event only.", Api.json(early).getString("detail"));
    assertEquals(auditedBefore + 1, checkIns(member), "the check-in is in the audit log");
    api.post("api/events/" + today + "/cancel", demo.admin(), "{}");
    api.post("api/events/" + tomorrow + "/cancel", demo.admin(), "{}");
  }

  private long checkIns(long member) {
    return TestDatabase.countFromClient(
        tenant(),
        "SELECT count(*) FROM audit_entry WHERE entity_type = 'Rsvp' AND action = 'CHECK_IN'"
            + " AND changes::text LIKE ?",
        "%\"member\"%" + member + "%");
  }

  /** A one-pixel PNG. */
  static byte[] png() {
    return java.util.Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
  }

  private static List<MailCatcher.Received> await(String to, String subject)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<MailCatcher.Received> found = List.of();
    while (found.isEmpty() && System.nanoTime() < end) {
      Thread.sleep(200);
      found =
          MailCatcher.await(to::equals, 1, Duration.ofSeconds(2)).stream()
              .filter(m -> m.subject().startsWith(subject))
              .toList();
    }
    assertFalse(found.isEmpty(), "a mail to " + to + ": " + subject);
    return found;
  }

  private static List<HttpResponse<String>> concurrently(
      List<String> emails, java.util.function.Function<String, HttpResponse<String>> call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(emails.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (String email : emails) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.apply(email);
                }));
      }
      start.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (var future : futures) {
        responses.add(future.get());
      }
      return responses;
    } finally {
      pool.shutdown();
    }
  }
}
