package io.atrium.notifications;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantJobRunner;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox in the background, as a job of the tenant job runner: every {@code
 * outbox.poll.seconds} on every server, and at once after a transaction that queued mail commits.
 * It claims no tenant, as each mail is claimed on its own ({@link MailClaims#claim}: {@code FOR
 * UPDATE SKIP LOCKED} and a lease), so any number of servers share the mail of one tenant and never
 * send a mail twice (short of a crash mid-send). Runs only for the tenants with mail due, each in
 * its own {@code runAsTenant}, so a tenant's mails are only ever read with that tenant bound; a
 * nudge during a run makes it go round once more.
 */
@ApplicationScoped
public class OutboxWorker implements TenantJob {

  private static final int BATCH = 50;

  @Inject MailClaims claims;

  @Inject MailDelivery delivery;

  @Inject TenantJobRunner runner;

  @Inject
  @ConfigProperty(name = "outbox.poll.seconds", defaultValue = "5")
  long pollSeconds;

  @Override
  public String name() {
    return "notifications.outbox";
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(Math.max(1, pollSeconds));
  }

  @Override
  public Claim claim() {
    return Claim.ROWS;
  }

  @Override
  public List<Long> tenantsWithWork() {
    return claims.tenantsWithDueMail();
  }

  /**
   * Up to a batch of the bound tenant's due mail; stops between mails when the server stops. A full
   * batch tried asks for another round at once: a billing run leaves thousands of mails, which
   * would otherwise go a batch per poll, and each round still serves every tenant in turn.
   */
  @Override
  public void run(TenantRun run) {
    int tried = 0;
    for (long id : claims.dueMail(BATCH)) {
      if (!run.renew()) {
        return;
      }
      tried += delivery.deliver(id) ? 1 : 0;
    }
    // Only when every mail was this server's to try: mails held elsewhere wait for the poll, so
    // a row locked by another transaction cannot keep the worker spinning.
    if (tried == BATCH) {
      runner.runNow(this);
    }
  }

  /** After the commit, never before: a rolled-back transaction left nothing to send. */
  void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    runner.runNow(this);
  }
}
