package io.atrium.daypasses;

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
import java.time.format.DateTimeFormatter;
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
 * The client space's day passes, in French: a company's administrator buys a day pass at Paris,
 * billed with the month, and finds it among their passes to come.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberDayPassBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void anAdministratorBuysADayPassBilledWithTheMonthInFrench() throws Exception {
    Api api = new Api(base.toURI());
    String staff = api.token("lumiere", "admin@lumiere.test");
    long paris =
        TestDatabase.countFromClient(
            Api.tenantId(staff), "SELECT id FROM centre WHERE code = 'PAR1'");
    FreshCompany company = FreshCompany.at(api, staff, paris, "Portail");
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(9);

    WebDriver member = browsers.open("fr-FR,fr");
    Browser.signIn(member, base, "lumiere", company.contactEmail());
    member.get(base + "portal/bookings.xhtml");
    WebElement input = member.findElement(By.id("pass:day_input"));
    input.sendKeys(
        Keys.chord(Keys.CONTROL, "a"), day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    input.sendKeys(Keys.ESCAPE);
    Browser.click(member, By.id("pass:buy"));
    Browser.await(
        member,
        b ->
            b.findElement(By.id("messages")).getText().contains("Pass journée confirmé.")
                ? true
                : null);
    String mine =
        Browser.await(
            member,
            b -> {
              String text = b.findElement(By.id("myPasses")).getText();
              // The day as the French client space writes it: "14 déc. 2026".
              return text.contains(
                      day.format(
                          DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.FRENCH)))
                  ? text
                  : null;
            });
    assertTrue(mine.contains("Facturé avec le mois"), mine);
  }
}
