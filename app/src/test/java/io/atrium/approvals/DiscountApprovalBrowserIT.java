package io.atrium.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 12's approval in two Chromium sessions, in French, on a copy of lumiere whose community
 * managers may use the pricing calculator: the Paris community manager (ceiling 10 %) prices a
 * meeting room with 25 % off and saves it, the quote waits for approval; the Super Admin approves
 * it in the inbox; the manager's bell shows the notice, her quote is confirmed and the mail arrived
 * with a link to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscountApprovalBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Browsers browsers = new Browsers();

  /** This class's copy of lumiere, whose community managers may price, and its meeting room. */
  private static String lumiere;

  private static String code;

  @BeforeEach
  void ownCopyOfLumiere() throws Exception {
    if (lumiere == null) {
      lumiere =
          ImportedTenants.copyOf(
              base,
              "lumiere",
              manifest ->
                  manifest.replaceFirst(
                      "leads:read, leads:create, leads:edit,\\s*inventory:read, statistics:read]",
                      "leads:read, leads:create, leads:edit, inventory:read, statistics:read,"
                          + " pricing:read]"));
      long tenant = Api.tenantId(new Api(base.toURI()).token(lumiere, "admin@lumiere.test"));
      code = meetingRoomInParis(tenant);
    }
  }

  @Test
  void aDiscountAboveTheCeilingIsApprovedInTheInboxAndTheRequesterIsTold() throws Exception {
    MailCatcher.start();
    try {
      WebDriver cm = browsers.open("cm", "fr-FR,fr");
      Browser.signIn(cm, base, lumiere, "cm@lumiere.test");
      cm.get(base + "pricing/calculator.xhtml");
      assertEquals("Tarificateur · Atrium", cm.getTitle());
      Browser.choose(cm, "calculator:item", code);
      type(cm, "calculator:discountPercent_input", "25");
      cm.findElement(By.id("calculator:calculate")).click();
      String lines =
          Browser.await(
              cm,
              b -> {
                String shown = textOf(b, "[id='calculator:lines_data']");
                return shown != null && shown.contains("Net") ? shown : null;
              });
      assertTrue(lines.contains("Réduction de 25 %"), lines);
      assertTrue(lines.contains("-112,50 EUR"), lines);
      assertTrue(lines.contains("337,50 EUR"), "450 less 25 %: " + lines);
      cm.findElement(By.id("calculator:save")).click();
      Browser.await(cm, b -> b.getCurrentUrl().contains("quote.xhtml?id=") ? true : null);
      String quotePage = cm.getCurrentUrl();
      assertEquals("En attente de validation", cm.findElement(By.id("status")).getText());

      WebDriver admin = browsers.open("admin", "fr-FR,fr");
      Browser.signIn(admin, base, lumiere, "admin@lumiere.test");
      admin.get(base + "approvals/inbox.xhtml");
      String subject = code + " × 1";
      WebElement row = pendingRow(admin, subject, "25 % (plafond 10 %)");
      assertTrue(oneLine(row).contains("337,50 EUR"), oneLine(row));
      row.findElement(By.cssSelector("button[id$=':approve']")).click();
      Browser.await(
          admin,
          b ->
              textOf(b, "#messages") != null && textOf(b, "#messages").contains("approuvée")
                  ? true
                  : null);

      cm.findElement(By.id("bell:toggle")).click();
      Browser.await(
          cm,
          b ->
              b.findElements(By.cssSelector(".bell-item-title")).stream()
                      .anyMatch(t -> t.getText().contains("Remise approuvée : " + subject))
                  ? true
                  : null);
      cm.get(quotePage);
      assertEquals("Confirmée", cm.findElement(By.id("status")).getText());
      assertEquals("Approuvée", cm.findElement(By.id("approvalState")).getText());

      var mails =
          MailCatcher.awaitSubjects(
              "cm@lumiere.test"::equals,
              List.of("Remise approuvée : " + subject),
              Duration.ofSeconds(30));
      String quoteId = quotePage.replaceAll(".*id=(\\d+).*", "$1");
      assertTrue(
          mails.stream()
              .anyMatch(
                  m ->
                      m.subject().equals("Remise approuvée : " + subject)
                          && m.body().contains("/pricing/quote.xhtml?id=" + quoteId)),
          "the mail links to the quote");
    } finally {
      MailCatcher.stop();
    }
  }

  @Test
  void aRejectionInTheInboxNeedsItsReasonAndTheQuoteShowsIt() throws Exception {
    WebDriver cm = browsers.open("cm", "fr-FR,fr");
    Browser.signIn(cm, base, lumiere, "cm@lumiere.test");
    cm.get(base + "pricing/calculator.xhtml");
    Browser.choose(cm, "calculator:item", code);
    type(cm, "calculator:discountPercent_input", "40");
    cm.findElement(By.id("calculator:save")).click();
    Browser.await(cm, b -> b.getCurrentUrl().contains("quote.xhtml?id=") ? true : null);
    String quotePage = cm.getCurrentUrl();
    assertEquals("En attente de validation", cm.findElement(By.id("status")).getText());

    WebDriver admin = browsers.open("admin", "fr-FR,fr");
    Browser.signIn(admin, base, lumiere, "admin@lumiere.test");
    admin.get(base + "approvals/inbox.xhtml");
    pendingRow(admin, code + " × 1", "40 % (plafond 10 %)")
        .findElement(By.cssSelector("button[id$=':reject']"))
        .click();
    Browser.await(admin, b -> b.findElement(By.id("rejectDialog")).isDisplayed() ? true : null);
    admin.findElement(By.id("reject:confirm")).click();
    String refused = Browser.await(admin, b -> textOf(b, "[id='rejectDialog'] .ui-message-error"));
    assertEquals("Indiquez le motif du refus.", refused);
    assertTrue(admin.findElement(By.id("rejectDialog")).isDisplayed(), "the dialog stays open");
    type(admin, "reject:reason", "Trois jours à -40 %, c’est trop.");
    admin.findElement(By.id("reject:confirm")).click();
    Browser.await(
        admin,
        b ->
            textOf(b, "#messages") != null && textOf(b, "#messages").contains("refusée")
                ? true
                : null);

    cm.get(quotePage);
    assertEquals("Refusée", cm.findElement(By.id("status")).getText());
    assertEquals(
        "Trois jours à -40 %, c’est trop.", cm.findElement(By.id("approvalReason")).getText());
  }

  /** A meeting room at 450.00 EUR a day, offered in Paris since 2026; returns its code. */
  private static String meetingRoomInParis(long tenant) {
    String code = "MEET-" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO catalogue_item (tenant_id, id, code, kind, service_type, name_en, name_fr,"
            + " unit, vat_category, tax_rate) VALUES (?, nextval('atrium_id_seq'), ?, 'MAIN',"
            + " 'MEETING_ROOM', 'Meeting room', 'Salle de réunion', 'DAY', 'S', 20)",
        tenant,
        code);
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO catalogue_item_centre (item_id, centre_id) SELECT i.id, c.id"
            + " FROM catalogue_item i, centre c WHERE i.code = ? AND c.code = 'PAR1'",
        code);
    TestDatabase.updateFromClient(
        tenant,
        "INSERT INTO catalogue_price (tenant_id, id, item_id, centre_id, effective_from,"
            + " unit_price, currency, created_by_name) SELECT ?, nextval('atrium_id_seq'), i.id,"
            + " c.id, DATE '2026-01-01', 450, 'EUR', 'Test' FROM catalogue_item i, centre c"
            + " WHERE i.code = ? AND c.code = 'PAR1'",
        tenant,
        code);
    return code;
  }

  /** The inbox's row of this quote and discount, once the table shows it. */
  private static WebElement pendingRow(WebDriver admin, String subject, String percent) {
    return Browser.await(
        admin,
        b ->
            b.findElements(By.cssSelector("[id='inbox:tabs:pending'] tbody tr")).stream()
                .filter(r -> oneLine(r).contains(subject) && oneLine(r).contains(percent))
                .findFirst()
                .orElse(null));
  }

  /** A row's text as read, whatever the columns' widths wrap. */
  private static String oneLine(WebElement row) {
    return row.getText().replaceAll("\\s+", " ");
  }

  private static void type(WebDriver browser, String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static String textOf(WebDriver browser, String css) {
    var found = browser.findElements(By.cssSelector(css));
    return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0).getText();
  }
}
