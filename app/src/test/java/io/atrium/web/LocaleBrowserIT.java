package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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

/**
 * Languages and formats as people meet them: a receptionist working in English registers a walk-in
 * whose French host is mailed in French; Banyan's English pages write days before months ("10 Dec
 * 2026", never the US "12/10/26") and its date inputs take a typed day in that order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LocaleBrowserIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private final List<WebDriver> browsers = new ArrayList<>();

  @AfterEach
  void close() {
    MailCatcher.stop();
    browsers.forEach(WebDriver::quit);
  }

  @Test
  void aWalkInRegisteredInEnglishIsMailedToItsFrenchHostInFrench() throws Exception {
    MailCatcher.start();
    String name = "Jules Verne " + RUN;
    WebDriver desk = open("en-GB,en");
    Browser.signIn(desk, base, "lumiere", "reception@lumiere.test");
    desk.get(base + "reception/walk-in.xhtml");
    assertEquals("Walk-in · Atrium", desk.getTitle());
    Browser.choose(desk, "walkIn:hostId", "Léa Fontaine");
    type(desk, "walkIn:fullName", name);
    desk.findElement(By.id("walkIn:register")).click();
    Browser.await(desk, b -> nonBlank(b.findElement(By.id("messages")).getText()));

    String subject = "Votre visiteur " + name + " est arrivé";
    var mails =
        MailCatcher.awaitSubjects(
            "admin@kaolin.test"::equals, List.of(subject), Duration.ofSeconds(30));
    assertTrue(
        mails.stream().anyMatch(m -> m.subject().equals(subject)),
        "the host's profile is French: " + mails);
    assertFalse(
        mails.stream().anyMatch(m -> m.subject().contains(name) && m.subject().contains("has")),
        "no English mail for it");
  }

  @Test
  void banyansEnglishPutsTheDayFirstAndItsDateInputsTakeItTyped() {
    String name = "Ravi Iyer " + RUN;
    LocalDate visit = LocalDate.now(KOLKATA).plusDays(9);
    WebDriver desk = open("en-US,en");
    Browser.signIn(desk, base, "banyan", "reception@banyan.test");
    desk.get(base + "reception/invite.xhtml");
    Browser.choose(desk, "invite:hostId", "Ananya Krishnan");
    type(desk, "invite:fullName", name);
    type(desk, "invite:email", "ravi." + RUN + "@visitor.test");
    WebElement date = desk.findElement(By.id("invite:expectedDate_input"));
    date.sendKeys(
        Keys.chord(Keys.CONTROL, "a"),
        Keys.BACK_SPACE,
        visit.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
        Keys.TAB);
    WebElement time = desk.findElement(By.id("invite:visitTime_input"));
    time.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "10:30", Keys.TAB);
    desk.findElement(By.id("invite:send")).click();
    String sent = Browser.await(desk, b -> nonBlank(b.findElement(By.id("messages")).getText()));
    String day = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).format(visit);
    assertTrue(sent.contains("Invitation sent to " + name), sent);
    assertTrue(sent.contains(" for " + day), "the saved day, as pages write it: " + sent);

    WebDriver host = open("en-US,en");
    Browser.signIn(host, base, "banyan", "admin@chailabs.test");
    host.get(base + "portal/visitors.xhtml");
    String row =
        Browser.await(
            host,
            b ->
                b
                    .findElements(By.xpath("//tr[contains(normalize-space(), '" + name + "')]"))
                    .stream()
                    .map(WebElement::getText)
                    .findFirst()
                    .orElse(null));
    String shown = day + " 10:30";
    assertTrue(row.contains(shown), "the typed day, day first: " + row);
    String us = DateTimeFormatter.ofPattern("M/d/yy", Locale.US).format(visit);
    assertFalse(row.contains(us), "never the US order: " + row);
  }

  private WebDriver open(String language) {
    WebDriver browser = Browser.open(language);
    browsers.add(browser);
    return browser;
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
