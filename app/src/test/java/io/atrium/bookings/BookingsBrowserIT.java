package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.format.Formats;
import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Bookings → Meeting rooms in Chromium: the French operator's administrator books Salle Lumière for
 * Studio Kaolin, is told the slot is taken when asking for an overlapping time, and cancels the
 * booking; the Indian operator's administrator, in English, books Neem for Chai Labs. The overview
 * (001 §9) lists a two-day period of one space, each row with its day, exports exactly those rows
 * as CSV in the page's language, and gives a confirmed booking its door and Wi-Fi access (000
 * workflow 3 step 4); a community manager of Paris alone reaches none of Lyon's bookings, by the
 * page or the API. Each run takes a Monday of its own, far ahead (the rooms open Monday to Friday).
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

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The days as the French page and its CSV write them. */
  private static final Formats FRENCH = Formats.of(Locale.FRENCH, "FR");

  @Test
  void aTwoDayPeriodOfOneSpaceIsListedExportedAndGivenAccess() throws Exception {
    Api api = new Api(base.toURI());
    String admin = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(admin);
    String nonce = Long.toString(System.nanoTime(), 36);
    String first = "Revue lundi " + nonce;
    String second = "Revue mardi " + nonce;
    String elsewhere = "Atelier Verrière " + nonce;
    long monday = book(api, admin, tenant, "Salle Lumière", DAY, 16, first);
    book(api, admin, tenant, "Salle Lumière", DAY.plusDays(1), 16, second);
    book(api, admin, tenant, "Verrière", DAY, 16, elsewhere);

    ChromeDriver staff = (ChromeDriver) browsers.open("fr-FR,fr");
    Path downloads = Files.createTempDirectory("atrium-bookings-");
    staff.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "bookings/list.xhtml?day=" + DAY);
    Browser.choose(staff, "bookings:centre", "PAR1");
    Browser.await(
        staff, b -> table(b).contains(first) && table(b).contains(elsewhere) ? true : null);
    Browser.choose(staff, "bookings:space", "Salle Lumière");
    Browser.await(staff, b -> table(b).contains(elsewhere) ? null : true);
    typeDay(staff, "bookings:to_input", DAY.plusDays(1));
    Browser.await(staff, b -> table(b).contains(second) ? true : null);
    String listed = table(staff);
    assertTrue(listed.contains(first), listed);
    assertFalse(listed.contains(elsewhere), "only Salle Lumière's: " + listed);
    WebElement tuesday = row(staff, second);
    assertTrue(tuesday.getText().contains(FRENCH.date(DAY.plusDays(1))), tuesday.getText());
    assertTrue(tuesday.getText().contains("16:00 – 17:00"), "Paris's clock: " + tuesday.getText());

    // A last day before the first is refused beside the field.
    typeDay(staff, "bookings:to_input", DAY.minusDays(1));
    Browser.await(
        staff,
        b -> {
          try {
            return b.findElement(By.id("bookings"))
                    .getText()
                    .contains("Le dernier jour vient avant le premier.")
                ? true
                : null;
          } catch (StaleElementReferenceException redrawn) {
            return null;
          }
        });
    assertFalse(table(staff).contains(first), "nothing listed for a refused period");
    typeDay(staff, "bookings:to_input", DAY.plusDays(1));
    Browser.await(staff, b -> table(b).contains(second) ? true : null);

    staff.findElement(By.id("bookings:export")).click();
    Path file = downloads.resolve("bookings.csv");
    String csv =
        Browser.await(
            staff,
            b -> {
              try {
                return Files.isRegularFile(file) && Files.size(file) > 0
                    ? Files.readString(file, StandardCharsets.UTF_8)
                    : null;
              } catch (java.io.IOException notYet) {
                return null;
              }
            });
    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    assertTrue(lines.get(0).contains("Jour") && lines.get(0).contains("Espace"), lines.get(0));
    assertEquals(3, lines.size(), "the header and the two rows listed: " + csv);
    assertTrue(lines.get(1).contains(first) && lines.get(1).contains(FRENCH.date(DAY)), csv);
    assertTrue(lines.get(1).contains("16:00") && lines.get(1).contains("Confirmée"), csv);
    assertTrue(lines.get(2).contains(second), csv);
    assertFalse(csv.contains(elsewhere), csv);

    // Give Access on Monday's booking, whose grants a door system outage left to do.
    TestDatabase.updateFromClient(
        tenant,
        "UPDATE access_grant SET status = 'PENDING', attempts = 0 WHERE booking_id = ?",
        monday);
    Browser.await(
        staff,
        b -> {
          try {
            row(b, first).findElement(By.cssSelector("[id$=':give']")).click();
            return true;
          } catch (StaleElementReferenceException redrawn) {
            return null;
          }
        });
    String given =
        Browser.await(
            staff,
            b -> {
              String text = messages(b);
              return text.contains("Portes pour Studio Kaolin : accès donné")
                      && text.contains("Wi-Fi pour Studio Kaolin : accès donné")
                  ? text
                  : null;
            });
    assertFalse(given.contains("non donné"), given);
    assertEquals(
        2,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM access_grant WHERE booking_id = ? AND status = 'ACTIVE'",
            monday),
        "door and Wi-Fi active");
    assertEquals(
        2,
        TestDatabase.countFromClient(
            tenant, "SELECT count(*) FROM access_grant WHERE booking_id = ?", monday),
        "never a second credential");
  }

  @Test
  void aCommunityManagerOfParisReachesNoneOfLyonsBookings() throws Exception {
    Api api = new Api(base.toURI());
    String admin = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(admin);
    long lyon = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'LYO1'");
    long rhone =
        TestDatabase.countFromClient(tenant, "SELECT id FROM space WHERE name = 'Salle Rhône'");
    String lyons = "Réunion Lyon " + Long.toString(System.nanoTime(), 36);
    // Written as SQL: Salle Rhône's rules (BookingRulesIT) refuse a booking this far ahead.
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO booking (tenant_id, id, centre_id, space_id, company_id, starts_at, ends_at,"
            + " title) SELECT ?, nextval('atrium_id_seq'), ?, ?, c.id, ?, ? , ? FROM company c"
            + " WHERE c.name = 'Studio Kaolin'",
        tenant,
        lyon,
        rhone,
        at(DAY, 16),
        at(DAY, 17),
        lyons);
    String window = "&from=" + at(DAY, 0).toInstant() + "&to=" + at(DAY, 24).toInstant();
    assertTrue(
        api.get("api/bookings/export?centre=" + lyon + window, admin).body().contains(lyons),
        "Lyon's booking is there for who may see Lyon");

    String cm = api.token("lumiere", "cm@lumiere.test");
    assertEquals(404, api.get("api/bookings/export?centre=" + lyon + window, cm).statusCode());
    assertEquals(404, api.get("api/bookings/export?space=" + rhone + window, cm).statusCode());
    assertEquals(404, api.get("api/bookings?centre=" + lyon + window, cm).statusCode());
    assertEquals(404, api.get("api/bookings?space=" + rhone + window, cm).statusCode());
    var all = api.get("api/bookings/export?" + window.substring(1), cm);
    assertEquals(200, all.statusCode(), all.body());
    assertFalse(all.body().contains(lyons), all.body());

    ChromeDriver browser = (ChromeDriver) browsers.open("fr-FR,fr");
    Path downloads = Files.createTempDirectory("atrium-bookings-");
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    Browser.signIn(browser, base, "lumiere", "cm@lumiere.test");
    browser.get(base + "bookings/list.xhtml?day=" + DAY);
    Browser.await(browser, b -> b.findElements(By.id("bookings:export")).isEmpty() ? null : true);
    for (String[] tampered :
        List.of(
            new String[] {"bookings:centre_input", Long.toString(lyon)},
            new String[] {"bookings:space_input", Long.toString(rhone)})) {
      WebElement export = browser.findElement(By.id("bookings:export"));
      browser.executeScript(
          "var select = document.getElementById(arguments[0]);"
              + " var option = document.createElement('option');"
              + " option.value = arguments[1]; select.appendChild(option);"
              + " select.value = arguments[1];",
          tampered[0],
          tampered[1]);
      export.click();
      Browser.await(
          browser,
          b -> {
            try {
              export.isDisplayed();
              return null; // still the page before the export
            } catch (StaleElementReferenceException answered) {
              return true;
            }
          });
      assertFalse(table(browser).contains(lyons), tampered[0]);
      try (var files = Files.list(downloads)) {
        assertEquals(List.of(), files.toList(), "no CSV for " + tampered[0]);
      }
    }
  }

  /** Books through the API at Paris's hour on the day, for Studio Kaolin; answers its id. */
  private static long book(
      Api api, String token, long tenant, String space, LocalDate day, int hour, String title) {
    long spaceId =
        TestDatabase.countFromClient(tenant, "SELECT id FROM space WHERE name = ?", space);
    long kaolin =
        TestDatabase.countFromClient(tenant, "SELECT id FROM company WHERE name = 'Studio Kaolin'");
    var booked =
        api.post(
            "api/bookings",
            token,
            "{\"spaceId\":"
                + spaceId
                + ",\"companyId\":"
                + kaolin
                + ",\"startsAt\":\""
                + at(day, hour)
                + "\",\"endsAt\":\""
                + at(day, hour + 1)
                + "\",\"guests\":2,\"title\":\""
                + title
                + "\"}");
    assertEquals(201, booked.statusCode(), booked.body());
    return Api.json(booked).getJsonNumber("id").longValue();
  }

  private static OffsetDateTime at(LocalDate day, int hour) {
    return day.atStartOfDay(PARIS).plusHours(hour).toOffsetDateTime();
  }

  /** Types a day in the date field, as a person would, and leaves it. */
  private static void typeDay(WebDriver browser, String id, LocalDate day) {
    WebElement input = browser.findElement(By.id(id));
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = '';", input);
    input.sendKeys(day.format(TYPED), Keys.TAB);
  }

  private static String table(WebDriver browser) {
    try {
      return browser.findElement(By.id("bookings:table")).getText();
    } catch (StaleElementReferenceException redrawn) {
      return "";
    }
  }

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
  void aLateCancellationSaysItsFeeBeforeAndAfterInFrench() throws Exception {
    Api api = new Api(base.toURI());
    String admin = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(admin);
    long lyon = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'LYO1'");
    long rhone =
        TestDatabase.countFromClient(tenant, "SELECT id FROM space WHERE name = 'Salle Rhône'");
    // BookingRulesIT's rule for the room: half its price when cancelled within 720 hours.
    var rule =
        api.put(
            "api/booking-rules",
            admin,
            "{\"centreId\":"
                + lyon
                + ",\"spaceId\":"
                + rhone
                + ",\"bufferMinutes\":15,\"maxDaysAhead\":60,\"cancelWindowHours\":720,"
                + "\"lateCancelFeePercent\":50,\"weeklyQuotaHours\":2}");
    assertEquals(200, rule.statusCode(), rule.body());
    // Four weeks ahead: inside the 720 hours, after BookingRulesIT's weeks; a weekday, when the
    // room opens; for Nordlys Conseil, whose week BookingRulesIT's quota does not fill.
    LocalDate day = LocalDate.now(PARIS).plusDays(28);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.minusDays(1);
    }
    String title = "Atelier tardif " + System.nanoTime();
    var booked =
        api.post(
            "api/bookings",
            admin,
            "{\"spaceId\":"
                + rhone
                + ",\"companyId\":"
                + TestDatabase.countFromClient(
                    tenant, "SELECT id FROM company WHERE name = 'Nordlys Conseil'")
                + ",\"startsAt\":\""
                + at(day, 15)
                + "\",\"endsAt\":\""
                + at(day, 16)
                + "\",\"guests\":2,\"title\":\""
                + title
                + "\"}");
    assertEquals(201, booked.statusCode(), booked.body());
    long id = Api.json(booked).getJsonNumber("id").longValue();

    WebDriver staff = browsers.open("fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "bookings/list.xhtml?day=" + day);
    Browser.choose(staff, "bookings:centre", "LYO1");
    row(staff, title).findElement(By.cssSelector(".ui-button-danger")).click();
    WebElement confirm =
        Browser.await(
            staff,
            b ->
                b.findElements(By.cssSelector(".ui-confirm-dialog-message")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    assertEquals(
        "Annuler cette réservation ? Le créneau redevient libre. Elle est dans son délai"
            + " d’annulation tardive : des frais de 17,50 EUR (50 % de son prix) seront facturés.",
        confirm.getText());
    staff.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElseThrow()
        .click();
    Browser.await(
        staff,
        b ->
            messages(b)
                    .contains(
                        "Réservation annulée. Frais d’annulation tardive facturés : 17,50 EUR.")
                ? true
                : null);
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM booking b JOIN consumption c ON c.id = b.late_fee_consumption_id"
                + " WHERE b.id = ? AND c.unit_price = 17.50",
            id),
        "the fee said is the fee billed");
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
