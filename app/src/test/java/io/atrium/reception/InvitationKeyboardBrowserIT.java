package io.atrium.reception;

import static io.atrium.reception.DemoReception.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A receptionist invites a visitor for tomorrow with the keyboard only: the date and time are
 * typed, Tab reaches Send, Enter sends. The visit is saved for the typed day and hour (read back
 * from the invitation's .ics, downloaded from the Sent mail page, which also shows its QR code).
 * Date pickers used to open on focus, replace typed dates and trap Tab.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationKeyboardBrowserIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver browser;

  @AfterEach
  void close() {
    MailCatcher.stop();
  }

  @Test
  void aDateTypedWithTheKeyboardIsTheVisitsDateAndTheSentMailShowsItsFiles() throws Exception {
    MailCatcher.start();
    browser = browsers.open("fr-FR,fr");
    flow();
  }

  private void flow() throws Exception {
    String name = "Ada Lovelace " + RUN;
    String email = "ada." + RUN + "@visitor.test";
    LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);

    Browser.signIn(browser, base, "lumiere", "reception@lumiere.test");
    browser.get(base + "reception/invite.xhtml");
    Browser.choose(browser, "invite:hostId", "Léa Fontaine");
    browser.findElement(By.id("invite:fullName")).sendKeys(name);
    browser.findElement(By.id("invite:email")).sendKeys(email);
    WebElement date = browser.findElement(By.id("invite:expectedDate_input"));
    date.click();
    // Typed as the formatter's input pattern: day before month.
    date.sendKeys(
        Keys.chord(Keys.CONTROL, "a"),
        Keys.BACK_SPACE,
        tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    Actions keyboard = new Actions(browser);
    keyboard.sendKeys(Keys.TAB).perform();
    focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    // Tab may first reach the date picker's button; the time field comes next.
    for (int i = 0; i < 3 && !focused().getAttribute("id").equals("invite:visitTime_input"); i++) {
      keyboard.sendKeys(Keys.TAB).perform();
    }
    assertEquals("invite:visitTime_input", focused().getAttribute("id"), "Tab left the date");
    focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "10:30");

    int presses = 0;
    while (!"invite:send".equals(focused().getAttribute("id")) && presses < 20) {
      keyboard.sendKeys(Keys.TAB).perform();
      presses++;
    }
    assertEquals("invite:send", focused().getAttribute("id"), "Tab reaches Send in 20 presses");
    keyboard.sendKeys(Keys.ENTER).perform();
    String sent = Browser.await(browser, b -> nonBlank(b.findElement(By.id("messages")).getText()));
    assertTrue(sent.contains("Invitation envoyée à " + name), sent);
    MailCatcher.await(email::equals, 1, Duration.ofSeconds(30));

    browsers.close(browser);
    browser = browsers.open("fr-FR,fr");
    Path downloads = Files.createTempDirectory("atrium-downloads-");
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    Browser.signIn(browser, base, "lumiere", "admin@lumiere.test");
    browser.get(base + "notifications/sent-mail.xhtml");
    WebElement open =
        Browser.await(
            browser,
            b ->
                b
                    .findElements(
                        By.xpath(
                            "//tr[td[normalize-space()='"
                                + email
                                + "']]//a[contains(@id,':open')]"))
                    .stream()
                    .findFirst()
                    .orElse(null));
    open.click();
    WebElement qr =
        Browser.await(
            browser,
            b ->
                b.findElements(By.cssSelector("#files img.mail-picture")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    assertTrue(qr.getAttribute("src").startsWith("data:image/png;base64,"), "the QR code shown");
    assertTrue(
        (Boolean)
            ((JavascriptExecutor) browser)
                .executeScript("return arguments[0].naturalWidth > 0;", qr),
        "the QR code is a picture the browser can draw");

    WebElement download =
        browser.findElements(By.cssSelector("#files a.mail-download")).stream()
            .filter(a -> a.getText().contains("visit.ics"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("a download link for visit.ics"));
    // The dialog may overflow the window: a script click reaches the link wherever it is.
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", download);
    Path ics = downloads.resolve("visit.ics");
    String calendar = Browser.await(browser, b -> Files.isRegularFile(ics) ? read(ics) : null);
    String start =
        tomorrow
            .atTime(LocalTime.of(10, 30))
            .atZone(PARIS)
            .withZoneSameInstant(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    assertTrue(calendar.contains("DTSTART:" + start), "visit saved for the typed day: " + calendar);
  }

  private WebElement focused() {
    return browser.switchTo().activeElement();
  }

  private static String read(Path file) {
    try {
      String text = Files.readString(file);
      return text.contains("END:VCALENDAR") ? text : null;
    } catch (java.io.IOException stillWriting) {
      return null;
    }
  }

  private static String nonBlank(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
