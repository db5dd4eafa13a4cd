package io.atrium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.DemoBookings;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Front desk → Access cards in Chromium: the Indian operator's administrator, in English, imports
 * RFID cards into BLR1, gives two to Chai Labs and gives one of them to a member; the French
 * operator's administrator uploads a file with wrong lines and is told each one, in French, with
 * nothing imported. Each run uses card numbers of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardsBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private final String prefix =
      Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));

  @Test
  void cardsAreImportedGivenToAClientAndToOneOfItsMembersInEnglish() {
    WebDriver staff = browsers.open("en-GB,en");
    Browser.signIn(staff, base, "banyan", "admin@banyan.test");
    staff.get(base + "access/cards.xhtml");
    assertEquals("Access cards · Atrium", staff.getTitle());
    Browser.choose(staff, "cards:centre", "BLR1");

    upload(
        staff,
        "importForm",
        "card number,facility code\n" + prefix + "1,7\n" + prefix + "2,7\n" + prefix + "3,7\n");
    Browser.await(staff, b -> messages(b).contains("3 cards imported") ? true : null);
    search(staff);
    assertTrue(row(staff, prefix + "1").getText().contains("Available"));

    Browser.choose(staff, "distributeForm:companyId", "Chai Labs");
    upload(staff, "distributeForm", prefix + "1\n" + prefix + "2\n");
    Browser.await(staff, b -> messages(b).contains("2 cards given to the company") ? true : null);
    search(staff);
    assertTrue(row(staff, prefix + "2").getText().contains("Given to a company"));
    assertTrue(row(staff, prefix + "2").getText().contains("Chai Labs"));

    clickIn(staff, prefix + "2", "[id$=':assign']");
    Browser.await(staff, b -> b.findElement(By.id("assignDialog")).isDisplayed() ? true : null);
    String member = firstMember(staff);
    Browser.choose(staff, "assignForm:memberId", member);
    staff.findElement(By.id("assignForm:save")).click();
    Browser.await(
        staff, b -> messages(b).contains("The card is given to the member.") ? true : null);
    WebElement given = row(staff, prefix + "2");
    assertTrue(given.getText().contains("Given to a person"), given.getText());
    assertTrue(given.getText().contains(member), given.getText());

    // The door controller knows the card as the member's credential: the provisioning log says so.
    staff.get(base + "access/provisioning.xhtml");
    Object blr =
        ((org.openqa.selenium.JavascriptExecutor) staff)
            .executeScript(
                "return [...document.querySelectorAll(\"[id='grants:centre_input'] option\")]"
                    + ".find(o => o.text.startsWith('BLR1')).value");
    String log = base + "access/provisioning.xhtml?centre=" + blr;
    staff.get(log);
    Browser.await(
        staff,
        b -> {
          boolean shown =
              b.findElements(By.cssSelector("[id='grants:table'] tbody tr")).stream()
                  .map(WebElement::getText)
                  .anyMatch(
                      r ->
                          r.contains("Card " + prefix + "2")
                              && r.contains(member)
                              && r.contains("Active"));
          if (!shown) {
            b.get(log); // the log may have been drawn before the card was given
          }
          return shown ? true : null;
        });
  }

  @Test
  void aTemporaryCardIsLentForTomorrowsBookingAndTakenBackInEnglish() throws Exception {
    Api api = new Api(base.toURI());
    String token = api.token("banyan", "admin@banyan.test");
    long tenant = Api.tenantId(token);
    // Tomorrow (or the day after, when tomorrow is a Sunday) 10:00 in Bangalore: Neem is open.
    ZoneId kolkata = ZoneId.of("Asia/Kolkata");
    LocalDate day = LocalDate.now(kolkata).plusDays(1);
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    ZonedDateTime start =
        day.atTime(10 + ThreadLocalRandom.current().nextInt(10), 0).atZone(kolkata);
    var booked =
        DemoBookings.post(
            api,
            token,
            DemoBookings.form(tenant, "Neem", "Chai Labs", start, 1).add("title", "Card loan"));
    assertTrue(
        booked.statusCode() == 201 || booked.statusCode() == 409,
        "booked, or the slot is another run's: " + booked.body());

    WebDriver staff = browsers.open("en-GB,en");
    Browser.signIn(staff, base, "banyan", "admin@banyan.test");
    staff.get(base + "access/cards.xhtml");
    Browser.choose(staff, "cards:centre", "BLR1");
    upload(staff, "importForm", "card number,type\n" + prefix + "5,temporary\n");
    Browser.await(staff, b -> messages(b).contains("1 cards imported") ? true : null);
    search(staff);

    clickIn(staff, prefix + "5", "[id$=':lend']");
    Browser.await(staff, b -> b.findElement(By.id("lendDialog")).isDisplayed() ? true : null);
    Browser.choose(staff, "lendForm:bookingId", "Neem · Chai Labs");
    staff.findElement(By.id("lendForm:save")).click();
    Browser.await(
        staff,
        b ->
            messages(b).contains("The card is lent until the booking's or the day pass's end.")
                ? true
                : null);
    WebElement lent = row(staff, prefix + "5");
    assertTrue(lent.getText().contains("Lent"), lent.getText());
    assertTrue(lent.getText().contains("Chai Labs"), lent.getText());

    clickIn(staff, prefix + "5", "[id$=':takeBack']");
    Browser.await(staff, b -> messages(b).contains("The card is back: available.") ? true : null);
    assertTrue(row(staff, prefix + "5").getText().contains("Available"));
  }

  @Test
  void theClientsAdministratorGivesACardToAnEmployeeInTheClientSpaceInFrench() throws Exception {
    Api api = new Api(base.toURI());
    String token = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(token);
    long paris = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'PAR1'");
    long kaolin =
        TestDatabase.countFromClient(tenant, "SELECT id FROM company WHERE name = 'Studio Kaolin'");
    assertEquals(
        201,
        api.upload(
                "api/cards/import?centre=" + paris,
                token,
                "text/csv",
                ("card number\n" + prefix + "8\n").getBytes(StandardCharsets.UTF_8))
            .statusCode());
    assertEquals(
        200,
        api.post(
                "api/cards/distribute",
                token,
                "{\"companyId\":" + kaolin + ",\"numbers\":[\"" + prefix + "8\"]}")
            .statusCode());

    WebDriver admin = browsers.open("fr-FR,fr");
    Browser.signIn(admin, base, "lumiere", "admin@kaolin.test");
    admin.get(base + "portal/cards.xhtml");
    assertEquals("Cartes d’accès · Atrium", admin.getTitle());
    WebElement card = portalRow(admin, prefix + "8");
    assertTrue(card.getText().contains("Remise à une entreprise"), card.getText());
    clickIn(admin, prefix + "8", "[id$=':assign']");
    Browser.await(admin, b -> b.findElement(By.id("assignDialog")).isDisplayed() ? true : null);
    Browser.choose(admin, "assignForm:memberId", "Chloé Bernard");
    admin.findElement(By.id("assignForm:save")).click();
    Browser.await(admin, b -> messages(b).contains("La carte est remise au membre.") ? true : null);
    WebElement given = portalRow(admin, prefix + "8");
    assertTrue(given.getText().contains("Chloé Bernard"), given.getText());
    assertTrue(given.getText().contains("Remise à une personne"), given.getText());
  }

  private static WebElement portalRow(WebDriver browser, String number) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector("[id='cards:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(number))
                .findFirst()
                .orElse(null));
  }

  @Test
  void aWrongFileIsRefusedLineByLineInFrenchAndNothingIsImported() {
    WebDriver staff = browsers.open("fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "access/cards.xhtml");
    assertEquals("Cartes d’accès · Atrium", staff.getTitle());

    upload(
        staff,
        "importForm",
        "numéro de carte;type\n"
            + prefix
            + "1;permanente\n12AB;permanente\n"
            + prefix
            + "1;rouge\n");
    String errors =
        Browser.await(
            staff,
            b ->
                b.findElements(By.id("importErrors")).isEmpty()
                    ? null
                    : b.findElement(By.id("importErrors")).getText().replace('\u00a0', ' '));
    assertTrue(
        errors.contains(
            "Ligne 3 – numéro de carte : Un numéro de carte compte de 1 à 20" + " chiffres."),
        errors);
    assertTrue(errors.contains("Ligne 4 – type : Type inconnu"), errors);
    assertTrue(messages(staff).contains("Rien n’a été enregistré."), messages(staff));
    assertTrue(messages(staff).contains("2 lignes fausses"), messages(staff));
    search(staff);
    assertTrue(
        staff.findElement(By.id("cards:count")).getText().contains("Aucune carte"),
        "nothing of the file was imported");
  }

  private void search(WebDriver staff) {
    WebElement number = staff.findElement(By.id("cards:number"));
    number.clear();
    number.sendKeys(prefix);
    Browser.await(
        staff,
        b ->
            b.findElements(By.cssSelector("[id='cards:table'] tbody tr")).stream()
                    .allMatch(
                        r ->
                            r.getText().contains(prefix)
                                || r.getText().contains("Aucune")
                                || r.getText().contains("No card"))
                ? true
                : null);
  }

  private static String firstMember(WebDriver staff) {
    return Browser.await(
        staff,
        b ->
            b.findElements(By.cssSelector("[id='assignForm:memberId_input'] option")).stream()
                .map(o -> o.getAttribute("textContent"))
                .filter(t -> !t.isBlank() && !t.startsWith("Choose"))
                .findFirst()
                .orElse(null));
  }

  /** Uploads the text as the form's CSV file and waits for the page that answers. */
  private static void upload(WebDriver browser, String form, String csv) {
    try {
      Path file = Files.createTempFile("cards", ".csv");
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      browser
          .findElement(By.cssSelector("#" + form + " input[type='file']"))
          .sendKeys(file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WebElement button = browser.findElement(By.cssSelector("#" + form + " button[type='submit']"));
    button.click();
    Browser.await(
        browser,
        b -> {
          try {
            button.isDisplayed();
            return null; // still the page before the upload
          } catch (StaleElementReferenceException replaced) {
            return true;
          }
        });
  }

  /** Clicks the control of the card's row, finding the row again if a refresh replaced it. */
  private static void clickIn(WebDriver browser, String number, String css) {
    Browser.await(
        browser,
        b -> {
          try {
            row(b, number).findElement(By.cssSelector(css)).click();
            return true;
          } catch (StaleElementReferenceException replaced) {
            return null;
          }
        });
  }

  private static WebElement row(WebDriver staff, String number) {
    return Browser.await(
        staff,
        b ->
            b.findElements(By.cssSelector("[id='cards:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(number))
                .findFirst()
                .orElse(null));
  }

  private static String messages(WebDriver browser) {
    return browser.findElement(By.id("messages")).getText();
  }
}
