package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Changing a booking from the pages that show it: a community manager moves a room's booking by an
 * hour in the back office, in French; a member lengthens their own booking in the client space, in
 * English. Each sees the booking at its new times.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingChangesBrowserIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  /** A Thursday of its own in the coming year or two. */
  private static final LocalDate DAY =
      LocalDate.now(PARIS)
          .with(TemporalAdjusters.next(DayOfWeek.THURSDAY))
          .plusWeeks(3 + ThreadLocalRandom.current().nextInt(80));

  private long book(String token, String space, int from, int to, String title, boolean staff)
      throws Exception {
    var api = new Api(base.toURI());
    long tenant = Api.tenantId(token);
    var form =
        Json.createObjectBuilder()
            .add(
                "spaceId",
                TestDatabase.countFromClient(
                    tenant, "SELECT id FROM space WHERE name = ? ORDER BY id LIMIT 1", space))
            .add(
                "startsAt",
                ZonedDateTime.of(DAY.atTime(from, 0), PARIS).toOffsetDateTime().toString())
            .add("endsAt", ZonedDateTime.of(DAY.atTime(to, 0), PARIS).toOffsetDateTime().toString())
            .add("title", title);
    if (staff) {
      form.add(
          "companyId",
          TestDatabase.countFromClient(
              tenant, "SELECT id FROM company WHERE name = 'Studio Kaolin'"));
    }
    var booked = api.post("api/bookings", token, form.build().toString());
    assertEquals(201, booked.statusCode(), booked.body());
    return Api.json(booked).getJsonNumber("id").longValue();
  }

  @Test
  void aCommunityManagerMovesABookingByAnHourInFrench() throws Exception {
    var api = new Api(base.toURI());
    String title = "Atelier " + System.nanoTime();
    book(api.token("lumiere", "admin@lumiere.test"), "Salle Lumière", 10, 11, title, true);

    WebDriver staff = browsers.open("fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "bookings/list.xhtml?day=" + DAY);
    Browser.choose(staff, "bookings:centre", "PAR1");
    rowOf(staff, "[id='bookings:table']", title)
        .findElement(By.cssSelector("[id$=':change']"))
        .click();
    Browser.await(staff, b -> b.findElement(By.id("bookingDialog")).isDisplayed() ? true : null);
    assertEquals(title, staff.findElement(By.id("booking:title")).getDomProperty("value"));
    Browser.choose(staff, "booking:startsAt", "11:00");
    Browser.choose(staff, "booking:endsAt", "12:00");
    staff.findElement(By.id("booking:save")).click();
    Browser.await(staff, b -> messages(b).contains("Réservation modifiée.") ? true : null);
    WebElement row = rowOf(staff, "[id='bookings:table']", title);
    assertTrue(row.getText().contains("11:00 – 12:00"), row.getText());
  }

  @Test
  void aMemberLengthensTheirOwnBookingInEnglish() throws Exception {
    var api = new Api(base.toURI());
    String title = "Standup " + System.nanoTime();
    book(api.token("lumiere", "admin@kaolin.test"), "Verrière", 18, 19, title, false);

    WebDriver member = browsers.open("en-GB,en");
    Browser.signIn(member, base, "lumiere", "admin@kaolin.test");
    member.get(base + "portal/bookings.xhtml");
    rowOf(member, "[id='mine:upcoming']", title)
        .findElement(By.cssSelector("[id$=':change']"))
        .click();
    Browser.await(
        member,
        b ->
            b.findElement(By.id("content")).getText().contains("Change the booking") ? true : null);
    assertEquals(title, member.findElement(By.id("book:title")).getDomProperty("value"));
    Browser.chooseCentred(member, "book:endsAt", "20:00");
    member.findElement(By.id("book:save")).click();
    Browser.await(member, b -> messages(b).contains("Booking changed.") ? true : null);
    WebElement row = rowOf(member, "[id='mine:upcoming']", title);
    assertTrue(row.getText().contains("18:00 – 20:00"), row.getText());
  }

  private static WebElement rowOf(WebDriver browser, String table, String title) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElse(null));
  }

  private static String messages(WebDriver browser) {
    return browser.findElement(By.id("messages")).getText();
  }
}
