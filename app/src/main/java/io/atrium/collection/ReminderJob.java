package io.atrium.collection;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Once a day per tenant, whatever the number of servers, sends the reminders whose days after the
 * due date have come ({@link Reminders#sendScheduled}), in one transaction holding the tenant's
 * claim: with the unique (invoice, level) key, no level is ever sent twice.
 */
@ApplicationScoped
public class ReminderJob implements TenantJob {

  @Inject Reminders reminders;

  @Override
  public String name() {
    return "collection.reminders";
  }

  @Override
  public Duration period() {
    return Duration.ofDays(1);
  }

  @Override
  public void run(TenantRun run) {
    reminders.sendScheduled();
  }
}
