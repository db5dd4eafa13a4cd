package io.atrium.reception;

import static io.atrium.reception.DemoReception.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Document 000's workflow 1 end to end in two Chromium sessions, in French: the receptionist
 * invites a visitor, the QR code read from the mail checks them in at the kiosk, the host approves
 * in the client space, the reception dashboard shows it without a reload, then check-in and
 * check-out with its timestamp.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceptionBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver desk;
  private WebDriver host;

  @AfterEach
  void close() {
    MailCatcher.stop();
  }

  @Test
  void inviteKioskHostApprovalLiveDashboardCheckInAndOut() throws Exception {
    MailCatcher.start();
    flow();
  }

  private void flow() throws Exception {
    String name = "Marie Curie " + RUN;
    String email = "marie." + RUN + "@visitor.test";
    desk = browsers.open("desk", "fr-FR,fr");
    Browser.signIn(desk, base, "lumiere", "reception@lumiere.test");
    desk.get(base + "reception/invite.xhtml");
    assertEquals("Inviter un visiteur · Atrium", desk.getTitle());
    type(desk, "invite:fullName", name);
    type(desk, "invite:email", email);
    type(desk, "invite:hostSearch", "fontaine");
    Browser.choose(desk, "invite:hostId", "Léa Fontaine");
    desk.findElement(By.id("invite:send")).click();
    String sent = Browser.await(desk, b -> nonBlank(b.findElement(By.id("messages")).getText()));
    assertTrue(sent.contains("Invitation envoyée à " + name), sent);

    MailCatcher.await(to -> to.equals(email), 1, Duration.ofSeconds(30));
    String token = DemoReception.qrToken(MailCatcher.messagesTo(to -> to.equals(email)).get(0));

    desk.get(base + "reception/kiosk.xhtml");
    type(desk, "kiosk:token", token);
    desk.findElement(By.id("kiosk:scan")).click();
    String welcome = Browser.await(desk, b -> nonBlank(b.findElement(By.id("messages")).getText()));
    assertTrue(welcome.contains("Bienvenue, " + name), welcome);

    desk.get(base + "reception/dashboard.xhtml");
    assertEquals("Accueil · Atrium", desk.getTitle());
    type(desk, "dashboard:visitors:search", RUN);
    assertEquals("Arrivé, en attente de l’hôte", Browser.await(desk, b -> state(b, name)));
    ((JavascriptExecutor) desk).executeScript("window.atriumTestMark = 'still here';");

    host = browsers.open("host", "fr-FR,fr");
    Browser.signIn(host, base, "lumiere", "admin@kaolin.test");
    host.get(base + "portal/visitors.xhtml");
    assertEquals("Mes visiteurs · Atrium", host.getTitle());
    clickButton(host, name, ":approve");
    String approved =
        Browser.await(host, b -> nonBlank(b.findElement(By.id("messages")).getText()));
    assertTrue(approved.contains("Visiteur approuvé"), approved);

    assertEquals(
        "Approuvé",
        Browser.await(desk, b -> "Approuvé".equals(state(b, name)) ? "Approuvé" : null));
    assertEquals(
        "still here",
        ((JavascriptExecutor) desk).executeScript("return window.atriumTestMark;"),
        "updated by the socket, not by a reload");

    clickButton(desk, name, ":checkIn");
    Browser.await(desk, b -> "Entré".equals(state(b, name)) ? true : null);
    clickButton(desk, name, ":checkOut");
    Browser.await(desk, b -> "Sorti".equals(state(b, name)) ? true : null);
    // Read again while the live update redraws the row (a stale row is "not yet").
    String stamp =
        Browser.await(
            desk,
            b -> {
              String shown = row(b, name).findElement(By.cssSelector(".checked-out-at")).getText();
              return shown.isBlank() ? null : shown;
            });
    // Hours and minutes only: a time column keeps its width ("08:50", never "08:50:2").
    assertTrue(stamp.matches("\\d{2}:\\d{2}"), stamp);
  }

  /**
   * Clicks a row's button once it is there; a row re-rendered by the socket meanwhile is found
   * again rather than clicked stale.
   */
  private static void clickButton(WebDriver browser, String name, String idEnd) {
    Browser.await(
        browser,
        b -> {
          WebElement button = button(b, name, idEnd);
          if (button == null) {
            return null;
          }
          button.click();
          return true;
        });
  }

  private static WebElement row(WebDriver browser, String name) {
    var rows =
        browser.findElements(
            By.xpath("//tr[.//span[@class='visitor-name' and normalize-space()='" + name + "']]"));
    return rows.isEmpty() ? null : rows.get(0);
  }

  private static String state(WebDriver browser, String name) {
    WebElement row = row(browser, name);
    return row == null ? null : row.findElement(By.cssSelector(".visitor-state")).getText();
  }

  private static WebElement button(WebDriver browser, String name, String idEnd) {
    WebElement row = row(browser, name);
    if (row == null) {
      return null;
    }
    return row.findElements(By.cssSelector("button[id$='" + idEnd + "']")).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  private static String nonBlank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static void type(WebDriver browser, String id, String text) {
    WebElement input = Browser.await(browser, b -> b.findElement(By.id(id)));
    input.clear();
    input.sendKeys(text);
  }
}
