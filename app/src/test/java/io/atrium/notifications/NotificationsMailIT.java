package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail from the outbox to a real SMTP server (GreenMail, in this test JVM): what arrives, in
 * which language, and that nothing is lost or doubled while the server is down. Steps alternate
 * between the server (queueing mail with the application's services, reading the outbox) and this
 * JVM (starting and stopping GreenMail, reading what it received), in order.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsMailIT {

  /** A fixture tenant of its own, found again by every run; its outbox is emptied per scenario. */
  private static final String SLUG = "mail-it";

  private static final String DOMAIN = "@mail-it.test";
  private static final int WHILE_DOWN = 5;

  /** The recipients of the mails step 2 commits (two of them in one transaction). */
  private static final Set<String> COMMITTED =
      Set.of(
          "claire" + DOMAIN,
          "sam" + DOMAIN,
          "pair-1" + DOMAIN,
          "pair-2" + DOMAIN,
          "after-rollback" + DOMAIN);

  @Deployment
  static WebArchive deployment() {
    // MailCatcher only so that the server can read this class's lambdas' signatures; it never runs
    // there (GreenMail is not deployed).
    return Deployments.app()
        .addClasses(
            TestTenants.class, InTransaction.class, MailCatcher.class, MailCatcher.Received.class);
  }

  @Inject Tenancy tenancy;

  @Inject Notifications notifications;

  @Inject TestTenants fixtures;

  @Inject InTransaction transactions;

  @Inject UserTransaction userTransaction;

  private static Mail mail(String template, String local, String name, String language) {
    return new Mail(
        local + DOMAIN,
        name,
        language,
        template,
        Map.of(
            "name",
            name,
            "operator",
            "Operator " + SLUG,
            "workspace",
            SLUG,
            "link",
            "https://atrium.test/account/activate.xhtml?workspace=" + SLUG + "&token=t"));
  }

  private long freshTenant() {
    long tenant = fixtures.named(SLUG, "fr", "Europe/Paris").id();
    fixtures.clearMessages(tenant);
    return tenant;
  }

  private void queueCommitted(long tenant, Mail mail) {
    tenancy.runAsTenant(tenant, () -> transactions.run(() -> notifications.email(mail)));
  }

  @Test
  @Order(1)
  @RunAsClient
  void theSmtpServerIsUp() {
    MailCatcher.start();
  }

  @Test
  @Order(2)
  void mailsAreQueuedInCommittedAndRolledBackTransactions() throws Exception {
    long tenant = freshTenant();
    queueCommitted(tenant, mail("activation", "claire", "Claire Martin", "fr"));
    queueCommitted(tenant, mail("reset", "sam", "Sam Lee", "en"));
    // Two mails of one transaction: it nudges the worker once, and both go.
    tenancy.runAsTenant(
        tenant,
        () ->
            transactions.run(
                () -> {
                  notifications.email(mail("reset", "pair-1", "Pair One", "en"));
                  notifications.email(mail("reset", "pair-2", "Pair Two", "en"));
                }));

    userTransaction.begin();
    try {
      tenancy.runAsTenant(
          tenant, () -> notifications.email(mail("activation", "ghost", "Ghost", "en")));
    } finally {
      userTransaction.rollback();
    }
    // Committed after the rolled-back one: once it arrives, the worker has been round since.
    queueCommitted(tenant, mail("activation", "after-rollback", "After", "en"));

    assertThrows(
        TransactionalException.class,
        () -> tenancy.runAsTenant(tenant, () -> notifications.email(mail("reset", "x", "X", "en"))),
        "a mail is only ever queued inside the transaction of the change");
    Set<String> queued =
        fixtures.all(tenant, OutboxMail.class).stream()
            .map(OutboxMail::getToEmail)
            .collect(Collectors.toSet());
    assertEquals(COMMITTED, queued, "nothing of the rolled-back transaction stays in the outbox");
  }

  @Test
  @Order(3)
  @RunAsClient
  void committedMailsArriveInTheRecipientsLanguageAndTheRolledBackOneNever() throws Exception {
    List<MailCatcher.Received> mails =
        MailCatcher.await(to -> to.endsWith(DOMAIN), COMMITTED.size(), Duration.ofSeconds(30));
    Map<String, MailCatcher.Received> byRecipient =
        mails.stream().collect(Collectors.toMap(m -> m.to().get(0), m -> m));
    assertEquals(COMMITTED, byRecipient.keySet());

    var french = byRecipient.get("claire" + DOMAIN);
    assertEquals("Activer le compte – Operator mail-it sur Atrium", french.subject());
    assertTrue(french.body().startsWith("Bonjour Claire Martin,"), french.body());
    assertTrue(french.body().contains("valable 7 jours"), french.body());
    assertTrue(french.body().contains("« mail-it »"), french.body());
    assertTrue(french.from().contains("no-reply@atrium.local"), french.from());

    var english = byRecipient.get("sam" + DOMAIN);
    assertEquals("Reset your password – Operator mail-it on Atrium", english.subject());
    assertTrue(english.body().contains("valid for 1 hour"), english.body());

    assertTrue(MailCatcher.receivedBy(to -> to.startsWith("ghost")).isEmpty());
  }

  @Test
  @Order(4)
  @RunAsClient
  void theSmtpServerGoesDown() {
    MailCatcher.stop();
  }

  @Test
  @Order(5)
  void mailsQueuedWhileItIsDownWaitAndAreRetried() throws Exception {
    long tenant = freshTenant();
    for (int i = 1; i <= WHILE_DOWN; i++) {
      queueCommitted(tenant, mail("reset", "down-" + i, "Down " + i, "en"));
    }
    // With a 1 s base the third attempt comes about 3 s after the first.
    long end = System.nanoTime() + Duration.ofSeconds(45).toNanos();
    List<OutboxMail> outbox = fixtures.all(tenant, OutboxMail.class);
    while (outbox.stream().anyMatch(m -> m.getAttempts() < 3) && System.nanoTime() < end) {
      Thread.sleep(250);
      outbox = fixtures.all(tenant, OutboxMail.class);
    }
    assertEquals(WHILE_DOWN, outbox.size());
    for (OutboxMail mail : outbox) {
      assertEquals(OutboxMail.Status.PENDING, mail.getStatus(), mail.getToEmail());
      assertTrue(mail.getAttempts() >= 3, mail.getToEmail() + ": " + mail.getAttempts());
      assertNotNull(mail.getLastError(), "the refusal is recorded");
    }
  }

  @Test
  @Order(6)
  @RunAsClient
  void onceItIsBackEveryWaitingMailArrives() throws Exception {
    MailCatcher.start();
    List<MailCatcher.Received> mails =
        MailCatcher.await(to -> to.startsWith("down-"), WHILE_DOWN, Duration.ofSeconds(60));
    assertEquals(WHILE_DOWN, mails.size(), "none lost");
  }

  @Test
  @Order(7)
  void theOutboxShowsThemSentAfterTheirFailedAttempts() throws Exception {
    long tenant = fixtures.named(SLUG, "fr", "Europe/Paris").id();
    // The worker marks a row SENT in the transaction after the SMTP server took it.
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<OutboxMail> outbox = fixtures.all(tenant, OutboxMail.class);
    while (outbox.stream().anyMatch(m -> m.getStatus() != OutboxMail.Status.SENT)
        && System.nanoTime() < end) {
      Thread.sleep(250);
      outbox = fixtures.all(tenant, OutboxMail.class);
    }
    assertEquals(WHILE_DOWN, outbox.size());
    for (OutboxMail mail : outbox) {
      assertEquals(OutboxMail.Status.SENT, mail.getStatus(), mail.getToEmail());
      assertNotNull(mail.getSentAt());
      assertTrue(mail.getAttempts() >= 3);
      assertFalse(mail.getSentAt().isBefore(mail.getCreatedAt()));
    }
  }

  @Test
  @Order(8)
  @RunAsClient
  void andEachArrivedExactlyOnce() {
    // Every row is SENT (step 7) and the worker only sends PENDING rows: no copy can come later.
    List<MailCatcher.Received> mails = MailCatcher.receivedBy(to -> to.startsWith("down-"));
    assertEquals(WHILE_DOWN, mails.size(), "none doubled");
    assertEquals(
        WHILE_DOWN, mails.stream().map(m -> m.to().get(0)).collect(Collectors.toSet()).size());
  }

  @Test
  @Order(9)
  @RunAsClient
  void theSmtpServerStops() {
    MailCatcher.stop();
  }
}
