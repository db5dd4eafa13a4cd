package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;
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
 * The outbox worker claims a mail, commits, and only then talks to SMTP: an SMTP server that
 * accepts the connection and then says nothing (here a silent socket in the server's JVM, on the
 * SMTP port) leaves the mail's row free for any other transaction meanwhile. A claim left by a
 * worker that died is honoured until its lease ends, and the mail goes out after it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailDeliveryIT {

  private static final String SLUG = "mail-delivery-it";
  private static final String DOMAIN = "@mail-delivery-it.test";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(
            TestTenants.class,
            InTransaction.class,
            TestDatabase.class,
            OutboxFixtures.class,
            MailCatcher.class,
            MailCatcher.Received.class);
  }

  @Inject Tenancy tenancy;

  @Inject Notifications notifications;

  @Inject TestTenants fixtures;

  @Inject InTransaction transactions;

  @Inject MailClaims claims;

  @Inject OutboxFixtures outbox;

  private static Mail mail(String local) {
    return new Mail(
        local + DOMAIN,
        "Sam Lee",
        "en",
        "reset",
        Map.of(
            "name",
            "Sam Lee",
            "operator",
            "Operator " + SLUG,
            "workspace",
            SLUG,
            "link",
            "https://atrium.test/account/reset.xhtml?token=t"));
  }

  private long freshTenant() {
    long tenant = fixtures.named(SLUG, "en", "UTC").id();
    fixtures.clearMessages(tenant);
    return tenant;
  }

  private OutboxMail only(long tenant, String local) {
    return fixtures.all(tenant, OutboxMail.class).stream()
        .filter(m -> m.getToEmail().equals(local + DOMAIN))
        .findFirst()
        .orElseThrow();
  }

  private OutboxMail await(long tenant, String local, Predicate<OutboxMail> state)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    OutboxMail mail = only(tenant, local);
    while (!state.test(mail) && System.nanoTime() < end) {
      Thread.sleep(100);
      mail = only(tenant, local);
    }
    return mail;
  }

  /** Whether the mail gets a running lease within 30 s, read as another connection sees it. */
  private static boolean claimed(long tenant, long id) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      if (leased(tenant, id)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  /** Whether the mail's lease is running now, read as another connection sees it. */
  private static boolean leased(long tenant, long id) throws Exception {
    try (Connection reader = TestDatabase.appConnectionInServer()) {
      reader.setAutoCommit(false);
      TestDatabase.bindTenant(reader, tenant);
      try (PreparedStatement lease =
          reader.prepareStatement("SELECT claimed_until > now() FROM outbox_mail WHERE id = ?")) {
        lease.setLong(1, id);
        try (ResultSet row = lease.executeQuery()) {
          return row.next() && row.getBoolean(1);
        }
      } finally {
        reader.rollback();
      }
    }
  }

  @Test
  @Order(1)
  @RunAsClient
  void noSmtpServerListensYet() {
    MailCatcher.stop();
  }

  @Test
  @Order(2)
  void whileSmtpKeepsTheWorkerWaitingTheMailsRowIsFreeAndClaimed() throws Exception {
    long tenant = freshTenant();
    int port = ConfigProvider.getConfig().getValue("smtp.port", Integer.class);
    List<Socket> held = new CopyOnWriteArrayList<>();
    CountDownLatch connected = new CountDownLatch(1);
    try (ServerSocket silent = new ServerSocket(port, 50, InetAddress.getByName("localhost"))) {
      tenancy.runAsTenant(tenant, () -> transactions.run(() -> notifications.email(mail("slow"))));
      long id = only(tenant, "slow").getId();
      // Mails of other tests may still be retrying: their connections are closed at once (they
      // fail fast and wait for their next attempt), so the worker comes to this mail; only the
      // connection made while this mail is claimed is held silent.
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    Socket socket = silent.accept();
                    if (leased(tenant, id)) {
                      held.add(socket);
                      connected.countDown();
                    } else {
                      socket.close();
                    }
                  }
                } catch (Exception closed) {
                  // The test is over.
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();

      assertTrue(connected.await(60, TimeUnit.SECONDS), "the worker connected to SMTP for it");
      assertTrue(claimed(tenant, id), "the worker holds the mail's claim");

      try (Connection other = TestDatabase.appConnectionInServer()) {
        other.setAutoCommit(false);
        TestDatabase.bindTenant(other, tenant);
        other.createStatement().execute("SET LOCAL lock_timeout = '2s'");
        try (PreparedStatement touch =
            other.prepareStatement("UPDATE outbox_mail SET to_name = to_name WHERE id = ?")) {
          touch.setLong(1, id);
          assertEquals(1, touch.executeUpdate(), "the row is not locked while SMTP is waited for");
        }
        try (PreparedStatement lease =
            other.prepareStatement(
                "SELECT status, claimed_until > now() FROM outbox_mail WHERE id = ?")) {
          lease.setLong(1, id);
          try (ResultSet row = lease.executeQuery()) {
            assertTrue(row.next());
            assertEquals("PENDING", row.getString(1));
            assertTrue(row.getBoolean(2), "claimed, with its lease running");
          }
        }
        other.rollback();
      }
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
    OutboxMail failed = await(tenant, "slow", m -> m.getAttempts() >= 1);
    assertEquals(OutboxMail.Status.PENDING, failed.getStatus(), "tried again later");
    assertNotNull(failed.getLastError(), "the failure is recorded after the send");
    fixtures.clearMessages(tenant);
  }

  @Test
  @Order(3)
  @RunAsClient
  void theSmtpServerIsUp() {
    MailCatcher.start();
  }

  @Test
  @Order(4)
  void aCrashedWorkersClaimIsRespectedUntilItsLeaseEndsThenTheMailGoesOut() throws Exception {
    long tenant = freshTenant();
    // Queued already claimed, as by a worker that died after claiming: the worker's nudge after
    // this commit must leave it alone.
    tenancy.runAsTenant(tenant, () -> outbox.queueClaimed(mail("crashed")));
    long id = only(tenant, "crashed").getId();
    assertTrue(
        tenancy.runAsTenant(tenant, () -> claims.claim(id)).isEmpty(),
        "nobody takes a mail another worker holds");
    assertEquals(OutboxMail.Status.PENDING, only(tenant, "crashed").getStatus());

    tenancy.runAsTenant(tenant, () -> outbox.leaseLapsed(id));
    OutboxMail sent = await(tenant, "crashed", m -> m.getStatus() != OutboxMail.Status.PENDING);
    assertEquals(OutboxMail.Status.SENT, sent.getStatus(), "sent once the lease lapsed");
    assertEquals(null, sent.getClaimedUntil(), "no claim left on a sent mail");
  }

  @Test
  @Order(5)
  @RunAsClient
  void theMailArrivedOnce() throws Exception {
    var mails = MailCatcher.await(("crashed" + DOMAIN)::equals, 1, Duration.ofSeconds(30));
    assertEquals(1, mails.size());
    MailCatcher.stop();
  }

  /**
   * A claim reads its mail by the primary key whatever PostgreSQL's statistics say: with the due
   * conditions in its WHERE clause the planner could walk the index of pending mails instead, and
   * after a billing run that read thousands of mails for each claim. The generic plan is the one a
   * pooled connection keeps; sequential scans are ruled out to compare the indexes alone.
   */
  @Test
  @Order(6)
  void aClaimFindsItsMailByThePrimaryKey() throws Exception {
    String plan;
    try (Connection app = TestDatabase.appConnectionInServer()) {
      plan =
          TestDatabase.genericPlan(
              app, freshTenant(), MailClaims.CLAIM.replace("?1", "$1"), "bigint", "1");
    }
    assertTrue(plan.contains("Index Scan using outbox_mail_pkey"), plan);
  }

  /**
   * The worker's scan across tenants (V14_25) names every tenant with a mail due and free, going
   * from tenant to tenant in the index of pending mails, and passes over a tenant whose pending
   * mail another worker holds or is not due yet. The rows are written and read in one transaction
   * that is rolled back: the running worker never sees them.
   */
  @Test
  @Order(7)
  void theScanForMailDueNamesEachTenantWithAMailDueAndFreeAndNoOther() throws Exception {
    long dueA = fixtures.named("mail-scan-due-a", "en", "UTC").id();
    long dueB = fixtures.named("mail-scan-due-b", "en", "UTC").id();
    long held = fixtures.named("mail-scan-held", "en", "UTC").id();
    long later = fixtures.named("mail-scan-later", "en", "UTC").id();
    List<Long> due = new ArrayList<>();
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      try {
        queued(app, dueA, "now()", "NULL");
        queued(app, dueB, "now() - interval '1 minute'", "now() - interval '1 second'");
        queued(app, held, "now()", "now() + interval '5 minutes'");
        queued(app, later, "now() + interval '1 hour'", "NULL");
        try (Statement statement = app.createStatement();
            ResultSet rows = statement.executeQuery("SELECT atrium_tenants_with_due_mail()")) {
          while (rows.next()) {
            due.add(rows.getLong(1));
          }
        }
      } finally {
        app.rollback();
      }
    }
    assertTrue(due.contains(dueA), "a mail due now: " + due);
    assertTrue(due.contains(dueB), "a mail whose claim lapsed: " + due);
    assertFalse(due.contains(held), "a mail another worker holds: " + due);
    assertFalse(due.contains(later), "a mail to try again in an hour: " + due);
  }

  private static void queued(Connection app, long tenant, String nextAttempt, String claimedUntil)
      throws SQLException {
    TestDatabase.bindTenant(app, tenant);
    try (Statement statement = app.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO outbox_mail (tenant_id, id, to_email, language, template, subject, body,"
              + " next_attempt_at, claimed_until) VALUES ("
              + tenant
              + ", nextval('atrium_id_seq'), 'scan"
              + DOMAIN
              + "', 'en', 'reset', 'Scan', 'Scan', "
              + nextAttempt
              + ", "
              + claimedUntil
              + ")");
    }
  }
}
