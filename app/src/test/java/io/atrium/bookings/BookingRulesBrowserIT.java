package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import java.net.URL;
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
 * Bookings → Booking rules in Chromium: the Indian operator's administrator sets Gurugram's default
 * rules (30 minutes at least, on half hours) and sees them in force for its rooms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingRulesBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aCentresDefaultRulesAreSavedAndInForce() {
    WebDriver admin = browsers.open("en-GB,en");
    Browser.signIn(admin, base, "banyan", "admin@banyan.test");
    admin.get(base + "bookings/list.xhtml");
    admin.findElement(By.id("bookings:rulesLink")).click();
    Browser.await(admin, b -> b.getTitle().equals("Booking rules · Atrium") ? true : null);
    long tenant =
        io.atrium.testing.Api.tenantId(
            new io.atrium.testing.Api(java.net.URI.create(base.toString()))
                .token("banyan", "admin@banyan.test"));
    long gurugram =
        io.atrium.testing.TestDatabase.countFromClient(
            tenant, "SELECT id FROM centre WHERE code = 'GGN1'");
    admin.get(base + "bookings/rules.xhtml?centre=" + gurugram);
    Browser.await(
        admin,
        b -> b.findElement(By.id("rules:centre_label")).getText().startsWith("GGN1") ? true : null);
    centreRow(admin).findElement(By.cssSelector("[id$=':edit']")).click();
    Browser.await(admin, b -> b.findElement(By.id("ruleDialog")).isDisplayed() ? true : null);
    type(admin, "rule:minMinutes_input", "30");
    type(admin, "rule:granularityMinutes_input", "30");
    type(admin, "rule:lateCancelFeePercent_input", "12.5");
    admin.findElement(By.id("rule:save")).click();
    Browser.await(
        admin,
        b ->
            b.findElement(By.id("messages")).getText().contains("Booking rules saved.")
                ? true
                : null);
    WebElement saved = centreRow(admin);
    assertTrue(
        saved.getText().matches("(?s).*Centre defaults\\s+30\\s+1440\\s+30.*"), saved.getText());
    // As the page's other numbers: 12.5, not the stored 12.50.
    assertTrue(saved.getText().matches("(?s).*\\s12\\.5\\s.*"), saved.getText());
  }

  private static WebElement centreRow(WebDriver browser) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector("[id='rules:table'] tbody tr")).stream()
                .filter(r -> r.getText().startsWith("Centre defaults"))
                .findFirst()
                .orElse(null));
  }

  private static void type(WebDriver browser, String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }
}
