package io.atrium.notifications;

import io.atrium.shared.database.DatabaseReady;
import io.atrium.tenancy.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox in the background: every {@code outbox.poll.seconds}, and at once after a
 * transaction that queued mail commits. Each run walks the tenants with mail due, each in its own
 * {@link Tenancy#runAsTenant}, so a tenant's mails are only ever read with that tenant bound. Runs
 * never overlap in one server: a nudge during a run makes it go round once more instead.
 */
@ApplicationScoped
public class OutboxWorker {

  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
  private static final int BATCH = 50;

  @Resource ManagedScheduledExecutorService executor;

  @Inject Tenancy tenancy;

  @Inject MailClaims claims;

  @Inject MailDelivery delivery;

  @Inject
  @ConfigProperty(name = "outbox.poll.seconds", defaultValue = "5")
  long pollSeconds;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private volatile ScheduledFuture<?> polling;

  /** Starts polling once the schema is migrated: mail queued before a restart goes out too. */
  void start(@Observes DatabaseReady ready) {
    polling =
        executor.scheduleWithFixedDelay(
            this::deliverDue, pollSeconds, Math.max(1, pollSeconds), TimeUnit.SECONDS);
  }

  /** After the commit, never before: a rolled-back transaction left nothing to send. */
  void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    executor.execute(this::deliverDue);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** Runs now, or asks the run in progress to go round once more. */
  void deliverDue() {
    wanted.set(true);
    while (wanted.get() && running.compareAndSet(false, true)) {
      try {
        wanted.set(false);
        deliverEveryTenant();
      } catch (RuntimeException e) {
        // The next poll tries again; one bad run must not cancel the schedule.
        LOG.log(Level.WARNING, "Outbox delivery run failed", e);
      } finally {
        running.set(false);
      }
    }
  }

  private void deliverEveryTenant() {
    for (long tenantId : tenancy.runAsPlatform(claims::tenantsWithDueMail)) {
      try {
        List<Long> due = tenancy.runAsTenant(tenantId, () -> claims.dueMail(BATCH));
        for (long id : due) {
          tenancy.runAsTenant(tenantId, () -> delivery.deliver(id));
        }
      } catch (RuntimeException e) {
        // One tenant's trouble must not hold up the others' mail.
        LOG.log(Level.WARNING, "Outbox delivery failed for tenant " + tenantId, e);
      }
    }
  }
}
