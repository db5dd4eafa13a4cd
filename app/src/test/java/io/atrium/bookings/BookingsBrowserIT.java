package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import java.net.URL;
import java.time.LocalDate;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Bookings → Meeting rooms in Chromium: the French operator's administrator books Salle Lumière for
 * Studio Kaolin, is told the slot is taken when asking for an overlapping time, and cancels the
 * booking; the Indian operator's administrator, in English, books Neem for Chai Labs. Each run
 * takes a Monday of its own, far ahead (the rooms open Monday to Friday).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingsBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private static final LocalDate DAY =
      LocalDate.of(2045, 1, 2).plusWeeks(ThreadLocalRandom.current().nextInt(500));

  @Test
  void aRoomIsBookedAnOverlapIsRefusedInFrenchAndTheBookingIsCancelled() throws Exception {
    WebDriver staff = browsers.open("fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "bookings/list.xhtml?day=" + DAY);
    assertEquals("Salles de réunion et bureaux · Atrium", staff.getTitle());
    Browser.choose(staff, "bookings:centre", "PAR1");

    book(staff, "Salle Lumière", "Studio Kaolin", "C-", "10:00", "11:00", "Comité de rédaction");
    Browser.await(staff, b -> messages(b).contains("Réservation confirmée.") ? true : null);
    WebElement row = row(staff, "Comité de rédaction");
    assertTrue(row.getText().contains("10:00 – 11:00"), row.getText());
    assertTrue(row.getText().contains("Studio Kaolin"), row.getText());
    assertTrue(row.getText().contains("Confirmée"), row.getText());
    long tenant =
        io.atrium.testing.Api.tenantId(
            new io.atrium.testing.Api(base.toURI()).token("lumiere", "admin@lumiere.test"));
    assertEquals(
        1,
        io.atrium.testing.TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM booking b JOIN consumption c ON c.id = b.consumption_id JOIN"
                + " contract k ON k.id = b.contract_id AND k.id = c.contract_id WHERE b.title ="
                + " 'Comité de rédaction' AND (b.starts_at AT TIME ZONE 'Europe/Paris')::date = ?",
            DAY),
        "billed with Studio Kaolin's contract chosen in the dialog");

    book(staff, "Salle Lumière", "Studio Kaolin", null, "10:30", "11:30", "Point d'équipe");
    String refused =
        Browser.await(
            staff,
            b -> {
              String text = b.findElement(By.id("booking:bookingMessages")).getText();
              return text.contains("déjà réservé") ? text : null;
            });
    assertTrue(refused.contains(DAY + "T10:00"), "the taken slot, on Paris's clock: " + refused);
    assertTrue(staff.findElement(By.id("bookingDialog")).isDisplayed(), "the dialog stays open");
    staff.findElement(By.id("booking:close")).click();

    Browser.click(staff, By.cssSelector("[id='bookings:table'] tbody tr .ui-button-danger"));
    Browser.await(
            staff,
            b ->
                b.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null))
        .click();
    Browser.await(staff, b -> messages(b).contains("Réservation annulée.") ? true : null);
    assertTrue(row(staff, "Comité de rédaction").getText().contains("Annulée"));
  }

  @Test
  void neemIsBookedInEnglish() {
    WebDriver staff = browsers.open("en-GB,en");
    Browser.signIn(staff, base, "banyan", "admin@banyan.test");
    staff.get(base + "bookings/list.xhtml?day=" + DAY);
    assertEquals("Meeting rooms and desks · Atrium", staff.getTitle());
    Browser.choose(staff, "bookings:centre", "BLR1");
    book(staff, "Neem", "Chai Labs", null, "15:00", "16:30", "Sprint review");
    Browser.await(staff, b -> messages(b).contains("Booking confirmed.") ? true : null);
    WebElement row = row(staff, "Sprint review");
    assertTrue(row.getText().contains("15:00 – 16:30"), row.getText());
    assertTrue(row.getText().contains("Confirmed"), row.getText());
  }

  /** Books through the dialog; {@code contract}: the start of the contract it is billed with. */
  private static void book(
      WebDriver staff,
      String space,
      String client,
      String contract,
      String from,
      String to,
      String title) {
    Browser.click(staff, By.id("bookings:new"));
    Browser.await(staff, b -> b.findElement(By.id("bookingDialog")).isDisplayed() ? true : null);
    Browser.choose(staff, "booking:spaceId", space);
    Browser.choose(staff, "booking:companyId", client);
    if (contract != null) {
      Browser.choose(staff, "booking:contractId", contract);
    }
    Browser.choose(staff, "booking:startsAt", from);
    Browser.choose(staff, "booking:endsAt", to);
    WebElement guests = staff.findElement(By.id("booking:guests_input"));
    guests.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
    staff.findElement(By.id("booking:title")).sendKeys(title);
    staff.findElement(By.id("booking:save")).click();
  }

  private static WebElement row(WebDriver staff, String title) {
    return Browser.await(
        staff,
        b ->
            b.findElements(By.cssSelector("[id='bookings:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElse(null));
  }

  private static String messages(WebDriver browser) {
    return browser.findElement(By.id("messages")).getText();
  }
}
