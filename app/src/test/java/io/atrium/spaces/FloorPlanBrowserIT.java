package io.atrium.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Axe;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The floor plan in Chromium, as the lumiere super admin: upload a plan image, place two spaces by
 * dragging on it, save, and after a reload see both outlines coloured by status with their names; a
 * click opens the space. And the space form, saved and refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FloorPlanBrowserIT {

  private static final String RUN =
      Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private Api api;
  private String token;

  private long space(long centre, long floor, String name, String status) {
    var created =
        api.post(
            "api/spaces",
            token,
            "{\"centreId\":"
                + centre
                + ",\"floorId\":"
                + floor
                + ",\"kind\":\"MEETING_ROOM\",\"name\":\""
                + name
                + "\",\"capacity\":6,\"status\":\""
                + status
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonNumber("id").longValue();
  }

  private static Path plan() throws IOException {
    Path file = Files.createTempFile("plan", ".png");
    // As many pixels as a scanned plan: drawn about 900 wide, a label must not shrink with it.
    ImageIO.write(new BufferedImage(4000, 2000, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    return file;
  }

  /** Drags on the plan from one point to another, both in fractions of its drawn size. */
  private static void drag(WebDriver browser, double x1, double y1, double x2, double y2) {
    WebElement svg = browser.findElement(By.id("floorPlan"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", svg);
    Dimension size = svg.getSize();
    int startX = (int) Math.round((x1 - 0.5) * size.getWidth());
    int startY = (int) Math.round((y1 - 0.5) * size.getHeight());
    new Actions(browser)
        .moveToElement(svg, startX, startY)
        .clickAndHold()
        .moveByOffset(
            (int) Math.round((x2 - x1) * size.getWidth() / 2),
            (int) Math.round((y2 - y1) * size.getHeight() / 2))
        .moveByOffset(
            (int) Math.round((x2 - x1) * size.getWidth() / 2),
            (int) Math.round((y2 - y1) * size.getHeight() / 2))
        .release()
        .perform();
  }

  /** Clicks the plan at a point given in fractions of its drawn size. */
  private static void clickAt(WebDriver browser, double x, double y) {
    WebElement svg = browser.findElement(By.id("floorPlan"));
    Dimension size = svg.getSize();
    new Actions(browser)
        .moveToElement(
            svg,
            (int) Math.round((x - 0.5) * size.getWidth()),
            (int) Math.round((y - 0.5) * size.getHeight()))
        .click()
        .perform();
  }

  private static void pick(WebDriver browser, long spaceId) {
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("outlineSpace")))
        .selectByValue(String.valueOf(spaceId));
  }

  @Test
  void twoSpacesPlacedByDraggingShowTheirStatusAndOpenOnClick() throws Exception {
    api = new Api(base.toURI());
    token = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(token);
    long paris = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'PAR1'");
    var floor =
        api.post(
            "api/floors",
            token,
            "{\"centreId\":" + paris + ",\"name\":\"Plan " + RUN + "\",\"level\":3}");
    assertEquals(201, floor.statusCode(), floor.body());
    long floorId = Api.json(floor).getJsonNumber("id").longValue();
    String ada = "Salle Ada " + RUN;
    String babbage = "Salle Babbage " + RUN;
    long adaId = space(paris, floorId, ada, "AVAILABLE");
    long babbageId = space(paris, floorId, babbage, "OUT_OF_SERVICE");
    long lovelaceId = space(paris, floorId, "Salle Lovelace " + RUN, "OCCUPIED");

    WebDriver browser = browsers.open("en-GB,en");
    Browser.signIn(browser, base, "lumiere", "admin@lumiere.test");
    browser.get(base + "spaces/floor.xhtml?id=" + floorId);
    Path scripted = Files.createTempFile("plan", ".svg");
    Files.writeString(
        scripted,
        "<svg xmlns='http://www.w3.org/2000/svg' width='80' height='40' onload='alert(1)'/>");
    browser.findElement(By.cssSelector("input[type='file']")).sendKeys(scripted.toString());
    browser.findElement(By.id("form:save")).click();
    String refused =
        Browser.await(
            browser,
            b -> {
              var message =
                  b.findElements(
                      By.xpath(
                          "//input[@type='file']/ancestor::div[contains(@class,'field')]"
                              + "//*[contains(@class,'ui-message')]"));
              return message.isEmpty() ? null : message.get(0).getText();
            });
    assertTrue(refused.startsWith("This SVG has active content"), refused);
    assertTrue(browser.findElements(By.id("floorPlan")).isEmpty(), "no plan kept");
    browser.findElement(By.cssSelector("input[type='file']")).sendKeys(plan().toString());
    browser.findElement(By.id("form:save")).click();
    Browser.await(browser, b -> b.findElements(By.id("floorPlan")).isEmpty() ? null : true);
    assertTrue(
        browser.findElement(By.id("messages")).getText().contains("Floor Plan " + RUN + " saved."));

    pick(browser, adaId);
    drag(browser, 0.1, 0.2, 0.4, 0.6);
    pick(browser, babbageId);
    drag(browser, 0.55, 0.25, 0.9, 0.75);
    pick(browser, lovelaceId);
    browser.findElement(By.id("outlinePolygon")).click();
    clickAt(browser, 0.1, 0.75);
    clickAt(browser, 0.4, 0.75);
    clickAt(browser, 0.25, 0.95);
    browser.findElement(By.id("outlinePolygon")).click();
    String drawn = browser.findElement(By.id("outlineForm:outlines")).getAttribute("value");
    assertTrue(drawn.contains(adaId + "=0.") && drawn.contains(babbageId + "=0."), drawn);
    browser.findElement(By.id("outlineForm:saveOutlines")).click();
    Browser.await(
        browser,
        b -> b.findElement(By.id("messages")).getText().contains("Outlines saved.") ? true : null);

    browser.navigate().refresh();
    WebElement adaOnPlan = Browser.await(browser, b -> b.findElement(By.id("planSpace-" + adaId)));
    WebElement babbageOnPlan = browser.findElement(By.id("planSpace-" + babbageId));
    Axe.check(browser); // the plan, its legend and the editor, with no message shown
    assertTrue(adaOnPlan.getAttribute("class").contains("space-available"));
    assertTrue(babbageOnPlan.getAttribute("class").contains("space-out-of-service"));
    assertTrue(adaOnPlan.isDisplayed() && babbageOnPlan.isDisplayed(), "both are placed");
    assertTrue(adaOnPlan.getText().contains(ada) && adaOnPlan.getText().contains("Available"));
    assertTrue(
        babbageOnPlan.getText().contains(babbage)
            && babbageOnPlan.getText().contains("Out of service"));
    double labelHeight =
        ((Number)
                ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript(
                        "return arguments[0].getBoundingClientRect().height",
                        adaOnPlan.findElement(By.tagName("text"))))
            .doubleValue();
    assertTrue(labelHeight >= 20, "two readable lines on a plan of 4,000 pixels: " + labelHeight);
    String adaFill = adaOnPlan.findElement(By.tagName("polygon")).getCssValue("fill");
    String babbageFill = babbageOnPlan.findElement(By.tagName("polygon")).getCssValue("fill");
    assertNotEquals(adaFill, babbageFill, "coloured by status");

    String adaShape = Api.json(api.get("api/spaces/" + adaId, token)).getString("shape");
    String[] corner = adaShape.split(" ")[0].split(",");
    assertEquals(0.1, Double.parseDouble(corner[0]), 0.03, adaShape);
    assertEquals(0.2, Double.parseDouble(corner[1]), 0.03, adaShape);
    assertEquals(4, adaShape.split(" ").length, "a dragged rectangle");
    String lovelaceShape = Api.json(api.get("api/spaces/" + lovelaceId, token)).getString("shape");
    assertEquals(3, lovelaceShape.split(" ").length, "a polygon of three clicked corners");

    adaOnPlan.click();
    Browser.await(
        browser, b -> b.getCurrentUrl().contains("spaces/edit.xhtml?id=" + adaId) ? true : null);
    assertTrue(browser.getTitle().startsWith(ada), browser.getTitle());
    Axe.check(browser);
  }

  @Test
  void theSpaceFormSavesAndSaysWhatIsWrong() throws Exception {
    WebDriver browser = browsers.open("fr-FR,fr");
    Browser.signIn(browser, base, "lumiere", "admin@lumiere.test");
    browser.get(base + "spaces/edit.xhtml");
    Browser.choose(browser, "form:centreId", "PAR1");
    Browser.choose(browser, "form:kind", "Bureau privatif");
    String name = "Bureau Noether " + RUN;
    WebElement nameInput = browser.findElement(By.id("form:name"));
    nameInput.sendKeys(name);
    WebElement capacity = browser.findElement(By.id("form:capacity"));
    capacity.clear();
    capacity.sendKeys("4");
    browser.findElement(By.cssSelector("#form\\:bookable .ui-chkbox-box")).click();
    browser.findElement(By.id("form:save")).click();
    String refused =
        Browser.await(
            browser,
            b -> {
              var message =
                  b.findElements(By.cssSelector("[id='form:openingHours'] ~ .ui-message"));
              return message.isEmpty() ? null : message.get(0).getText();
            });
    assertEquals("Un espace réservable doit avoir ses horaires d’ouverture.", refused);
    browser.findElement(By.id("form:openingHours")).sendKeys("Mo-Fr 09:00-18:00");
    browser.findElement(By.xpath("//label[text()='Tableau blanc']")).click();
    browser.findElement(By.id("form:save")).click();
    Browser.await(browser, b -> b.getCurrentUrl().contains("edit.xhtml?id=") ? true : null);
    assertTrue(
        browser
            .findElement(By.id("messages"))
            .getText()
            .contains("Espace " + name + " enregistré."));
    assertEquals("Disponible", browser.findElement(By.id("status")).getText());
    assertTrue(
        browser
            .findElement(By.cssSelector("#form\\:amenities input[value='WHITEBOARD']"))
            .isSelected());

    for (String page :
        new String[] {"spaces/list.xhtml", "spaces/floors.xhtml", "spaces/floor.xhtml"}) {
      browser.get(base + page);
      Axe.check(browser); // the list, the floors and the new floor form, in French
    }
  }
}
