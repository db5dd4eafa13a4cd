package io.atrium.reception;

import io.atrium.shared.database.DatabaseReady;
import io.atrium.tenancy.ActiveTenants;
import io.atrium.tenancy.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reception's background work, each tenant in its own {@link Tenancy#runAsTenant}: every hour
 * the no-show sweep, every day the retention purge. One tenant's failure is logged and does not
 * stop the others; the next run tries again.
 */
@ApplicationScoped
public class ReceptionJobs {

  private static final Logger LOG = Logger.getLogger(ReceptionJobs.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject Tenancy tenancy;

  @Inject NoShows noShows;

  @Inject Retention retention;

  @Inject ActiveTenants tenants;

  private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

  void start(@Observes DatabaseReady ready) {
    schedules.add(executor.scheduleWithFixedDelay(this::sweepNoShows, 2, 60, TimeUnit.MINUTES));
    schedules.add(executor.scheduleWithFixedDelay(this::purgeAll, 10, 24 * 60, TimeUnit.MINUTES));
  }

  @PreDestroy
  void stop() {
    schedules.forEach(schedule -> schedule.cancel(false));
  }

  /** Marks every tenant's past expected visitors NO_SHOW. */
  public void sweepNoShows() {
    for (ActiveTenants.TenantZone tenant : tenancy.runAsPlatform(tenants::active)) {
      try {
        tenancy.runAsTenant(tenant.id(), noShows::sweep);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "No-show sweep failed for tenant " + tenant.id(), e);
      }
    }
  }

  /** Purges every tenant's visitors older than its retention setting; returns how many in all. */
  public int purgeAll() {
    int purged = 0;
    for (ActiveTenants.TenantZone tenant : tenancy.runAsPlatform(tenants::active)) {
      try {
        int batch;
        do {
          batch = tenancy.runAsTenant(tenant.id(), () -> retention.purge(tenant.zone()));
          purged += batch;
        } while (batch == Retention.BATCH);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Visitor purge failed for tenant " + tenant.id(), e);
      }
    }
    return purged;
  }
}
