package io.atrium.contracts;

import io.atrium.tenancy.jobs.TenantJob;
import io.atrium.tenancy.jobs.TenantRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code contracts.dates.minutes} (default 60), once per tenant whatever the number of
 * servers: contracts start and end on their dates ({@link ContractDates}). Hourly rather than at
 * midnight, since each centre's midnight is its own.
 */
@ApplicationScoped
public class ContractDatesJob implements TenantJob {

  @Inject ContractDates dates;

  @Inject
  @ConfigProperty(name = "contracts.dates.minutes", defaultValue = "60")
  long minutes;

  @Override
  public String name() {
    return "contracts.dates";
  }

  @Override
  public Duration period() {
    return Duration.ofMinutes(Math.max(1, minutes));
  }

  @Override
  public void run(TenantRun run) {
    dates.apply();
  }
}
