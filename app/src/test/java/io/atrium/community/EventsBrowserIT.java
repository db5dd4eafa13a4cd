package io.atrium.community;

import static io.atrium.community.DemoEvents.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Workflow 5 in two Chromium sessions, in French: the Paris community manager creates an event with
 * its cover and publishes it; a member answers in the client space; the attendee list shows them
 * without a reload; the manager checks them in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver staff;
  private WebDriver member;
  private long eventId;

  @AfterEach
  void close() throws Exception {
    if (eventId > 0) {
      var demo = new DemoEvents(base.toURI());
      demo.api().post("api/events/" + eventId + "/cancel", demo.admin(), "{}");
    }
  }

  @Test
  void anEventIsPublishedAnsweredSeenLiveAndCheckedIn() throws Exception {
    flow();
  }

  private void flow() throws Exception {
    String title = "Afterwork Lumière " + RUN;
    staff = browsers.open("staff", "fr-FR,fr");
    Browser.signIn(staff, base, "lumiere", "cm@lumiere.test");
    staff.get(base + "community/events/list.xhtml");
    assertEquals("Évènements clients · Atrium", staff.getTitle());
    staff.findElement(By.id("eventsForm:new")).click();
    Browser.await(staff, b -> b.getTitle().startsWith("Créer un évènement") ? true : null);

    type(staff, "form:title", title);
    type(staff, "form:location", "Rooftop");
    type(staff, "form:capacity", "20");
    type(staff, "form:startTime", "00:00");
    type(staff, "form:endTime", "23:59");
    type(
        staff,
        "form:date_input",
        DemoEvents.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    staff.findElement(By.id("form:date_input")).sendKeys(Keys.ESCAPE);
    Path cover = Files.createTempFile("cover", ".png");
    Files.write(cover, EventsApiIT.png());
    staff.findElement(By.cssSelector("input[type='file']")).sendKeys(cover.toString());
    staff.findElement(By.id("form:save")).click();
    Browser.await(staff, b -> b.getCurrentUrl().contains("edit.xhtml?id=") ? true : null);
    eventId = Long.parseLong(URI.create(staff.getCurrentUrl()).getQuery().replaceAll("\\D", ""));
    assertTrue(messages(staff).contains("Évènement " + title + " enregistré."), messages(staff));
    assertEquals("Brouillon", staff.findElement(By.id("state")).getText());
    assertTrue(staff.findElement(By.id("form:coverImage")).isDisplayed(), "the cover is shown");

    staff.findElement(By.id("head:publish")).click();
    Browser.await(staff, b -> b.findElement(By.id("publishDialog")).isDisplayed() ? true : null);
    staff.findElement(By.cssSelector("#publishForm\\:broadcast .ui-chkbox-box")).click();
    staff.findElement(By.id("publishForm:confirm")).click();
    Browser.await(
        staff, b -> "Publié".equals(b.findElement(By.id("state")).getText()) ? true : null);

    staff.findElement(By.id("head:attendees")).click();
    Browser.await(staff, b -> b.findElements(By.id("attendeesForm:going")).isEmpty() ? null : true);
    assertEquals("0", staff.findElement(By.id("attendeesForm:going")).getText());
    ((JavascriptExecutor) staff).executeScript("window.atriumTestMark = 'still here';");

    member = browsers.open("member", "fr-FR,fr");
    Browser.signIn(member, base, "lumiere", "user@kaolin.test");
    member.get(base + "portal/events.xhtml");
    String card = "section[data-event='" + eventId + "'] ";
    Browser.await(member, b -> visible(b, card + "button.rsvp")).click();
    String going = Browser.await(member, b -> textOf(b, card + ".my-answer"));
    assertEquals("Vous êtes inscrit(e)", going);
    assertTrue(textOf(member, card + ".seats-left").startsWith("19 "), "a seat is taken");

    Browser.await(
        staff,
        b -> "1".equals(b.findElement(By.id("attendeesForm:going")).getText()) ? true : null);
    assertEquals("Chloé Bernard", staff.findElement(By.cssSelector(".attendee-name")).getText());
    assertEquals(
        "still here",
        ((JavascriptExecutor) staff).executeScript("return window.atriumTestMark;"),
        "the list changed without a reload");

    Browser.await(staff, b -> visible(b, "button[id$=':checkIn']")).click();
    Browser.await(
        staff,
        b -> "1".equals(b.findElement(By.id("attendeesForm:checkedIn")).getText()) ? true : null);
    assertTrue(
        messages(staff).contains("Chloé Bernard est pointé(e) présent(e)."), messages(staff));
    assertTrue(staff.findElement(By.cssSelector(".checked-in")).getText().matches("\\d\\d:\\d\\d"));
  }

  private static void type(WebDriver browser, String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static String messages(WebDriver browser) {
    return browser.findElement(By.id("messages")).getText();
  }

  private static WebElement visible(WebDriver browser, String css) {
    return browser.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  private static String textOf(WebDriver browser, String css) {
    var found = browser.findElements(By.cssSelector(css));
    return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0).getText();
  }
}
