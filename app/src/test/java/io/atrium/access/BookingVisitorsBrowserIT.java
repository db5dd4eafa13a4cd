package io.atrium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.DemoBookings;
import io.atrium.testing.Deployments;
import io.atrium.testing.FreeDay;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The day's bookings → "Visiteurs" in French (000 workflow 3 step 4): the receptionist adds a
 * visitor to Studio Kaolin's meeting, hosted by Léa Fontaine; the visitor is listed with their door
 * and Wi-Fi access, which the provisioning makes by itself. A missing e-mail is refused on its
 * field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingVisitorsBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void theReceptionistAddsAVisitorToAMeetingWhoGetsTheirAccessInFrench() throws Exception {
    Api api = new Api(base.toURI());
    String staff = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(staff);
    long room =
        TestDatabase.countFromClient(tenant, "SELECT id FROM space WHERE name = 'Salle Lumière'");
    LocalDate day = FreeDay.of(tenant, room);
    long booking =
        DemoBookings.book(
            api,
            staff,
            "Salle Lumière",
            "Studio Kaolin",
            day.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")),
            1);

    WebDriver desk = browsers.open("fr-FR,fr");
    Browser.signIn(desk, base, "lumiere", "reception@lumiere.test");
    openVisitors(desk, day);
    assertTrue(
        desk.findElement(By.id("visitors:rows")).getText().contains("Aucun visiteur"),
        "no visitor yet");

    desk.findElement(By.id("visitors:fullName")).sendKeys("Inès Garnier");
    Browser.choose(desk, "visitors:hostId", "Léa Fontaine");
    Browser.click(desk, By.id("visitors:add"));
    Browser.await(
        desk,
        b ->
            b.findElements(By.cssSelector("[id='visitors'] .ui-message-error")).stream()
                    .anyMatch(m -> m.getText().contains("E-mail"))
                ? true
                : null);
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenant, "SELECT count(*) FROM visitor WHERE booking_id = ?", booking),
        "nothing written without an e-mail");

    desk.findElement(By.id("visitors:email"))
        .sendKeys("ines." + System.nanoTime() + "@visitor.test");
    Browser.click(desk, By.id("visitors:add"));
    Browser.await(
        desk,
        b -> {
          String listed = b.findElement(By.id("visitors:rows")).getText();
          return listed.contains("Inès Garnier") && listed.contains("Attendu") ? true : null;
        });
    assertTrue(
        desk.findElement(By.id("visitors")).getText().contains("Visiteur invité"),
        "the invitation is confirmed");

    // The built-in systems made the visitor's access with the invitation: the dialog shows it
    // reopened.
    Browser.await(
        desk,
        b -> {
          openVisitors(b, day);
          String listed = b.findElement(By.id("visitors:rows")).getText();
          return listed.contains("Portes · Actif") && listed.contains("Wi-Fi · Actif")
              ? true
              : null;
        });
  }

  @Test
  void aMemberInvitesAVisitorToTheirMeetingFromTheClientSpaceInEnglish() throws Exception {
    Api api = new Api(base.toURI());
    long tenant = Api.tenantId(api.token("lumiere", "admin@lumiere.test"));
    long room =
        TestDatabase.countFromClient(tenant, "SELECT id FROM space WHERE name = 'Salle Lumière'");
    LocalDate day = FreeDay.of(tenant, room);
    String title = "Pitch " + System.nanoTime();
    var booked =
        api.post(
            "api/bookings",
            api.token("lumiere", "admin@kaolin.test"),
            jakarta.json.Json.createObjectBuilder()
                .add("spaceId", room)
                .add(
                    "startsAt",
                    day.atTime(15, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toOffsetDateTime()
                        .toString())
                .add(
                    "endsAt",
                    day.atTime(16, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toOffsetDateTime()
                        .toString())
                .add("title", title)
                .build()
                .toString());
    assertEquals(201, booked.statusCode(), booked.body());

    WebDriver member = browsers.open("en-GB,en");
    Browser.signIn(member, base, "lumiere", "admin@kaolin.test");
    member.get(base + "portal/bookings.xhtml");
    WebElement row =
        Browser.await(
            member,
            b ->
                b.findElements(By.cssSelector("[id='mine:upcoming'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(title))
                    .findFirst()
                    .orElse(null));
    Browser.click(
        member, By.id(row.findElement(By.cssSelector("[id$=':visitors']")).getAttribute("id")));
    Browser.await(
        member, b -> b.findElement(By.id("visitors:fullName")).isDisplayed() ? true : null);
    assertTrue(
        member.findElements(By.id("visitors:hostId")).isEmpty(), "the member hosts their visitors");
    member.findElement(By.id("visitors:fullName")).sendKeys("Sam Porter");
    member
        .findElement(By.id("visitors:email"))
        .sendKeys("sam." + System.nanoTime() + "@visitor.test");
    Browser.click(member, By.id("visitors:add"));
    Browser.await(
        member,
        b -> {
          String listed = b.findElement(By.id("visitors:rows")).getText();
          return listed.contains("Sam Porter") && listed.contains("Expected") ? true : null;
        });
    assertTrue(member.findElement(By.id("visitors")).getText().contains("Visitor invited"));
  }

  /** The day's bookings at Paris, and the visitors of Studio Kaolin's 10 o'clock meeting. */
  private void openVisitors(WebDriver desk, LocalDate day) {
    desk.get(base + "bookings/list.xhtml?day=" + day);
    Browser.choose(desk, "bookings:centre", "PAR1");
    WebElement row =
        Browser.await(
            desk,
            b ->
                b.findElements(By.cssSelector("[id='bookings:table'] tbody tr")).stream()
                    .filter(
                        r -> r.getText().contains("Studio Kaolin") && r.getText().contains("10:00"))
                    .findFirst()
                    .orElse(null));
    Browser.click(
        desk, By.id(row.findElement(By.cssSelector("[id$=':visitors']")).getAttribute("id")));
    Browser.await(desk, b -> b.findElement(By.id("visitors:fullName")).isDisplayed() ? true : null);
  }
}
