package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * Bookings → Booking rules → the days the centre is closed, in French: Ateliers Lumière's
 * administrator closes Paris on a day of works, sees it listed, and opens it again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CentreClosuresBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aDayOfWorksIsClosedListedAndOpenedAgainInFrench() throws Exception {
    long tenant = Api.tenantId(new Api(base.toURI()).token("lumiere", "admin@lumiere.test"));
    long paris = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'PAR1'");
    LocalDate day = LocalDate.now().plusDays(30 + ThreadLocalRandom.current().nextInt(600));
    String why = "Travaux " + System.nanoTime();

    WebDriver staff = browsers.open("fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "admin@lumiere.test");
    staff.get(base + "bookings/rules.xhtml?centre=" + paris);
    WebElement input = staff.findElement(By.id("closure:day_input"));
    input.sendKeys(
        Keys.chord(Keys.CONTROL, "a"), day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    input.sendKeys(Keys.ESCAPE);
    staff.findElement(By.id("closure:label")).sendKeys(why);
    Browser.click(staff, By.id("closure:add"));
    Browser.await(
        staff,
        b ->
            b.findElement(By.id("messages")).getText().contains("Le centre est fermé ce jour-là.")
                ? true
                : null);
    WebElement row = row(staff, why);
    assertTrue(row.getText().contains(Integer.toString(day.getYear())), row.getText());

    row.findElement(By.cssSelector("[id$=':reopen']")).click();
    Browser.await(
        staff,
        b ->
            b.findElement(By.id("messages")).getText().contains("de nouveau ouvert") ? true : null);
    assertTrue(
        staff.findElements(By.cssSelector("[id='rules:closures'] tbody tr")).stream()
            .noneMatch(r -> r.getText().contains(why)),
        "opened again");
  }

  private static WebElement row(WebDriver browser, String text) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector("[id='rules:closures'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElse(null));
  }
}
