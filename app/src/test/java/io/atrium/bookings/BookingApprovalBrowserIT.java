package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Members' bookings that wait for staff, from the pages: Ateliers Lumière's administrator sets in
 * French that the Verrière's bookings by members need confirming; Studio Kaolin's administrator
 * requests it in English from the client space and sees it pending; the administrator confirms it
 * from the day's bookings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingApprovalBrowserIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** A Monday of its own in the coming year or two. */
  private static final LocalDate DAY =
      LocalDate.now(PARIS)
          .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
          .plusWeeks(3 + ThreadLocalRandom.current().nextInt(80));

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private long paris;
  private long verriere;

  @AfterEach
  void verriereAsTheCentre() throws Exception {
    var api = new Api(base.toURI());
    api.put(
        "api/booking-rules",
        api.token("lumiere", "admin@lumiere.test"),
        "{\"centreId\":" + paris + ",\"spaceId\":" + verriere + "}");
  }

  @Test
  void theVerrieresBookingsNeedConfirmingAMemberRequestsOneAndStaffConfirmIt() throws Exception {
    var api = new Api(base.toURI());
    long tenant = Api.tenantId(api.token("lumiere", "admin@lumiere.test"));
    paris = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'PAR1'");
    verriere =
        TestDatabase.countFromClient(
            tenant, "SELECT id FROM space WHERE name = 'Verrière' ORDER BY id LIMIT 1");

    WebDriver staff = browsers.open("fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "bookings/rules.xhtml?centre=" + paris);
    rowOf(staff, "[id='rules:table']", "Verrière")
        .findElement(By.cssSelector("[id$=':edit']"))
        .click();
    Browser.await(staff, b -> b.findElement(By.id("ruleDialog")).isDisplayed() ? true : null);
    Browser.choose(staff, "rule:approvalRequired", "Oui");
    Browser.click(staff, By.id("rule:save"));
    Browser.await(
        staff, b -> b.findElement(By.id("messages")).getText().contains("enregistr") ? true : null);
    assertTrue(
        rowOf(staff, "[id='rules:table']", "Verrière").getText().contains("Oui"),
        "the Verrière's members' bookings need confirming");

    WebDriver member = browsers.open("en-GB,en");
    Browser.signIn(member, base, "lumiere", "admin@kaolin.test");
    member.get(base + "portal/bookings.xhtml");
    Browser.choose(member, "book:spaceId", "Verrière");
    WebElement day = member.findElement(By.id("book:day_input"));
    day.sendKeys(
        Keys.chord(Keys.CONTROL, "a"), DAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    day.sendKeys(Keys.ESCAPE);
    Browser.choose(member, "book:startsAt", "15:00");
    Browser.choose(member, "book:endsAt", "16:00");
    String title = "Afterwork " + System.nanoTime();
    member.findElement(By.id("book:title")).sendKeys(title);
    member.findElement(By.id("book:save")).click();
    Browser.await(
        member,
        b ->
            b.findElement(By.id("messages")).getText().contains("Booking requested") ? true : null);
    assertTrue(rowOf(member, "[id='mine:upcoming']", title).getText().contains("Pending approval"));

    staff.get(base + "bookings/list.xhtml?day=" + DAY);
    Browser.choose(staff, "bookings:centre", "PAR1");
    rowOf(staff, "[id='bookings:table']", title)
        .findElement(By.cssSelector("[id$=':confirm']"))
        .click();
    Browser.await(
        staff,
        b ->
            b.findElement(By.id("messages")).getText().contains("Réservation confirmée.")
                ? true
                : null);
    assertTrue(rowOf(staff, "[id='bookings:table']", title).getText().contains("Confirmée"));
    assertEquals(
        "CONFIRMED",
        TestDatabase.textFromClient(tenant, "SELECT status FROM booking WHERE title = ?", title));
  }

  private static WebElement rowOf(WebDriver browser, String table, String text) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElse(null));
  }
}
