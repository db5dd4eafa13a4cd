package io.atrium.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.FreshCompany;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Bookings → Credits in the browser: Ateliers Lumière's administrator, in French, grants a new
 * company ten hours at Paris, sees the pool listed, a refused adjustment named beside its field,
 * then takes one hour back with a reason and reads both movements in the ledger; the company's
 * contact sees the balance in the client space. Banyan's administrator, in English, sees none of
 * it, and a grant without its name is refused beside the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreditsBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aPoolIsGrantedAdjustedWithItsReasonAndSeenByTheClientButNotByAnotherTenant()
      throws Exception {
    Api api = new Api(base.toURI());
    String admin = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(admin);
    long paris = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'PAR1'");
    FreshCompany fresh = FreshCompany.at(api, admin, paris, "Navigateur");
    String name = fresh.name();
    String contact = fresh.contactEmail();
    String run = Long.toString(System.nanoTime(), 36);
    String label = "Heures " + run;

    WebDriver staff = browsers.open("fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "credits/list.xhtml?centre=" + paris);
    assertEquals("Crédits · Atrium", staff.getTitle());
    Browser.click(staff, By.id("credits:new"));
    Browser.await(staff, b -> b.findElement(By.id("grant:label")).isDisplayed() ? true : null);
    Browser.choose(staff, "grant:companyId", name);
    staff.findElement(By.id("grant:amount_input")).sendKeys("10");
    staff.findElement(By.id("grant:label")).sendKeys(label);
    Browser.click(staff, By.id("grant:save"));
    Browser.await(
        staff,
        b ->
            b.findElement(By.id("messages")).getText().contains("Crédits accordés.") ? true : null);
    WebElement row = row(staff, name);
    assertTrue(row.getText().contains(label), row.getText());
    assertTrue(row.getText().contains("10,00 h"), row.getText());

    row.findElement(By.cssSelector("[id$=':ledger']")).click();
    Browser.await(staff, b -> b.findElement(By.id("ledger:note")).isDisplayed() ? true : null);
    staff.findElement(By.id("ledger:amount_input")).sendKeys("-20");
    staff.findElement(By.id("ledger:note")).sendKeys("Erreur de saisie");
    Browser.click(staff, By.id("ledger:adjust"));
    String refused =
        Browser.await(
            staff,
            b -> {
              String text = b.findElement(By.cssSelector("[id='ledger'] .field")).getText();
              return text.contains("Le solde passerait sous zéro.") ? text : null;
            });
    assertTrue(refused.contains("Ajouter"), "the refusal sits beside its field: " + refused);
    staff.findElement(By.id("ledger:amount_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "-1");
    Browser.click(staff, By.id("ledger:adjust"));
    Browser.await(
        staff,
        b ->
            b.findElements(By.cssSelector("[id='ledger:entries'] tbody tr")).size() == 2
                ? true
                : null);
    String ledger = staff.findElement(By.id("ledger:entries")).getText();
    assertTrue(ledger.contains("Ajusté") && ledger.contains("Erreur de saisie"), ledger);
    assertTrue(ledger.contains("9,00"), ledger);
    assertTrue(row(staff, name).getText().contains("9,00 h"), "the list shows the new balance");

    // A booking of the company is paid from its 9 hours, and the day's list says so.
    LocalDate day =
        LocalDate.parse(
            TestDatabase.textFromClient(
                tenant,
                "SELECT min(d)::date::text FROM generate_series(current_date + 30, current_date +"
                    + " 600, interval '1 day') d WHERE extract(isodow FROM d) BETWEEN 1 AND 5 AND"
                    + " NOT EXISTS (SELECT 1 FROM booking b JOIN space s ON s.id = b.space_id WHERE"
                    + " s.name = 'Salle Lumière' AND (b.starts_at AT TIME ZONE"
                    + " 'Europe/Paris')::date = d::date) AND NOT EXISTS (SELECT 1 FROM"
                    + " centre_closure c WHERE c.day = d::date)"));
    long room =
        TestDatabase.countFromClient(
            tenant, "SELECT min(id) FROM space WHERE name = 'Salle Lumière'");
    var booked =
        api.post(
            "api/bookings",
            admin,
            "{\"spaceId\":"
                + room
                + ",\"companyId\":"
                + fresh.id()
                + ",\"startsAt\":\""
                + day.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime()
                + "\",\"endsAt\":\""
                + day.atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime()
                + "\",\"title\":\"Comité "
                + run
                + "\"}");
    assertEquals(201, booked.statusCode(), booked.body());
    staff.get(base + "bookings/list.xhtml?day=" + day);
    Browser.choose(staff, "bookings:centre", "PAR1");
    WebElement booking =
        Browser.await(
            staff,
            b ->
                b.findElements(By.cssSelector("[id='bookings:table'] tbody tr")).stream()
                    .filter(r -> r.getText().contains("Comité " + run))
                    .findFirst()
                    .orElse(null));
    assertTrue(booking.getText().contains("payé par les crédits (2,00)"), booking.getText());

    WebDriver client = browsers.open("fr-FR,fr");
    Browser.signIn(client, base, "lumiere", contact);
    client.get(base + "portal/bookings.xhtml");
    String credits = client.findElement(By.id("myCredits")).getText();
    assertTrue(credits.contains("Mes crédits") && credits.contains(label), credits);
    assertTrue(credits.contains("7,00 h"), credits);

    WebDriver other = browsers.open("en-GB,en");
    Browser.signIn(other, base, "banyan", "admin@banyan.test");
    other.get(base + "credits/list.xhtml");
    assertEquals("Credits · Atrium", other.getTitle());
    assertFalse(other.getPageSource().contains(label), "another tenant's pool never shows");
    Browser.click(other, By.id("credits:new"));
    Browser.await(other, b -> b.findElement(By.id("grant:label")).isDisplayed() ? true : null);
    assertFalse(
        other.findElement(By.id("grant:companyId_panel")).getAttribute("innerHTML").contains(name),
        "nor its companies");
    other.findElement(By.id("grant:amount_input")).sendKeys("5");
    Browser.click(other, By.id("grant:save"));
    Browser.await(
        other,
        b -> b.findElement(By.id("grant")).getText().contains("Name these credits") ? true : null);
  }

  private static WebElement row(WebDriver browser, String text) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector("[id='credits:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElse(null));
  }
}
