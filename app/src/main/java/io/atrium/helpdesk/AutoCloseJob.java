package io.atrium.helpdesk;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code helpdesk.autoclose.minutes} (default 60), once per tenant whatever the number of
 * servers, closes the solved tickets whose reopen window has ended ({@link SolvedTickets}), in one
 * transaction holding the tenant's claim: no ticket is closed, notified or audited twice.
 */
@ApplicationScoped
public class AutoCloseJob implements TenantJob {

  @Inject SolvedTickets solved;

  @Inject
  @ConfigProperty(name = "helpdesk.autoclose.minutes", defaultValue = "60")
  long minutes;

  @Override
  public String name() {
    return "helpdesk.auto-close";
  }

  @Override
  public Duration period() {
    return Duration.ofMinutes(Math.max(1, minutes));
  }

  @Override
  public void run(TenantRun run) {
    solved.closeExpired();
  }
}
