package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.FreeDay;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The client space's Bookings page (001, client space §3), as members use it: Studio Kaolin's
 * administrator books Salle Lumière in French, finds it among their bookings to come with its
 * price, and cancels it; the company's User, in English, is told the paid room is not for their
 * role, and books the free Verrière; a booking staff made for the company is listed, marked as the
 * company's, to its administrator, who may cancel it, and not to its User.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberBookingsBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  /**
   * A Tuesday in the coming year or two when both rooms are open and neither is booked yet: a day
   * merely picked at random met another test's booking in CI, and the booking was refused.
   */
  private LocalDate day;

  @BeforeEach
  void freeTuesday() throws Exception {
    long lumiere = Api.tenantId(new Api(base.toURI()).token("lumiere", "admin@lumiere.test"));
    day =
        FreeDay.random(
            lumiere,
            DayOfWeek.TUESDAY,
            4,
            84,
            TestDatabase.countFromClient(
                lumiere, "SELECT id FROM space WHERE name = 'Salle Lumière' ORDER BY id LIMIT 1"),
            TestDatabase.countFromClient(
                lumiere, "SELECT id FROM space WHERE name = 'Verrière' ORDER BY id LIMIT 1"));
  }

  @Test
  void anAdministratorBooksARoomInFrenchAndCancelsIt() {
    WebDriver member = browsers.open("fr-FR,fr");
    Browser.signIn(member, base, "lumiere", "admin@kaolin.test");
    member.findElement(By.id("menuBookings")).click();
    Browser.await(member, b -> b.getTitle().equals("Réservations · Atrium") ? true : null);

    book(member, "Salle Lumière", "14:00", "15:30", "Revue de maquettes");
    Browser.await(member, b -> messages(b).contains("Réservation confirmée.") ? true : null);
    WebElement row = row(member, "Revue de maquettes");
    assertTrue(row.getText().contains("14:00 – 15:30"), row.getText());
    assertTrue(row.getText().contains("Salle Lumière"), row.getText());
    assertTrue(row.getText().contains("EUR"), "its price: " + row.getText());
    assertTrue(row.getText().contains("Confirmée"), row.getText());
    assertTrue(
        row.getText().matches("(?s).*Portes [0-9]{6}.*Wi-Fi [A-Z2-9]{8}.*"),
        "the member's door code and Wi-Fi voucher, made with the booking: " + row.getText());
    assertEquals(
        "Déjà réservé dans cet espace ce jour-là : 14:00 – 15:30.",
        member.findElement(By.id("book:taken")).getText(),
        "the form says when the room is taken that day");

    row.findElement(By.cssSelector(".ui-button-danger")).click();
    Browser.await(
            member,
            b ->
                b.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null))
        .click();
    Browser.await(member, b -> messages(b).contains("Réservation annulée.") ? true : null);
    assertTrue(row(member, "Revue de maquettes").getText().contains("Annulée"));
    assertTrue(
        !row(member, "Revue de maquettes").getText().contains("Portes"),
        "no door code once cancelled");
    assertEquals(
        "Rien n’est encore réservé dans cet espace ce jour-là.",
        member.findElement(By.id("book:taken")).getText(),
        "free again once cancelled");
    assertTrue(
        row(member, "Revue de maquettes")
            .findElements(By.cssSelector(".ui-button-danger"))
            .isEmpty(),
        "a cancelled booking has no Cancel button");
  }

  @Test
  void aUserIsToldThePaidRoomIsNotForTheirRoleInEnglishAndBooksTheFreeOne() {
    WebDriver member = browsers.open("en-GB,en");
    Browser.signIn(member, base, "lumiere", "user@kaolin.test");
    member.get(base + "portal/bookings.xhtml");
    assertEquals("Bookings · Atrium", member.getTitle());
    assertTrue(
        member.findElement(By.id("content")).getText().contains("only what is free of charge"));

    book(member, "Salle Lumière", "09:00", "10:00", "Paid try");
    Browser.await(
        member, b -> messages(b).contains("does not let you book what has a price") ? true : null);
    assertTrue(
        member.findElements(By.cssSelector("[id='mine:upcoming'] tbody tr")).stream()
            .noneMatch(r -> r.getText().contains("Paid try")),
        "nothing booked");

    book(member, "Verrière", "09:00", "10:00", "Team breakfast");
    Browser.await(member, b -> messages(b).contains("Booking confirmed.") ? true : null);
    WebElement row = row(member, "Team breakfast");
    assertTrue(row.getText().contains("09:00 – 10:00"), row.getText());
    assertTrue(row.getText().contains("Confirmed"), row.getText());

    // Choosing the other room for the same day shows when it is taken, before any time is picked.
    Browser.choose(member, "book:spaceId", "Salle Lumière");
    Browser.await(
        member,
        b ->
            b.findElement(By.id("book:taken")).getText().startsWith("Nothing is booked")
                ? true
                : null);
    Browser.choose(member, "book:spaceId", "Verrière");
    Browser.await(
        member,
        b ->
            b.findElement(By.id("book:taken"))
                    .getText()
                    .equals("Already booked in this space that day: 09:00 – 10:00.")
                ? true
                : null);
  }

  @Test
  void anAdministratorSeesAndCancelsTheBookingStaffMadeForTheCompanyAndAUserDoesNot()
      throws Exception {
    Api api = new Api(base.toURI());
    String staff = api.token("lumiere", "admin@lumiere.test");
    long lumiere = Api.tenantId(staff);
    String title = "Staff booking " + System.nanoTime();
    java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
    var booked =
        api.post(
            "api/bookings",
            staff,
            jakarta.json.Json.createObjectBuilder()
                .add(
                    "spaceId",
                    TestDatabase.countFromClient(
                        lumiere,
                        "SELECT id FROM space WHERE name = 'Salle Lumière' ORDER BY id LIMIT 1"))
                .add(
                    "companyId",
                    TestDatabase.countFromClient(
                        lumiere, "SELECT id FROM company WHERE name = 'Studio Kaolin'"))
                .add("startsAt", day.atTime(16, 0).atZone(paris).toOffsetDateTime().toString())
                .add("endsAt", day.atTime(17, 0).atZone(paris).toOffsetDateTime().toString())
                .add("title", title)
                .build()
                .toString());
    assertEquals(201, booked.statusCode(), booked.body());

    WebDriver user = browsers.open("en-GB,en");
    Browser.signIn(user, base, "lumiere", "user@kaolin.test");
    user.get(base + "portal/bookings.xhtml");
    Browser.await(user, b -> b.findElements(By.id("mine:upcoming")).isEmpty() ? null : true);
    assertTrue(
        user.findElements(By.cssSelector("[id='mine:upcoming'] tbody tr")).stream()
            .noneMatch(r -> r.getText().contains(title)),
        "a User sees only their own bookings and those made for them");

    WebDriver admin = browsers.open("en-GB,en");
    Browser.signIn(admin, base, "lumiere", "admin@kaolin.test");
    admin.get(base + "portal/bookings.xhtml");
    WebElement row = row(admin, title);
    assertTrue(row.getText().contains("For the company: Studio Kaolin"), row.getText());
    assertTrue(row.getText().contains("16:00 – 17:00"), row.getText());
    assertTrue(row.findElements(By.cssSelector("[id$=':change']")).isEmpty(), "staff's to change");
    row.findElement(By.cssSelector(".ui-button-danger")).click();
    Browser.await(
            admin,
            b ->
                b.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null))
        .click();
    Browser.await(admin, b -> messages(b).contains("Booking cancelled.") ? true : null);
    assertTrue(row(admin, title).getText().contains("Cancelled"));
  }

  private void book(WebDriver member, String space, String from, String to, String title) {
    Browser.choose(member, "book:spaceId", space);
    WebElement dayField = member.findElement(By.id("book:day_input"));
    // Selected and typed over, as a person does: clear() leaves the date picker's value.
    String typed = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    dayField.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
    dayField.sendKeys(Keys.ESCAPE);
    assertEquals(typed, dayField.getDomProperty("value"));
    Browser.choose(member, "book:startsAt", from);
    Browser.choose(member, "book:endsAt", to);
    WebElement titleField = member.findElement(By.id("book:title"));
    titleField.clear();
    titleField.sendKeys(title);
    member.findElement(By.id("book:save")).click();
  }

  private static WebElement row(WebDriver member, String title) {
    return Browser.await(
        member,
        b ->
            b.findElements(By.cssSelector("[id='mine:upcoming'] tbody tr")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElse(null));
  }

  private static String messages(WebDriver browser) {
    return browser.findElement(By.id("messages")).getText();
  }
}
