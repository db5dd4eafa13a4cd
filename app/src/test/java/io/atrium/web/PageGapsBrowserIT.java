package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import io.atrium.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver browser;

  @Test
  void anInvitationForATimeAlreadyPastTodayIsRefusedOnTheTimeFieldInEnglishAndFrench()
      throws Exception {
    String slug = ImportedTenants.copyOf(base, "lumiere");
    String email = "past." + RUN + "@visitor.test";
    for (String language : new String[] {"en-GB,en", "fr-FR,fr"}) {
      browser = browsers.open(language.substring(0, 2), language);
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
      browsers.close(browser);
    }
    var api = new Api(base.toURI());
    long tenantId = tenantId(api, slug);
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenantId, "SELECT count(*) FROM visitor WHERE email = ?", email),
        "nothing saved");
  }

  @Test
  void theRequesterPickerNarrowsByNameAndSaysWhenMoreMembersMatchThanItShows() throws Exception {
    String slug = ImportedTenants.copyOf(base, "lumiere");
    var api = new Api(base.toURI());
    String admin = api.token(slug, "admin@lumiere.test");
    long paris = homeCentreOf(api, admin, "Studio Kaolin");
    var company =
        api.post(
            "api/companies",
            admin,
            "{\"name\":\"Crowd "
                + RUN
                + "\",\"kind\":\"CLIENT\",\"homeCentreId\":"
                + paris
                + ",\"contactName\":\"Crowd Member "
                + RUN
                + " 000\",\"contactEmail\":\"crowd0."
                + RUN
                + "@crowd.test\"}");
    assertEquals(201, company.statusCode(), company.body());
    long companyId = Api.json(company).getJsonNumber("id").longValue();
    for (int i = 1; i <= 60; i++) {
      var added =
          api.post(
              "api/companies/" + companyId + "/members",
              admin,
              String.format(
                  "{\"fullName\":\"Crowd Member %s %03d\",\"email\":\"crowd%d.%s@crowd.test\"}",
                  RUN, i, i, RUN));
      assertEquals(201, added.statusCode(), added.body());
    }
    assertEquals(
        61,
        TestDatabase.updateFromClient(
            tenantId(api, slug),
            "UPDATE member SET status = 'ACTIVE' WHERE company_id = ?",
            companyId),
        "the contact and 60 members, active as after their first sign-in");

    browser = browsers.open("fr-FR,fr");
    Browser.signIn(browser, base, slug, "admin@lumiere.test");
    browser.get(base + "helpdesk/new.xhtml");
    chooseItem("ticketForm:centre", "PAR1");
    Browser.await(browser, b -> requesters().size() == 50 ? true : null);
    assertEquals(
        "Plus de membres correspondent que ceux affichés : tapez une partie du nom ou de"
            + " l’e-mail pour affiner la liste.",
        browser.findElement(By.id("ticketForm:moreMembers")).getText().strip(),
        "the picker says more members match than its 50 choices");

    browser.findElement(By.id("ticketForm:memberSearch")).sendKeys("crowd member " + RUN + " 05");
    Browser.await(
        browser,
        b ->
            requesters().size() == 10
                    && requesters().stream()
                        .allMatch(r -> r.contains("Crowd Member " + RUN + " 05"))
                ? true
                : null);
    assertEquals(
        "",
        browser.findElement(By.id("ticketForm:moreMembers")).getText().strip(),
        "ten found: nothing more to say");
  }

  @Test
  void escalateAndDeEscalateChangeTheLevelShownAndAreInTheActivityLog() throws Exception {
    String slug = ImportedTenants.copyOf(base, "lumiere");
    browser = browsers.open("fr-FR,fr");
    Browser.signIn(browser, base, slug, "cm@lumiere.test");
    browser.get(base + "helpdesk/new.xhtml");
    chooseItem("ticketForm:centre", "PAR1");
    chooseItem("ticketForm:type", "Réparation et entretien");
    browser.findElement(By.id("ticketForm:title")).sendKeys("Store bloqué " + RUN);
    browser.findElement(By.id("ticketForm:description")).sendKeys("Le store de la salle 3.");
    browser.findElement(By.id("ticketForm:create")).click();
    Browser.await(browser, b -> b.getCurrentUrl().contains("helpdesk/ticket.xhtml") ? true : null);
    assertEquals("0", level());
    assertTrue(browser.findElements(By.cssSelector("[id$=':deescalate']")).isEmpty(), "not yet");

    browser.findElement(By.cssSelector("[id$=':escalate']")).click();
    Browser.await(browser, b -> "1".equals(level()) ? true : null);
    assertEquals(1, activities("escalated"), "the activity log records the escalation");

    browser.findElement(By.cssSelector("[id$=':deescalate']")).click();
    Browser.await(browser, b -> "0".equals(level()) ? true : null);
    assertEquals(1, activities("deescalated"), "the activity log records the de-escalation");
    assertTrue(
        browser.findElements(By.cssSelector("[id$=':deescalate']")).isEmpty(),
        "nothing left to lower");
  }

  private String level() {
    var found = browser.findElements(By.id("escalationLevel"));
    return found.isEmpty() ? null : found.get(0).getText().strip();
  }

  private int activities(String kind) {
    return browser.findElements(By.cssSelector("#activity li.activity-" + kind)).size();
  }

  /** The labels of the requester picker's members (the "for the building" choice left out). */
  private java.util.List<String> requesters() {
    return browser.findElements(By.cssSelector("[id='ticketForm:requester_input'] option")).stream()
        .filter(o -> !o.getAttribute("value").isEmpty())
        .map(o -> o.getAttribute("textContent"))
        .toList();
  }

  private static long homeCentreOf(Api api, String admin, String companyName) {
    var list =
        Api.json(
            api.get(
                "api/companies?size=100&q="
                    + URLEncoder.encode(companyName, StandardCharsets.UTF_8),
                admin));
    long id =
        list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals(companyName))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    return Api.json(api.get("api/companies/" + id, admin))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  /** Picks an item of a PrimeFaces select by the start of its label, until the select shows it. */
  private void chooseItem(String id, String label) {
    Browser.await(
        browser,
        b -> {
          if (b.findElement(By.id(id + "_label")).getText().strip().startsWith(label)) {
            return true;
          }
          b.findElements(By.cssSelector("[id='" + id + "_panel'] .ui-selectonemenu-item")).stream()
              .filter(item -> item.isDisplayed() && item.getText().strip().startsWith(label))
              .findFirst()
              .ifPresentOrElse(WebElement::click, () -> b.findElement(By.id(id)).click());
          return null;
        });
  }

  /** Fills the invite form for today at one minute before now on the centre's clock, and sends. */
  private void inviteTooLate(String slug, String email) {
    Browser.signIn(browser, base, slug, "reception@lumiere.test");
    // In the first minute after midnight "one minute ago" is yesterday: wait it out.
    new WebDriverWait(browser, Duration.ofSeconds(90))
        .until(b -> ZonedDateTime.now(CENTRE_CLOCK).toLocalTime().isAfter(LocalTime.of(0, 1)));
    ZonedDateTime past = ZonedDateTime.now(CENTRE_CLOCK).minusMinutes(1);
    browser.get(base + "reception/invite.xhtml");
    Browser.choose(browser, "invite:hostId", "Léa Fontaine");
    browser.findElement(By.id("invite:fullName")).sendKeys("Too Late " + RUN);
    browser.findElement(By.id("invite:email")).sendKeys(email);
    type(
        "invite:expectedDate_input",
        past.toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
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
}
