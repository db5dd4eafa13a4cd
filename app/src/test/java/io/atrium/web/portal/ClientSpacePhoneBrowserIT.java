package io.atrium.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The client space on a 390 × 844 phone, for a company administrator of each demo operator: no page
 * is wider than the screen, every tab of the bottom bar opens its page, sign-out is in the user
 * menu; on a desktop the header shows the operator's brand and sections; and the home's "waiting
 * for your answer" moves with the bell when a visitor arrives.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientSpacePhoneBrowserIT {

  private static final List<String> TABS =
      List.of(
          "tabHome",
          "tabVisitors",
          "tabTickets",
          "tabBookings",
          "tabEvents",
          "tabCompany",
          "tabCards");
  private static final List<String> PAGES =
      List.of("index", "visitors", "tickets", "bookings", "events", "company", "cards");

  @Deployment(testable = false)
  static WebArchive deployment() {
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

  @ParameterizedTest
  @CsvSource({"lumiere, admin@kaolin.test", "banyan, admin@chailabs.test"})
  void onAPhoneEveryTabOpensItsPageWithinTheScreenWidthAndSignOutIsInTheUserMenu(
      String workspace, String member) {
    Api api = new Api(URI(base));
    String token = api.token(workspace, member);
    var ticket =
        api.post(
            "api/tickets",
            token,
            "{\"type\":\"PRINTING\",\"title\":\"Phone check of a rather long ticket title that"
                + " must wrap on a narrow screen\",\"description\":\"Jammed\"}");
    assertEquals(201, ticket.statusCode(), ticket.body());
    long ticketId = Api.json(ticket).getJsonObject("ticket").getJsonNumber("id").longValue();

    browser = Browser.open("en-GB,en");
    browser.manage().window().setSize(new Dimension(390, 844));
    Browser.signIn(browser, base, workspace, member);
    assertEquals(390, ((Number) js("return window.innerWidth")).intValue(), "a 390 px viewport");
    assertTrue(browser.findElement(By.id("tabBar")).isDisplayed(), "the tab bar on a phone");
    assertFalse(browser.findElement(By.id("menuHome")).isDisplayed(), "no header menu on a phone");

    for (int i = 0; i < TABS.size(); i++) {
      String tab = TABS.get(i);
      String page = "/portal/" + PAGES.get(i) + ".xhtml";
      WebElement link = browser.findElement(By.id(tab));
      assertWithinScreen(link, tab);
      link.click();
      Browser.await(browser, b -> b.getCurrentUrl().contains(page) ? true : null);
      assertEquals(
          "page",
          browser.findElement(By.id(tab)).getAttribute("aria-current"),
          tab + " marks its page");
      assertNoHorizontalOverflow(page);
    }

    browser.get(base + "portal/ticket.xhtml?id=" + ticketId);
    Browser.await(browser, b -> b.findElement(By.id("back")).isDisplayed() ? true : null);
    assertNoHorizontalOverflow("a ticket");
    browser.findElement(By.id("tabTickets")).click();
    Browser.await(browser, b -> b.getCurrentUrl().contains("/portal/tickets.xhtml") ? true : null);
    assertFalse(
        browser.findElements(By.cssSelector(".ui-datatable-reflow")).isEmpty(),
        "the tickets table stacks its rows as cards");
    assertNoHorizontalOverflow("the tickets as cards");

    WebElement signOut = browser.findElement(By.id("signOutButton"));
    assertFalse(signOut.isDisplayed(), "sign-out waits in the closed user menu");
    browser.findElement(By.id("userMenuToggle")).click();
    assertTrue(signOut.isDisplayed(), "the user menu opens");
    assertWithinScreen(signOut, "sign-out");
    assertTrue(browser.findElement(By.id("language:fr")).isDisplayed(), "the language switch too");
    assertNoHorizontalOverflow("the open user menu");
    signOut.click();
    Browser.await(browser, b -> b.getCurrentUrl().contains("login.xhtml") ? true : null);
  }

  @ParameterizedTest
  @CsvSource({
    "lumiere, user@kaolin.test, Ateliers Lumière SAS, https://www.ateliers-lumiere.example/logo.svg",
    "banyan, user@chailabs.test, Banyan Works Private Limited, https://www.banyanworks.example/logo.svg"
  })
  void onADesktopTheHeaderShowsTheOperatorsBrandAndTheSections(
      String workspace, String member, String name, String logo) {
    browser = Browser.open("en-GB,en");
    Browser.signIn(browser, base, workspace, member);
    assertTrue(browser.getCurrentUrl().contains("/portal/"), browser.getCurrentUrl());
    assertTrue(
        browser.findElement(By.id("tenantName")).getText().startsWith(name),
        "the operator's name, not Atrium's");
    assertEquals(logo, browser.findElement(By.id("brandLogo")).getAttribute("src"));
    assertTrue(browser.findElement(By.id("portalEvents")).isDisplayed(), "sections in the header");
    assertFalse(browser.findElement(By.id("tabBar")).isDisplayed(), "no tab bar on a desktop");
  }

  @Test
  void theHomesWaitingCountMovesWithTheBellWhenAVisitorArrives() {
    Api api = new Api(URI(base));
    String admin = api.token("lumiere", "admin@lumiere.test");
    String member = api.token("lumiere", "user@kaolin.test");
    long memberId = Api.json(api.get("api/me", member)).getJsonNumber("id").longValue();
    browser = Browser.open("en-GB,en");
    browser.manage().window().setSize(new Dimension(390, 844));
    Browser.signIn(browser, base, "lumiere", "user@kaolin.test");
    long waiting = figure("awaitingAnswer");
    long unread = bellCount();
    js("window.sameHomePage = true");

    var walkIn =
        api.post(
            "api/visitors/walk-ins",
            admin,
            "{\"fullName\":\"Bell Check "
                + Long.toString(System.nanoTime(), 36)
                + "\",\"email\":\"bell.check@example.test\",\"centreId\":"
                + homeCentre(api, admin)
                + ",\"hostId\":"
                + memberId
                + ",\"expectedDate\":\""
                + LocalDate.now(ZoneId.of("Europe/Paris"))
                + "\",\"visitTime\":\"23:00\"}");
    assertEquals(201, walkIn.statusCode(), walkIn.body());

    try {
      Browser.await(browser, b -> bellCount() == unread + 1 ? true : null);
      Browser.await(browser, b -> figure("awaitingAnswer") == waiting + 1 ? true : null);
    } catch (RuntimeException e) {
      Browser.keepEvidence(browser, "client-space-bell");
      throw e;
    }
    assertEquals(Boolean.TRUE, js("return window.sameHomePage === true"), "live, not reloaded");
  }

  private long figure(String id) {
    return Long.parseLong(browser.findElement(By.id(id)).getText().strip());
  }

  private long bellCount() {
    var count = browser.findElements(By.cssSelector("#bell\\:count .bell-count"));
    return count.isEmpty() ? 0 : Long.parseLong(count.get(0).getText().strip());
  }

  private static long homeCentre(Api api, String admin) {
    JsonObject kaolin =
        Api.json(api.get("api/companies?size=5&q=Kaolin", admin))
            .getJsonArray("items")
            .getJsonObject(0);
    return Api.json(api.get("api/companies/" + kaolin.getJsonNumber("id").longValue(), admin))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  private void assertNoHorizontalOverflow(String where) {
    Object widths =
        js(
            "return document.documentElement.scrollWidth + ' <= ' + window.innerWidth"
                + " + (document.documentElement.scrollWidth <= window.innerWidth ? '' : ' no')");
    if (widths.toString().endsWith(" no")) {
      Browser.keepEvidence(browser, "client-space-overflow");
    }
    assertFalse(widths.toString().endsWith(" no"), where + " is wider than the phone: " + widths);
  }

  private void assertWithinScreen(WebElement element, String what) {
    Object inside =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                    + " return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth"
                    + " && r.bottom <= window.innerHeight;",
                element);
    assertEquals(Boolean.TRUE, inside, what + " inside the 390 × 844 screen");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static java.net.URI URI(URL url) {
    try {
      return url.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
