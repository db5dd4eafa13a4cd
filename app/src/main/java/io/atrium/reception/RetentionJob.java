package io.atrium.reception;

import io.atrium.tenancy.Tenants;
import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Every day, once per tenant whatever the number of servers, blanks the personal data of visitors
 * past the tenant's retention ({@link Retention#purge}). It commits batch by batch under a lease,
 * so a server that stops or dies part-way leaves the rest to the next run, and no visitor is purged
 * (or audited) twice.
 */
@ApplicationScoped
public class RetentionJob implements TenantJob {

  @Inject Retention retention;

  @Inject Tenants tenants;

  @Override
  public String name() {
    return "reception.retention-purge";
  }

  @Override
  public Duration period() {
    return Duration.ofDays(1);
  }

  @Override
  public Claim claim() {
    return Claim.LEASE;
  }

  @Override
  public void run(TenantRun run) {
    purge(run);
  }

  /** Purges the bound tenant batch by batch while the run may go on; how many in all. */
  int purge(TenantRun run) {
    ZoneId zone = ZoneId.of(tenants.current().orElseThrow().getTimeZone());
    int purged = 0;
    int batch;
    do {
      batch = retention.purge(zone);
      purged += batch;
    } while (batch == Retention.BATCH && run.renew());
    return purged;
  }
}
