package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The pages with a Save (or register, create, send) button that no other browser test pressed: each
 * is filled in and saved in Chromium as its user would, in English (Banyan), and what was saved is
 * read back from the page. The rest are saved by their capability's browser test (helpdesk
 * settings, staff, rights, directory, events, reception invite, tickets, platform).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SavingPagesBrowserIT {

  private static final long RUN = System.currentTimeMillis() % 1_000_000;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver browser;

  @Test
  void receptionSettingsAreSavedAndShownAfterReload() {
    run(
        "admin@banyan.test",
        () -> {
          browser.get(base + "reception/settings.xhtml");
          String before = value("settings:retentionDays_input");
          String changed = "400".equals(before) ? "401" : "400";
          retype("settings:retentionDays_input", changed);
          saveAndAwait("settings:save", "Reception settings saved.");
          browser.get(base + "reception/settings.xhtml");
          assertEquals(changed, value("settings:retentionDays_input"));
          // Back as found: the retention purge of other tests reads it.
          retype("settings:retentionDays_input", before);
          saveAndAwait("settings:save", "Reception settings saved.");
        });
  }

  @Test
  void aWalkInIsRegisteredAndAwaitsTheHostOnTheDashboard() {
    String name = "Walk In " + RUN;
    run(
        "reception@banyan.test",
        () -> {
          browser.get(base + "reception/walk-in.xhtml");
          Browser.choose(browser, "walkIn:hostId", "Meera Pillai");
          browser.findElement(By.id("walkIn:fullName")).sendKeys(name);
          saveAndAwait("walkIn:register", "Walk-in " + name + " registered");
          assertTrue(browser.getCurrentUrl().contains("reception/dashboard.xhtml"));
          browser.findElement(By.id("dashboard:visitors:search")).sendKeys(String.valueOf(RUN));
          Browser.await(
              browser,
              b ->
                  b.findElement(By.id("dashboard:visitors")).getText().contains(name)
                      ? true
                      : null);
        });
  }

  @Test
  void staffRaiseATicketForTheBuilding() {
    String title = "Lift stuck " + RUN;
    run(
        "admin@banyan.test",
        () -> {
          browser.get(base + "helpdesk/new.xhtml");
          Browser.choose(browser, "ticketForm:centre", "BLR1");
          Browser.choose(browser, "ticketForm:type", "Repair");
          browser.findElement(By.id("ticketForm:title")).sendKeys(title);
          browser.findElement(By.id("ticketForm:description")).sendKeys("Between floors 2 and 3.");
          saveAndAwait("ticketForm:create", "created.");
          assertEquals(title, Browser.await(browser, b -> text(b, "ticketTitle")));
          assertTrue(
              text(browser, "ticketNumber").startsWith("BLR1-"), text(browser, "ticketNumber"));
        });
  }

  @Test
  void aMemberInvitesAVisitorFromTheClientSpace() {
    String name = "Guest " + RUN;
    LocalDate inTwoDays = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(2);
    run(
        "admin@chailabs.test",
        () -> {
          browser.get(base + "portal/visitors.xhtml");
          browser.findElement(By.id("visitors:newVisitor")).click();
          WebElement fullName =
              Browser.await(
                  browser,
                  b ->
                      b.findElement(By.id("invite:fullName")).isDisplayed()
                          ? b.findElement(By.id("invite:fullName"))
                          : null);
          fullName.sendKeys(name);
          browser.findElement(By.id("invite:email")).sendKeys("guest." + RUN + "@visitor.test");
          retype(
              "invite:expectedDate_input",
              inTwoDays.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
          retype("invite:visitTime_input", "11:00");
          browser.findElement(By.id("invite:send")).click();
          Browser.await(
              browser,
              b ->
                  b.findElement(By.id("messages")).getText().contains("Invitation sent to " + name)
                      ? true
                      : null);
          browser.get(base + "portal/visitors.xhtml");
          assertTrue(
              Browser.await(browser, b -> b.findElement(By.id("visitors:list")).getText())
                  .contains(name),
              "the invited visitor is listed");
        });
  }

  @Test
  void aCompanyAndOneOfItsMembersAreEditedAndSaved() throws Exception {
    Api api = new Api(base.toURI());
    String admin = api.token("banyan", "admin@banyan.test");
    long company =
        Api.json(api.get("api/companies?size=5&q=Monsoon", admin))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long member =
        Api.jsonArray(api.get("api/companies/" + company + "/members", admin))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("email").equals("tara.dsouza@monsoon.test"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String companyPhone = "+91 80 4100 " + (1000 + RUN % 9000);
    String memberPhone = "+91 98450 " + (10000 + RUN % 90000);
    run(
        "admin@banyan.test",
        () -> {
          browser.get(base + "directory/companies/detail.xhtml?id=" + company);
          retype("tabs:details:phone", companyPhone);
          saveAndAwait("tabs:details:save", "Company saved.");
          browser.get(base + "directory/companies/detail.xhtml?id=" + company);
          assertEquals(companyPhone, value("tabs:details:phone"));

          browser.get(base + "directory/members/detail.xhtml?id=" + member);
          retype("details:phone", memberPhone);
          saveAndAwait("details:save", "Member saved.");
          browser.get(base + "directory/members/detail.xhtml?id=" + member);
          assertEquals(memberPhone, value("details:phone"));
        });
  }

  @Test
  void anOnDemandUserIsCreatedFromTheMembersList() {
    String name = "Desk Hopper " + RUN;
    run(
        "admin@banyan.test",
        () -> {
          browser.get(base + "directory/members/list.xhtml");
          browser.findElement(By.id("membersForm:new")).click();
          WebElement fullName =
              Browser.await(
                  browser,
                  b ->
                      b.findElement(By.id("createForm:fullName")).isDisplayed()
                          ? b.findElement(By.id("createForm:fullName"))
                          : null);
          fullName.sendKeys(name);
          browser.findElement(By.id("createForm:email")).sendKeys("hopper." + RUN + "@desk.test");
          Browser.choose(browser, "createForm:homeCentre", "BLR1");
          saveAndAwait("createForm:save", "User " + name + " created.");
          browser.get(base + "directory/members/list.xhtml");
          browser.findElement(By.id("membersForm:members:search")).sendKeys(String.valueOf(RUN));
          Browser.await(
              browser,
              b ->
                  b.findElement(By.id("membersForm:members")).getText().contains(name)
                      ? true
                      : null);
        });
  }

  @Test
  void aMemberCommentsOnTheirTicket() throws Exception {
    Api api = new Api(base.toURI());
    var created =
        api.post(
            "api/tickets",
            api.token("banyan", "user@chailabs.test"),
            "{\"type\":\"INTERNET\",\"title\":\"Slow Wi-Fi "
                + RUN
                + "\",\"description\":\"Very slow.\"}");
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonObject("ticket").getJsonNumber("id").longValue();
    String comment = "Still slow at " + RUN;
    run(
        "user@chailabs.test",
        () -> {
          browser.get(base + "portal/ticket.xhtml?id=" + id);
          browser.findElement(By.id("commentForm:body")).sendKeys(comment);
          browser.findElement(By.id("commentForm:send")).click();
          Browser.await(
              browser,
              b -> b.findElement(By.id("conversation")).getText().contains(comment) ? true : null);
          browser.get(base + "portal/ticket.xhtml?id=" + id);
          assertTrue(browser.findElement(By.id("conversation")).getText().contains(comment));
        });
  }

  private void run(String email, Runnable steps) {
    browser = browsers.open("en-GB,en");
    Browser.signIn(browser, base, "banyan", email);
    steps.run();
  }

  private void saveAndAwait(String buttonId, String message) {
    WebElement button = browser.findElement(By.id(buttonId));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
    Browser.await(
        browser,
        b ->
            b.findElements(By.id("messages")).stream().anyMatch(m -> m.getText().contains(message))
                ? true
                : null);
  }

  private String value(String id) {
    return Browser.await(browser, b -> b.findElement(By.id(id))).getAttribute("value");
  }

  private void retype(String id, String text) {
    WebElement input = Browser.await(browser, b -> b.findElement(By.id(id)));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text, Keys.TAB);
  }

  private static String text(WebDriver browser, String id) {
    var found = browser.findElements(By.id(id));
    return found.isEmpty() ? null : found.get(0).getText().strip();
  }

  /** Picks an item of a PrimeFaces select by the start of its label, until the select shows it. */
}
