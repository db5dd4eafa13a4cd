package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.SignedInBrowser;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bell and the Sent mail page as people see them in Chromium. Ordered steps: the server makes
 * the fixtures and sends a notice while the browser, signed in, keeps its page open; the bell must
 * count it without a reload.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsBrowserIT {

  private static final String PASSWORD = "Correct-horse-2026";
  private static final String BELL = "bell-it";
  private static final String CAMILLE = "camille@bell-it.test";
  private static final String MAIL_A = "sent-mail-a";
  private static final String MAIL_B = "sent-mail-b";
  private static final String COUNT = "#bell\\:count .bell-count";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app().addClasses(TestTenants.class, InTransaction.class);
  }

  @ArquillianResource URL base;

  @Inject Tenancy tenancy;

  @Inject Notifications notifications;

  @Inject TestTenants fixtures;

  @Inject InTransaction transactions;

  private AtriumPrincipal camille() {
    long tenant = fixtures.named(BELL, "fr", "Europe/Paris").id();
    return fixtures.staff(tenant, CAMILLE, "Camille Laurent", "fr", PASSWORD).principal();
  }

  private void mailOf(String slug) {
    long tenant = fixtures.named(slug, "en", "Europe/London").id();
    fixtures.clearMessages(tenant);
    fixtures.staff(
        tenant,
        "admin@" + slug + ".test",
        "Admin " + slug,
        "en",
        PASSWORD,
        Permission.of(Area.SETTINGS, Action.READ));
    tenancy.runAsTenant(
        tenant,
        () ->
            transactions.run(
                () ->
                    notifications.email(
                        new Mail(
                            "newcomer@" + slug + ".test",
                            "Newcomer",
                            "en",
                            "reset",
                            Map.of(
                                "name",
                                "Newcomer",
                                "operator",
                                "Operator " + slug,
                                "workspace",
                                slug,
                                "link",
                                "https://atrium.test/account/reset.xhtml?token=" + slug)))));
  }

  @Test
  @Order(1)
  void fixtures() {
    fixtures.clearMessages(camille().tenantId());
    mailOf(MAIL_A);
    mailOf(MAIL_B);
  }

  @Test
  @Order(2)
  @RunAsClient
  void aSignedInPersonSeesAnEmptyBell() {
    SignedInBrowser.open("en-GB,en");
    SignedInBrowser.signIn(base, BELL, CAMILLE, PASSWORD);
    assertEquals("Dashboard · Atrium", SignedInBrowser.title());
    assertTrue(SignedInBrowser.present("#bell\\:toggle"), "the bell is in the top bar");
    assertEquals("", SignedInBrowser.text(COUNT), "nothing unread");
    SignedInBrowser.markPage();
  }

  @Test
  @Order(3)
  void aNoticeIsSentToThatPerson() {
    AtriumPrincipal camille = camille();
    tenancy.runAsTenant(
        camille.tenantId(),
        () ->
            transactions.run(
                () ->
                    notifications.notice(
                        new InAppNotice(
                            camille.kind(),
                            camille.personId(),
                            "fr",
                            "welcome",
                            Map.of("name", "Camille"),
                            "/index.xhtml?from=bell"))));
  }

  @Test
  @Order(4)
  @RunAsClient
  void theBellCountsItLiveAndOpeningItMarksItRead() {
    assertEquals("1", SignedInBrowser.awaitText(COUNT, "1"));
    assertTrue(SignedInBrowser.pageStillMarked(), "updated by the push, not by a reload");

    SignedInBrowser.click("#bell\\:toggle");
    SignedInBrowser.click(".bell-item.unread");
    SignedInBrowser.awaitUrlEnding("/index.xhtml?from=bell");
    assertEquals("", SignedInBrowser.text(COUNT), "read once opened");
    SignedInBrowser.click("#bell\\:toggle");
    String list = SignedInBrowser.awaitVisibleText("#bell\\:list");
    // Written for Camille's French profile, read on her English page: in English, like the page.
    assertTrue(list.contains("Welcome to Atrium, Camille"), "in the page's language: " + list);
    assertFalse(SignedInBrowser.present(".bell-item.unread"));
  }

  @Test
  @Order(5)
  @RunAsClient
  void withoutTheRightToReadSettingsThereIsNoSentMail() {
    assertFalse(SignedInBrowser.text("#sidemenu").contains("Sent mail"));
    SignedInBrowser.get(base, "notifications/sent-mail.xhtml");
    assertEquals("Access denied · Atrium", SignedInBrowser.title());
    SignedInBrowser.close();
  }

  @Test
  @Order(6)
  @RunAsClient
  void theSentMailPageListsTheOperatorsOwnMailsOnly() {
    SignedInBrowser.open("en-GB,en");
    SignedInBrowser.signIn(base, MAIL_B, "admin@" + MAIL_B + ".test", PASSWORD);
    assertTrue(SignedInBrowser.text("#sidemenu").contains("Sent mail"));
    SignedInBrowser.get(base, "notifications/sent-mail.xhtml");
    assertEquals("Sent mail · Atrium", SignedInBrowser.title());
    String table = SignedInBrowser.text("#mails\\:table");
    assertTrue(table.contains("newcomer@" + MAIL_B + ".test"), table);
    assertTrue(table.contains("Reset your password – Operator " + MAIL_B + " on Atrium"), table);
    assertFalse(table.contains(MAIL_A), "another operator's mail: " + table);

    SignedInBrowser.click("#mails\\:table a[id$=':open']");
    String body = SignedInBrowser.awaitVisibleText("#mailBody");
    assertTrue(body.contains("valid for 1 hour"), body);
    assertTrue(body.contains("token=" + MAIL_B), body);
  }

  @Test
  @Order(7)
  @RunAsClient
  void closeTheBrowser() {
    SignedInBrowser.close();
  }
}
