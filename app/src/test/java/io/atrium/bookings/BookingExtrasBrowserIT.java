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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The day's bookings → Extras, in French: the receptionist adds two barista coffees to Studio
 * Kaolin's meeting, sees them priced in the dialog, then takes them off again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingExtrasBrowserIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void twoCoffeesAreAddedToAMeetingAndTakenOffInFrench() throws Exception {
    Api api = new Api(base.toURI());
    String staff = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(staff);
    long room =
        TestDatabase.countFromClient(
            tenant, "SELECT min(id) FROM space WHERE name = 'Salle Lumière'");
    LocalDate day = io.atrium.testing.FreeDay.of(tenant, room);
    String title = "Atelier " + System.nanoTime();
    var booked =
        api.post(
            "api/bookings",
            staff,
            Json.createObjectBuilder()
                .add("spaceId", room)
                .add(
                    "companyId",
                    TestDatabase.countFromClient(
                        tenant, "SELECT id FROM company WHERE name = 'Studio Kaolin'"))
                .add(
                    "startsAt",
                    ZonedDateTime.of(day.atTime(14, 0), PARIS).toOffsetDateTime().toString())
                .add(
                    "endsAt",
                    ZonedDateTime.of(day.atTime(15, 0), PARIS).toOffsetDateTime().toString())
                .add("title", title)
                .build()
                .toString());
    assertEquals(201, booked.statusCode(), booked.body());

    WebDriver desk = browsers.open("fr-FR,fr");
    Browser.signIn(desk, base, "lumiere", "reception@lumiere.test");
    desk.get(base + "bookings/list.xhtml?day=" + day);
    Browser.choose(desk, "bookings:centre", "PAR1");
    WebElement row = row(desk, title);
    Browser.click(
        desk, By.id(row.findElement(By.cssSelector("[id$=':extras']")).getAttribute("id")));
    Browser.await(
        desk, b -> b.findElement(By.id("extras:quantity_input")).isDisplayed() ? true : null);
    Browser.choose(desk, "extras:itemId", "Café barista");
    desk.findElement(By.id("extras:quantity_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
    Browser.click(desk, By.id("extras:add"));
    String listed =
        Browser.await(
            desk,
            b -> {
              String text = b.findElement(By.id("extras:rows")).getText();
              return text.contains("Café barista") ? text : null;
            });
    assertTrue(listed.contains("EUR"), "priced from the catalogue: " + listed);
    assertTrue(
        desk.findElement(By.id("messages")).getText().contains("Ajouté à la réservation")
            || desk.findElement(By.id("extras")).getText().contains("Ajouté à la réservation"),
        "the addition is confirmed");

    Browser.click(desk, By.cssSelector("[id='extras:rows'] [id$=':remove']"));
    Browser.await(
        desk,
        b ->
            b.findElement(By.id("extras:rows")).getText().contains("Rien de consommé")
                ? true
                : null);
  }

  private static WebElement row(WebDriver browser, String title) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector("[id='bookings:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElse(null));
  }
}
