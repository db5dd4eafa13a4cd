package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import io.atrium.testing.LaterToday;
import jakarta.json.Json;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The operations home in Chromium, in a copy of each demo operator (French Lumière, English Banyan)
 * so every figure is known: a tile's empty state names the next step, a visitor's arrival and a new
 * ticket or event answer made through the API change the tiles without a reload, and a figure opens
 * its list filtered to exactly what it counts. In the demo tenant, read only: a community manager
 * of one centre sees that centre only, a receptionist no ticket tile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeBrowserIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver browser;

  @Test
  void inFrenchAVisitorsArrivalShowsLiveAndItsFigureOpensExactlyThatVisitor() throws Exception {
    LocalDateTime visit = LaterToday.at(ZoneId.of("Europe/Paris"));
    String slug = ImportedTenants.copyOf(base, "lumiere");
    Api api = new Api(base.toURI());
    String desk = api.token(slug, "admin@lumiere.test");
    String host = api.token(slug, "admin@kaolin.test");
    browser = browsers.open("fr-FR,fr");
    Browser.signIn(browser, base, slug, "admin@lumiere.test");
    browser.get(base + "index.xhtml");
    assertEquals("Tableau de bord · Atrium", browser.getTitle());
    assertEquals(2, browser.findElements(By.cssSelector("section.home-centre")).size());
    WebElement paris = centre("PAR1");
    String centre = paris.getAttribute("data-centre");
    WebElement tile = paris.findElement(By.cssSelector("[data-tile='home.tile.visitors']"));
    assertTrue(tile.getText().startsWith("Visiteurs du jour"), tile.getText());
    assertTrue(tile.getText().contains("Aucun visiteur attendu aujourd’hui."), tile.getText());
    assertTrue(
        tile.findElement(By.cssSelector("a.next-step"))
            .getAttribute("href")
            .endsWith("/reception/invite.xhtml?centre=" + centre),
        "the empty state's next step invites a visitor to this centre");
    markPage();

    String name = "Ada Lovelace " + RUN;
    String invitation =
        Json.createObjectBuilder()
            .add("fullName", name)
            .add("email", "ada." + RUN + "@visitor.test")
            .add("expectedDate", visit.toLocalDate().toString())
            .add("visitTime", visit.toLocalTime().toString())
            .build()
            .toString();
    var invited = Api.json(api.post("api/visitors", host, invitation));
    assertEquals(Long.parseLong(centre), invited.getJsonNumber("centreId").longValue());
    api.post("api/visitors/" + invited.getJsonNumber("id") + "/arrival", desk, "{}");

    String arrived = "visitor.state.arrived";
    assertEquals("1", Browser.await(browser, b -> figure(b, "PAR1", arrived, "1")));
    // The tiles may be drawn again meanwhile (each change is pushed), so this one is awaited too.
    assertEquals(
        "0", Browser.await(browser, b -> figure(b, "PAR1", "visitor.state.expected", "0")));
    assertMarked();

    centre("PAR1").findElement(By.cssSelector("a[data-figure='" + arrived + "']")).click();
    List<String> rows =
        Browser.await(
            browser,
            b ->
                b.getCurrentUrl().contains("reception/dashboard.xhtml")
                    ? b.findElements(By.cssSelector("tr.visitor-row")).stream()
                        .map(WebElement::getText)
                        .toList()
                    : null);
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).contains(name), rows.toString());
  }

  @Test
  void inEnglishANewTicketAndAnEventAnswerShowLiveAndOpenTheirFilteredLists() throws Exception {
    String slug = ImportedTenants.copyOf(base, "banyan");
    Api api = new Api(base.toURI());
    String admin = api.token(slug, "admin@banyan.test");
    String member = api.token(slug, "admin@chailabs.test");
    browser = browsers.open("en-GB,en");
    Browser.signIn(browser, base, slug, "admin@banyan.test");
    browser.get(base + "index.xhtml");
    assertEquals("Dashboard · Atrium", browser.getTitle());
    String actions = browser.findElement(By.id("quickActions")).getText();
    for (String action : List.of("Invite Visitor", "New ticket", "Create event")) {
      assertTrue(actions.contains(action), actions);
    }
    WebElement bengaluru = centre("BLR1");
    String centre = bengaluru.getAttribute("data-centre");
    String tickets =
        bengaluru.findElement(By.cssSelector("[data-tile='home.tile.tickets']")).getText();
    assertTrue(tickets.contains("No open tickets.") && tickets.contains("New ticket"), tickets);
    markPage();

    String title = "Leaking tap " + RUN;
    String ticket =
        Json.createObjectBuilder()
            .add("centreId", Long.parseLong(centre))
            .add("type", "REPAIR_MAINTENANCE")
            .add("title", title)
            .add("description", "Second floor kitchen")
            .build()
            .toString();
    assertEquals(201, api.post("api/tickets", admin, ticket).statusCode());
    assertEquals("1", Browser.await(browser, b -> figure(b, "BLR1", "home.tickets.new", "1")));

    String event = "Chai tasting " + RUN;
    String form =
        Json.createObjectBuilder()
            .add("centreId", Long.parseLong(centre))
            .add("title", event)
            .add("date", LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(1).toString())
            .add("startTime", "18:30")
            .add("endTime", "20:00")
            .add("location", "Terrace")
            .add("capacity", 10)
            .build()
            .toString();
    var created = api.post("api/events", admin, form);
    assertEquals(201, created.statusCode(), created.body());
    String id = Api.json(created).getJsonNumber("id").toString();
    api.post("api/events/" + id + "/publish", admin, "{\"broadcast\":false}");
    assertEquals(200, api.post("api/events/" + id + "/rsvp", member, "{}").statusCode());
    assertEquals(
        "1", Browser.await(browser, b -> figure(b, "BLR1", "home.events.goingAhead", "1")));
    assertEquals("1", Browser.await(browser, b -> figure(b, "BLR1", "home.events.ahead", "1")));
    assertMarked();

    assertEquals(List.of(title), openFigure("BLR1", "home.tickets.new", "helpdesk/queue", 1));
    browser.get(base + "index.xhtml");
    assertEquals(List.of(event), openFigure("BLR1", "home.events.ahead", "events/list", 0));
  }

  @Test
  void aCommunityManagerOfOneCentreSeesThatCentreOnly() {
    browser = browsers.open("fr-FR,fr");
    Browser.signIn(browser, base, "lumiere", "cm@lumiere.test");
    browser.get(base + "index.xhtml");
    var centres = browser.findElements(By.cssSelector("section.home-centre h2"));
    assertEquals(1, centres.size());
    assertTrue(centres.get(0).getText().startsWith("PAR1"), centres.get(0).getText());
    assertTrue(
        browser.findElements(By.cssSelector("a[href*='centre=']")).stream()
            .allMatch(a -> a.getAttribute("href").contains("centre=" + centreIdOf("PAR1"))),
        "every figure of the page is about PAR1");
  }

  @Test
  void aReceptionistSeesNoTicketTileAndNoModuleThatIsNotBuilt() {
    browser = browsers.open("en-GB,en");
    Browser.signIn(browser, base, "lumiere", "reception@lumiere.test");
    browser.get(base + "index.xhtml");
    assertEquals(
        1, browser.findElements(By.cssSelector("[data-tile='home.tile.visitors']")).size());
    assertTrue(browser.findElements(By.cssSelector("[data-tile='home.tile.tickets']")).isEmpty());
    assertTrue(browser.findElements(By.cssSelector("[data-tile='home.tile.events']")).isEmpty());
    String actions = browser.findElement(By.id("quickActions")).getText();
    assertTrue(actions.contains("Invite Visitor") && !actions.contains("New ticket"), actions);
    String menu = browser.findElement(By.id("sidemenu")).getText();
    assertTrue(menu.contains("Reception") || menu.contains("Visitors"), menu);
    assertTrue(!menu.contains("Mail and parcels"), "modules not built are not shown: " + menu);
  }

  /** The home's section of the centre with this code. */
  private WebElement centre(String code) {
    return browser.findElements(By.cssSelector("section.home-centre")).stream()
        .filter(s -> s.findElement(By.tagName("h2")).getText().startsWith(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section for " + code));
  }

  private String centreIdOf(String code) {
    return centre(code).getAttribute("data-centre");
  }

  /** The figure's count once it reads {@code expected}, else null (not yet). */
  private static String figure(WebDriver b, String code, String labelKey, String expected) {
    for (WebElement section : b.findElements(By.cssSelector("section.home-centre"))) {
      if (section.findElement(By.tagName("h2")).getText().startsWith(code)) {
        var counts =
            section.findElements(By.cssSelector("a[data-figure='" + labelKey + "'] .count"));
        String count = counts.isEmpty() ? null : counts.get(0).getText();
        return expected.equals(count) ? count : null;
      }
    }
    return null;
  }

  /** Clicks the figure and reads one cell of every row of the list it opens. */
  private List<String> openFigure(String code, String labelKey, String page, int column) {
    centre(code).findElement(By.cssSelector("a[data-figure='" + labelKey + "']")).click();
    return Browser.await(
        browser,
        b ->
            b.getCurrentUrl().contains(page)
                ? b.findElements(By.cssSelector("tbody.ui-datatable-data tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")))
                    .map(cells -> cells.get(Math.min(column, cells.size() - 1)).getText())
                    .toList()
                : null);
  }

  private void markPage() {
    ((JavascriptExecutor) browser).executeScript("window.atriumTestMark = 'still here';");
  }

  private void assertMarked() {
    assertEquals(
        "still here",
        ((JavascriptExecutor) browser).executeScript("return window.atriumTestMark;"),
        "updated by the socket, not by a reload");
  }
}
