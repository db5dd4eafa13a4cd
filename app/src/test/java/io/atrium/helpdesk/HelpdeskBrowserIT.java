package io.atrium.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A ticket's life in two Chromium sessions, in French: a member reports an incident with a photo in
 * the client space; the Paris community manager finds it in the queue, assigns it to the technician
 * (in progress), comments, adds an internal note and marks it solved; the member sees the status
 * and the comment, never the note, and reopens it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpdeskBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver member;
  private WebDriver manager;

  @Test
  void aMembersIncidentIsAssignedCommentedSolvedAndReopened() throws Exception {
    lifeCycle();
  }

  private void lifeCycle() throws Exception {
    String title = "Fuite d'eau " + System.nanoTime();
    Path photo = Files.createTempFile("leak-", ".png");
    Files.write(photo, HelpdeskFixtures.PNG);

    member = browsers.open("member", "fr-FR,fr");
    Browser.signIn(member, base, "lumiere", "user@kaolin.test");
    member.get(base + "portal/tickets.xhtml");
    Browser.choose(member, "ticketForm:type", "Réparation et entretien");
    member.findElement(By.id("ticketForm:title")).sendKeys(title);
    member.findElement(By.id("ticketForm:description")).sendKeys("De l'eau coule sous l'évier.");
    member
        .findElement(By.cssSelector("form[id='ticketForm'] input[type='file']"))
        .sendKeys(photo.toString());
    member.findElement(By.id("ticketForm:create")).click();
    String number =
        Browser.await(
            member,
            b ->
                b.getCurrentUrl().contains("portal/ticket.xhtml") ? text(b, "ticketNumber") : null);
    assertTrue(number.startsWith("PAR1-"), number);
    assertEquals("Nouveau (Ouvert)", text(member, "ticketStatus"));
    assertFalse(member.findElements(By.cssSelector("#facts img.thumbnail")).isEmpty(), "photo");
    String ticketUrl = member.getCurrentUrl();

    manager = browsers.open("manager", "fr-FR,fr");
    Browser.signIn(manager, base, "lumiere", "cm@lumiere.test");
    manager.get(base + "helpdesk/queue.xhtml");
    Browser.await(manager, b -> link(b, number)).click();
    Browser.await(manager, b -> number.equals(text(b, "ticketNumber")) ? true : null);
    Browser.choose(manager, "assignForm:assignee", "Marc Dubois");
    manager.findElement(By.id("assignForm:assign")).click();
    Browser.await(manager, b -> "En cours".equals(text(b, "ticketStatus")) ? true : null);
    assertEquals("Marc Dubois", text(manager, "assignee"));

    comment("Le plombier passe à 15 h.", false);
    comment("Note interne : joint à commander.", true);
    manager.findElement(By.cssSelector("button.to-solved")).click();
    Browser.await(manager, b -> "Résolu".equals(text(b, "ticketStatus")) ? true : null);

    member.get(ticketUrl);
    assertEquals("Résolu", Browser.await(member, b -> text(b, "ticketStatus")));
    String conversation = member.findElement(By.id("conversation")).getText();
    assertTrue(conversation.contains("Le plombier passe à 15 h."), conversation);
    assertFalse(conversation.contains("joint à commander"), "no internal note for the member");
    member.findElement(By.id("reopenForm:reopen")).click();
    Browser.await(member, b -> "En cours".equals(text(b, "ticketStatus")) ? true : null);
  }

  private void comment(String text, boolean internal) {
    int before = manager.findElements(By.cssSelector("#comments li.comment")).size();
    manager.findElement(By.id("commentForm:body")).sendKeys(text);
    if (internal) {
      manager.findElement(By.cssSelector("[id='commentForm:internal'] .ui-chkbox-box")).click();
    }
    manager.findElement(By.id("commentForm:send")).click();
    Browser.await(
        manager,
        b -> b.findElements(By.cssSelector("#comments li.comment")).size() > before ? true : null);
  }

  private static String text(WebDriver browser, String id) {
    var found = browser.findElements(By.id(id));
    return found.isEmpty() ? null : found.get(0).getText().strip();
  }

  private static WebElement link(WebDriver browser, String number) {
    return browser.findElements(By.cssSelector("a.ticket-number")).stream()
        .filter(a -> number.equals(a.getText().strip()))
        .findFirst()
        .orElse(null);
  }

  /** Picks an item of a PrimeFaces select by its label, until the select shows it. */
}
