package io.atrium.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
 * 000 workflow 4, step by step in the browser, at Banyan Works Bengaluru in English: the community
 * manager books today's day pass for a new walk-in, sees its door and Wi-Fi access (Give Access
 * makes what is not made yet), then lends a temporary card for the pass's day from the cards page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DayPassAccessBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aWalkInsDayPassGetsItsAccessAndACardForTheDay() throws Exception {
    String walkIn = "Meera Pillai " + Long.toString(System.nanoTime(), 36);
    WebDriver cm = browsers.open("en-GB,en");
    Browser.signIn(cm, base, "banyan", "admin@banyan.test");
    cm.get(base + "daypasses/list.xhtml");
    Browser.choose(cm, "passes:centre", "BLR1");
    Browser.click(cm, By.id("passes:new"));
    Browser.await(cm, b -> b.findElement(By.id("dayPassDialog")).isDisplayed() ? true : null);
    cm.findElement(By.cssSelector("[id='dayPass:userType'] label[for$='userType:1']")).click();
    Browser.await(cm, b -> b.findElements(By.id("dayPass:fullName")).isEmpty() ? null : true);
    cm.findElement(By.id("dayPass:fullName")).sendKeys(walkIn);
    cm.findElement(By.id("dayPass:email")).sendKeys("meera" + System.nanoTime() + "@example.test");
    cm.findElement(By.id("dayPass:phone")).sendKeys("+91 98450 22006");
    Browser.choose(cm, "dayPass:itemId", "Day pass");
    cm.findElement(By.id("dayPass:save")).click();
    Browser.await(
        cm, b -> row(b, walkIn, "passes:table").getText().contains("Doors") ? true : null);

    // Give Access, when the job has not made the credentials yet; either way both end active.
    Browser.await(
        cm,
        b -> {
          try {
            WebElement pass = row(b, walkIn, "passes:table");
            var give = pass.findElements(By.cssSelector("[id$=':give']"));
            if (!give.isEmpty()) {
              give.get(0).click();
              return null;
            }
            String text = pass.getText();
            return text.contains("Doors · Active") && text.contains("Wi-Fi · Active") ? true : null;
          } catch (StaleElementReferenceException redrawn) {
            return null;
          }
        });

    Api api = new Api(base.toURI());
    String token = api.token("banyan", "admin@banyan.test");
    long tenant = Api.tenantId(token);
    long blr = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'BLR1'");
    String number = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    var imported =
        api.upload(
            "api/cards/import?centre=" + blr + "&file=cards.csv",
            token,
            "text/csv",
            ("card number,type\n" + number + ",temporary\n").getBytes(StandardCharsets.UTF_8));
    assertTrue(imported.statusCode() < 300, imported.body());
    cm.get(base + "access/cards.xhtml");
    Browser.choose(cm, "cards:centre", "BLR1");
    cm.findElement(By.id("cards:number")).sendKeys(number);
    Browser.await(
        cm,
        b -> {
          try {
            row(b, number, "cards:table").findElement(By.cssSelector("[id$=':lend']")).click();
            return true;
          } catch (StaleElementReferenceException redrawn) {
            return null;
          }
        });
    Browser.await(cm, b -> b.findElement(By.id("lendDialog")).isDisplayed() ? true : null);
    Browser.choose(cm, "lendForm:dayPassId", walkIn);
    cm.findElement(By.id("lendForm:save")).click();
    Browser.await(
        cm,
        b -> {
          try {
            String card = row(b, number, "cards:table").getText();
            return card.contains("Lent") && card.contains(walkIn) ? true : null;
          } catch (StaleElementReferenceException redrawn) {
            return null;
          }
        });
  }

  private static WebElement row(WebDriver browser, String text, String table) {
    return Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector("[id='" + table + "'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElse(null));
  }
}
