package io.atrium.helpdesk;

import io.atrium.shared.database.DatabaseReady;
import io.atrium.tenancy.ActiveTenants;
import io.atrium.tenancy.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code helpdesk.autoclose.minutes} (default 60), closes each tenant's solved tickets whose
 * reopen window has ended, each tenant in its own {@link Tenancy#runAsTenant}.
 */
@ApplicationScoped
public class AutoCloseJob {

  private static final Logger LOG = Logger.getLogger(AutoCloseJob.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject Tenancy tenancy;

  @Inject SolvedTickets solved;

  @Inject ActiveTenants tenants;

  @Inject
  @ConfigProperty(name = "helpdesk.autoclose.minutes", defaultValue = "60")
  long minutes;

  private volatile ScheduledFuture<?> schedule;

  void start(@Observes DatabaseReady ready) {
    long every = Math.max(1, minutes);
    schedule = executor.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /** One pass over every tenant; a tenant's failure does not stop the others'. */
  public void run() {
    for (ActiveTenants.TenantZone tenant : tenancy.runAsPlatform(tenants::active)) {
      long tenantId = tenant.id();
      try {
        tenancy.runAsTenant(tenantId, solved::closeExpired);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Closing solved tickets failed for tenant " + tenantId, e);
      }
    }
  }
}
