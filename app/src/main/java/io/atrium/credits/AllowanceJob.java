package io.atrium.credits;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code credits.allowances.minutes} (default 60), once per tenant whatever the number of
 * servers: contract options grant the month's credit hours ({@link Allowances}). Hourly rather than
 * on the 1st at midnight, since each centre's month starts on its own clock and a server may be
 * down then.
 */
@ApplicationScoped
public class AllowanceJob implements TenantJob {

  @Inject Allowances allowances;

  @Inject
  @ConfigProperty(name = "credits.allowances.minutes", defaultValue = "60")
  long minutes;

  @Override
  public String name() {
    return "credits.allowances";
  }

  @Override
  public Duration period() {
    return Duration.ofMinutes(Math.max(1, minutes));
  }

  @Override
  public void run(TenantRun run) {
    allowances.grantDue();
  }
}
