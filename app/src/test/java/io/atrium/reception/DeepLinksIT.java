package io.atrium.reception;

import static io.atrium.reception.DemoReception.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.MailCatcher.Received;
import io.atrium.testing.SignedInBrowser;
import io.atrium.testing.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mails and notices lead to the thing they are about: the host's arrival mail and notice open the
 * visitor in the client space, a ticket's mail opens the ticket, each under {@code PUBLIC_URL}. In
 * a copy of lumiere of its own, whose people are lumiere's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeepLinksIT {

  private static final String HOST = "admin@kaolin.test";
  private static final String PUBLIC_URL = System.getenv("PUBLIC_URL");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void smtp() {
    MailCatcher.start();
  }

  @AfterAll
  static void stop() {
    MailCatcher.stop();
    SignedInBrowser.close();
  }

  @Test
  void theArrivalMailAndNoticeOpenTheVisitorInTheHostsClientSpace() throws Exception {
    String slug = ImportedTenants.copyOf(base, "lumiere");
    Api api = new Api(base.toURI());
    String admin = api.token(slug, "admin@lumiere.test");
    JsonObject kaolin =
        Api.json(api.get("api/companies?size=50&q=Kaolin", admin))
            .getJsonArray("items")
            .getJsonObject(0);
    long company = kaolin.getJsonNumber("id").longValue();
    long host =
        Api.jsonArray(api.get("api/companies/" + company + "/members", admin))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("email").equals(HOST))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    long centre =
        Api.json(api.get("api/companies/" + company, admin))
            .getJsonNumber("homeCentreId")
            .longValue();
    String visitor = "Deep Link " + RUN;
    var walkIn =
        api.post(
            "api/visitors/walk-ins",
            api.token(slug, "reception@lumiere.test"),
            Json.createObjectBuilder()
                .add("centreId", centre)
                .add("hostId", host)
                .add("fullName", visitor)
                .build()
                .toString());
    assertEquals(201, walkIn.statusCode(), walkIn.body());
    long id = Api.json(walkIn).getJsonNumber("id").longValue();
    String page = "/portal/visitors.xhtml?id=" + id;

    Received mail = mailTo(HOST, subject -> subject.contains(visitor));
    assertTrue(mail.body().contains(PUBLIC_URL + page), "a link to the visitor: " + mail.body());

    SignedInBrowser.open("fr-FR,fr");
    SignedInBrowser.signIn(base, slug, HOST, WebSession.DEMO_PASSWORD);
    SignedInBrowser.click("#bell\\:toggle");
    assertTrue(SignedInBrowser.awaitVisibleText("#bell\\:list").contains(visitor));
    SignedInBrowser.click(".bell-item.unread");
    SignedInBrowser.awaitUrlEnding(page);
    assertTrue(
        SignedInBrowser.awaitVisibleText("tr.picked").contains(visitor),
        "the visitor's row is picked out, with Approve and Decline");
  }

  @Test
  void aTicketsMailOpensTheTicketForItsReader() throws Exception {
    String slug = ImportedTenants.copyOf(base, "lumiere");
    Api api = new Api(base.toURI());
    String member = api.token(slug, HOST);
    String title = "Deep link ticket " + RUN;
    var created =
        api.post(
            "api/tickets",
            member,
            "{\"type\":\"INTERNET\",\"title\":\"" + title + "\",\"description\":\"Wi-Fi\"}");
    assertEquals(201, created.statusCode(), created.body());
    var ticket = Api.json(created).getJsonObject("ticket");
    long id = ticket.getJsonNumber("id").longValue();
    assertEquals(
        201,
        api.post(
                "api/tickets/" + id + "/comments",
                api.token(slug, "admin@lumiere.test"),
                "{\"body\":\"On it.\"}")
            .statusCode());

    // The comment's mail: another test's ticket of the demo tenant may carry the same number
    // (each tenant numbers its own) and mail the same member about its escalation.
    Received mail =
        mailTo(
            HOST,
            subject ->
                subject.contains(ticket.getString("number"))
                    && subject.toLowerCase(java.util.Locale.ROOT).contains("comment"));
    assertTrue(
        mail.body().contains(PUBLIC_URL + "/portal/ticket.xhtml?id=" + id),
        "the member's link opens the ticket in the client space: " + mail.body());
  }

  private static Received mailTo(String email, Predicate<String> subject) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      var found =
          MailCatcher.receivedBy(email::equals).stream()
              .filter(m -> subject.test(m.subject()))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      MailCatcher.await(email::equals, Integer.MAX_VALUE, Duration.ofMillis(500));
    }
    throw new AssertionError("No such mail to " + email);
  }
}
